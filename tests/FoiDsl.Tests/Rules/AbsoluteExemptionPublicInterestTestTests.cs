using System.Threading.Tasks;
using FoiDsl.Generators.Rules;
using Microsoft.CodeAnalysis.Testing;
using AbsoluteTest = FoiDsl.Tests.TestSupport.RuleTest<FoiDsl.Generators.Rules.AbsoluteExemptionPublicInterestTestAnalyzer>;

namespace FoiDsl.Tests.Rules;

public class AbsoluteExemptionPublicInterestTestTests
{
    [TestCase("S40", "s40(2)", "Personal information of others (disclosure would breach the data protection principles)")]
    [TestCase("S21", "s21(1)", "Information accessible to the applicant by other means")]
    [TestCase("S41", "s41(1)", "Information provided in confidence")]
    [TestCase("\"section 40(3A)\"", "s40(2)", "Personal information of others (disclosure would breach the data protection principles)")]
    public Task Public_interest_test_for_an_absolute_exemption_is_reported(string citation, string provision, string title) =>
        AbsoluteTest.Check($$"""
            [FoiRequest("FOI 9/24")]
            public partial class Enforcement
            {
                [Question(1)][Exempt(S31)] public const string Operations = "Which premises?";
                [Question(2)][Exempt(S21, S40, S41)] public const string Officers = "Which officers?";
            }

            public static class Response
            {
                public static FoiResponse Write() => Enforcement.Respond()
                    .EvidenceOfHarm([S31], HarmLikelihood.Would, "Harm.")
                    .PublicInterestTest(S31, ["For."], ["Against."])
                    .PublicInterestTest({|#0:{{citation}}|}, ["For."], ["Against."])
                    .BalanceTest("Withhold.")
                    .Build();
            }
            """,
            new DiagnosticResult(AbsoluteExemptionPublicInterestTestAnalyzer.Rule).WithLocation(0).WithArguments(provision, title, "FOIA s2(3)"));

    [Test]
    public Task Under_foisa_the_absolute_exemptions_are_those_of_s2_2() =>
        AbsoluteTest.Check("""
            [FoiRequest("FOI-26-9", Regime = Regime.Foisa)]
            public partial class Minutes
            {
                [Question(1)][Exempt(Foisa.S25)] public const string Board = "Send the board minutes.";
                [Question(2)][Exempt(Foisa.S35)] public const string Patrols = "Where are the patrols?";
            }

            public static class Response
            {
                public static FoiResponse Write() => Minutes.Respond()
                    .ReasonablyAccessible("On the website.", "https://example.scot/minutes")
                    .PublicInterestTest(Foisa.S35, ["For."], ["Against."])
                    .PublicInterestTest({|#0:Foisa.S25|}, ["For."], ["Against."])
                    .BalanceTest("Withhold.")
                    .Build();
            }
            """,
            new DiagnosticResult(AbsoluteExemptionPublicInterestTestAnalyzer.Rule).WithLocation(0).WithArguments("s25(1)", "Information otherwise accessible", "FOISA s2(2)"));

    [Test]
    public Task Public_interest_tests_for_qualified_exemptions_are_clean() =>
        AbsoluteTest.Check("""
            [FoiRequest("FOI 9/24")]
            public partial class Enforcement
            {
                [Question(1)][Exempt(S31)] public const string Operations = "Which premises?";
                [Question(2)][Exempt(S40, "s40(3B)")] public const string Officers = "Which officers?";
            }

            public static class Response
            {
                public static FoiResponse Write() => Enforcement.Respond()
                    .EvidenceOfHarm([S31], HarmLikelihood.Would, "Harm.")
                    .PublicInterestTest(S31, ["For."], ["Against."])
                    .PublicInterestTest("s40(3B)", ["For."], ["Against."])
                    .BalanceTest("Withhold.")
                    .Build();
            }
            """);
}
