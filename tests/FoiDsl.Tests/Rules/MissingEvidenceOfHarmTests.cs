using System.Threading.Tasks;
using FoiDsl.Generators.Rules;
using Microsoft.CodeAnalysis.Testing;
using Rule = FoiDsl.Tests.TestSupport.RuleTest<FoiDsl.Generators.Rules.MissingEvidenceOfHarmAnalyzer>;

namespace FoiDsl.Tests.Rules;

public class MissingEvidenceOfHarmTests
{
    private const string Request = """
        [FoiRequest("FOI 3/24")]
        public partial class Contracts
        {
            [Question(1)][Exempt(S24, S43)] public const string Supplier = "Who supplies it?";
            [Question(2)][Exempt(S38)] public const string Site = "Where is it kept?";
        }

        """;

    [Test]
    public Task Prejudice_and_endangerment_exemptions_without_harm_are_reported_but_not_s24() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write() => Contracts.Respond().{|#0:{|#1:Build|}|}();
            }
            """,
            new DiagnosticResult(MissingEvidenceOfHarmAnalyzer.Rule).WithLocation(0).WithLocation(9, 52)
                .WithArguments("s38(1) – Health and safety", "Q2", "S38", "disclosure"),
            new DiagnosticResult(MissingEvidenceOfHarmAnalyzer.Rule).WithLocation(1).WithLocation(8, 57)
                .WithArguments("s43(2) – Commercial interests", "Q1", "S43", "disclosure"));

    [Test]
    public Task Harm_naming_each_exemption_is_clean_in_any_collection_form() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write() => Contracts.Respond()
                    .EvidenceOfHarm([S24, S43], HarmLikelihood.WouldBeLikelyTo, "Harm.")
                    .EvidenceOfHarm(new[] { "s38(1)(b)" }, HarmLikelihood.Would, "Danger.")
                    .Build();
            }
            """);

    [Test]
    public Task Harm_for_the_wrong_exemption_does_not_count() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write() => Contracts.Respond()
                    .EvidenceOfHarm([S24, S38], HarmLikelihood.Would, "Harm.")
                    .{|FOI0003:Build|}();
            }
            """);
}
