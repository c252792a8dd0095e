using System.Threading.Tasks;
using FoiDsl.Generators.Rules;
using Microsoft.CodeAnalysis.Testing;
using Rule = FoiDsl.Tests.TestSupport.RuleTest<FoiDsl.Generators.Rules.UnclaimedExemptionInSectionAnalyzer>;

namespace FoiDsl.Tests.Rules;

public class UnclaimedExemptionInSectionTests
{
    private const string Request = """
        [FoiRequest("FOI 11/24")]
        public partial class Surveillance
        {
            [Question(1)] public const string Uses = "Do you use drones?";
            [Question(2)][Exempt(S24, S31)] public const string Locations = "Where are they flown?";
            [Question(3)][Exempt(S40)] public const string Pilots = "Who flies them?";
        }

        """;

    private const string Claimed =
        "s24(1) – National security; s31(1) – Law enforcement; s40(2) – Personal information of others (disclosure would breach the data protection principles)";

    [Test]
    public Task Public_interest_test_for_an_unclaimed_exemption_is_reported() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write() => Surveillance.Respond()
                    .Uses(Yes)
                    .EvidenceOfHarm([S31], HarmLikelihood.Would, "Harm.")
                    .PublicInterestTest(S24, ["For."], ["Against."])
                    .PublicInterestTest(S31, ["For."], ["Against."])
                    .PublicInterestTest({|#0:"s43(2)"|}, ["For."], ["Against."])
                    .BalanceTest("Withhold.")
                    .Build();
            }
            """,
            new DiagnosticResult(UnclaimedExemptionInSectionAnalyzer.Rule).WithLocation(0)
                .WithArguments("s43(2) – Commercial interests", "public interest test", "FOI 11/24", Claimed, "s43(2)"));

    [Test]
    public Task Evidence_of_harm_naming_an_unclaimed_exemption_is_reported_at_that_citation() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write() => Surveillance.Respond()
                    .Uses(Yes)
                    .EvidenceOfHarm([S31, {|#0:"section 26(1)(b)"|}], HarmLikelihood.Would, "Harm.")
                    .PublicInterestTest(S24, ["For."], ["Against."])
                    .PublicInterestTest(S31, ["For."], ["Against."])
                    .BalanceTest("Withhold.")
                    .Build();
            }
            """,
            new DiagnosticResult(UnclaimedExemptionInSectionAnalyzer.Rule).WithLocation(0)
                .WithArguments("s26(1)(b) – Defence", "evidence of harm", "FOI 11/24", Claimed, "s26(1)(b)"));

    [Test]
    public Task Another_limb_of_a_claimed_section_is_reported() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static Surveillance.ResponseBuilder Tests(Surveillance.ResponseBuilder builder) =>
                    builder.PublicInterestTest({|#0:"s40(3B)"|}, ["For."], ["Against."]);
            }
            """,
            new DiagnosticResult(UnclaimedExemptionInSectionAnalyzer.Rule).WithLocation(0)
                .WithArguments("s40(3B) – Personal information of others (data subject has objected under Article 21 UK GDPR)", "public interest test", "FOI 11/24", Claimed, "s40(3B)"));

    [Test]
    public Task Sections_for_claimed_exemptions_are_clean_however_they_are_cited() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write(string other) => Surveillance.Respond()
                    .Uses(Yes)
                    .EvidenceOfHarm(new[] { "section 31(1)(a)", "s24" }, HarmLikelihood.Would, "Harm.")
                    .PublicInterestTest("s24(1)", ["For."], ["Against."])
                    .PublicInterestTest(S31 + "(b)", ["For."], ["Against."])
                    .PublicInterestTest(other, ["For."], ["Against."])
                    .BalanceTest("Withhold.")
                    .Build();
            }
            """);
}
