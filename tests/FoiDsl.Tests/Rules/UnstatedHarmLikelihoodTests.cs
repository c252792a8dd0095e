using System.Threading.Tasks;
using FoiDsl.Generators.Rules;
using Microsoft.CodeAnalysis.Testing;
using Rule = FoiDsl.Tests.TestSupport.RuleTest<FoiDsl.Generators.Rules.UnstatedHarmLikelihoodAnalyzer>;

namespace FoiDsl.Tests.Rules;

public class UnstatedHarmLikelihoodTests
{
    private const string Request = """
        [FoiRequest("FOI 17/24")]
        public partial class Tools
        {
            [Question(1)][Exempt(S31, S43)] public const string Names = "Which tools?";
        }

        """;

    [Test]
    public Task Harm_without_a_likelihood_is_reported_naming_its_exemptions() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write() => Tools.Respond()
                    .{|#0:EvidenceOfHarm|}([S31, S43], "Naming the tools would help offenders avoid them.")
                    .PublicInterestTest(S31, ["For."], ["Against."])
                    .PublicInterestTest(S43, ["For."], ["Against."])
                    .BalanceTest("Withhold.")
                    .Build();
            }
            """,
            new DiagnosticResult(UnstatedHarmLikelihoodAnalyzer.Rule).WithLocation(0)
                .WithArguments("s31(1) – Law enforcement and s43(2) – Commercial interests"));

    [TestCase("HarmLikelihood.Would")]
    [TestCase("HarmLikelihood.WouldBeLikelyTo")]
    public Task Harm_with_a_likelihood_is_clean(string likelihood) =>
        Rule.Check(Request + $$"""
            public static class Response
            {
                public static FoiResponse Write() => Tools.Respond()
                    .EvidenceOfHarm([S31, S43], {{likelihood}}, "Naming the tools would help offenders avoid them.")
                    .PublicInterestTest(S31, ["For."], ["Against."])
                    .PublicInterestTest(S43, ["For."], ["Against."])
                    .BalanceTest("Withhold.")
                    .Build();
            }
            """);
}
