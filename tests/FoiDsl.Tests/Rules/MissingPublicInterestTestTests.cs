using System.Threading.Tasks;
using FoiDsl.Generators.Rules;
using Microsoft.CodeAnalysis.Testing;
using Rule = FoiDsl.Tests.TestSupport.RuleTest<FoiDsl.Generators.Rules.MissingPublicInterestTestAnalyzer>;

namespace FoiDsl.Tests.Rules;

public class MissingPublicInterestTestTests
{
    private const string Request = """
        [FoiRequest("FOI 2/24")]
        public partial class Monitoring
        {
            [Question(1)] public const string Uses = "Do you monitor media?";
            [Question(2)][Exempt(S24, S31)] public const string Tools = "Which tools?";
            [Question(3)][Exempt(S40)] public const string Officer = "Who approved it?";
        }

        """;

    [Test]
    public Task Qualified_exemption_without_a_test_is_reported() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write() => Monitoring.Respond()
                    .Uses(Yes)
                    .EvidenceOfHarm([S31], HarmLikelihood.Would, "Harm.")
                    .PublicInterestTest(S24, favouringDisclosure: ["For."], favouringNonDisclosure: ["Against."])
                    .BalanceTest("Withhold.")
                    .{|#0:Build|}();
            }
            """,
            new DiagnosticResult(MissingPublicInterestTestAnalyzer.Rule).WithLocation(0).WithLocation(9, 57)
                .WithArguments("s31(1) – Law enforcement", "Q2", "S31", "disclosure", "FOIA s2(2)(b), s17(3)", "exemption"));

    [Test]
    public Task Under_the_eir_the_message_cites_reg_12_1_b_and_reg_14_3_b() =>
        Rule.Check("""
            [FoiRequest("EIR 2/26", Regime = Regime.Eir)]
            public partial class Flooding
            {
                [Question(1)][Exempt(Eir.R12_5_a)] public const string Defences = "Where are the weak points in the flood defences?";
            }

            public static class Response
            {
                public static FoiResponse Write() => Flooding.Respond()
                    .EvidenceOfHarm([Eir.R12_5_a], HarmLikelihood.Would, "Harm.")
                    .{|#0:Build|}();
            }
            """,
            new DiagnosticResult(MissingPublicInterestTestAnalyzer.Rule).WithLocation(0).WithLocation(8, 60)
                .WithArguments("reg 12(5)(a) – International relations, defence, national security or public safety", "Q1", "Eir.R12_5_a", "disclosure", "EIR reg 12(1)(b), reg 14(3)(b)", "exception"));

    [Test]
    public Task Tests_for_every_qualified_exemption_are_clean_and_absolute_s40_needs_none() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write() => Monitoring.Respond()
                    .Uses(Yes)
                    .PublicInterestTest(S24, favouringDisclosure: ["For."], favouringNonDisclosure: ["Against."])
                    .PublicInterestTest("s31(1)(a)", new[] { "For." }, new[] { "Against." })
                    .BalanceTest("Withhold.")
                    .Build();
            }
            """);

    [Test]
    public Task Test_naming_its_exemption_at_run_time_is_left_to_Build() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write(string exemption) => Monitoring.Respond()
                    .Uses(Yes)
                    .PublicInterestTest(exemption, ["For."], ["Against."])
                    .Build();
            }
            """);

    [Test]
    public Task Both_missing_tests_are_reported() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write() => Monitoring.Respond().Uses(No).{|FOI0002:{|FOI0002:Build|}|}();
            }
            """);
}
