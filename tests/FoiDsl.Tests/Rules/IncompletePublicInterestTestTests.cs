using System.Threading.Tasks;
using FoiDsl.Generators.Rules;
using Microsoft.CodeAnalysis.Testing;
using Rule = FoiDsl.Tests.TestSupport.RuleTest<FoiDsl.Generators.Rules.IncompletePublicInterestTestAnalyzer>;

namespace FoiDsl.Tests.Rules;

public class IncompletePublicInterestTestTests
{
    private const string Request = """
        [FoiRequest("FOI 10/24")]
        public partial class Surveillance
        {
            [Question(1)] public const string Uses = "Do you use drones?";
            [Question(2)][Exempt(S24, S31)] public const string Locations = "Where are they flown?";
        }

        """;

    private const string LawEnforcement = "s31(1) – Law enforcement";

    [TestCase("[]")]
    [TestCase("new string[0]")]
    [TestCase("new string[] { }")]
    [TestCase("Array.Empty<string>()")]
    [TestCase("System.Linq.Enumerable.Empty<string>()")]
    public Task No_factors_favouring_disclosure_is_reported(string empty) =>
        Rule.Check(Request + $$"""
            public static class Response
            {
                public static FoiResponse Write() => Surveillance.Respond()
                    .Uses(Yes)
                    .EvidenceOfHarm([S31], HarmLikelihood.Would, "Harm.")
                    .PublicInterestTest(S24, ["For."], ["Against."])
                    .PublicInterestTest(S31, {|#0:{{empty}}|}, ["Against."])
                    .BalanceTest("Withhold.")
                    .Build();
            }
            """,
            new DiagnosticResult(IncompletePublicInterestTestAnalyzer.Rule).WithLocation(0).WithArguments(
                $"The public interest test for {LawEnforcement} lists no factors favouring disclosure",
                "a public interest test weighs both sides (FOIA s2(2)(b), s17(3)); give at least one factor favouring disclosure, such as openness and accountability in how the authority works"));

    [Test]
    public Task No_factors_favouring_non_disclosure_is_reported_at_the_named_argument() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write() => Surveillance.Respond()
                    .Uses(Yes)
                    .EvidenceOfHarm([S31], HarmLikelihood.Would, "Harm.")
                    .PublicInterestTest("section 24(1)", favouringDisclosure: ["For."], {|#0:favouringNonDisclosure: []|})
                    .PublicInterestTest(S31, ["For."], ["Against."])
                    .BalanceTest("Withhold.")
                    .Build();
            }
            """,
            new DiagnosticResult(IncompletePublicInterestTestAnalyzer.Rule).WithLocation(0).WithArguments(
                "The public interest test for s24(1) – National security lists no factors favouring non-disclosure",
                "a public interest test weighs both sides (FOIA s2(2)(b), s17(3)); give at least one factor favouring non-disclosure, such as the harm the exemption protects against"));

    [Test]
    public Task Empty_sides_are_reported_even_when_the_builder_is_passed_around() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static Surveillance.ResponseBuilder Tests(Surveillance.ResponseBuilder builder, string exemption) =>
                    builder.PublicInterestTest(exemption, {|#0:[]|}, {|#1:[]|});
            }
            """,
            new DiagnosticResult(IncompletePublicInterestTestAnalyzer.Rule).WithLocation(0).WithArguments(
                "The public interest test for this exemption lists no factors favouring disclosure",
                "a public interest test weighs both sides (FOIA s2(2)(b), s17(3)); give at least one factor favouring disclosure, such as openness and accountability in how the authority works"),
            new DiagnosticResult(IncompletePublicInterestTestAnalyzer.Rule).WithLocation(1).WithArguments(
                "The public interest test for this exemption lists no factors favouring non-disclosure",
                "a public interest test weighs both sides (FOIA s2(2)(b), s17(3)); give at least one factor favouring non-disclosure, such as the harm the exemption protects against"));

    [Test]
    public Task Tests_without_a_balance_test_are_reported_at_build() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write()
                {
                    var builder = Surveillance.Respond().Uses(Yes);
                    builder.EvidenceOfHarm([S31], HarmLikelihood.Would, "Harm.");
                    builder.PublicInterestTest(S24, ["For."], ["Against."]);
                    builder.PublicInterestTest(S31, ["For."], ["Against."]);
                    return builder.{|#0:Build|}();
                }
            }
            """,
            new DiagnosticResult(IncompletePublicInterestTestAnalyzer.Rule).WithLocation(0).WithArguments(
                "The response sets out a public interest test but no balance test",
                "the conclusion weighing the factors for and against disclosure is missing (FOIA s2(2)(b), s17(3)); call BalanceTest(...) before Build() to say which way the public interest falls and why"));

    [Test]
    public Task Under_the_eir_both_messages_cite_the_regulations() =>
        Rule.Check("""
            [FoiRequest("EIR 3/26", Regime = Regime.Eir)]
            public partial class Flooding
            {
                [Question(1)][Exempt(Eir.R12_5_a)] public const string Defences = "Where are the weak points in the flood defences?";
            }

            public static class Response
            {
                public static FoiResponse Write() => Flooding.Respond()
                    .EvidenceOfHarm([Eir.R12_5_a], HarmLikelihood.Would, "Harm.")
                    .PublicInterestTest(Eir.R12_5_a, {|#0:[]|}, ["Against."])
                    .{|#1:Build|}();
            }
            """,
            new DiagnosticResult(IncompletePublicInterestTestAnalyzer.Rule).WithLocation(0).WithArguments(
                "The public interest test for reg 12(5)(a) – International relations, defence, national security or public safety lists no factors favouring disclosure",
                "a public interest test weighs both sides (EIR reg 12(1)(b), reg 14(3)(b)); give at least one factor favouring disclosure, such as openness and accountability in how the authority works"),
            new DiagnosticResult(IncompletePublicInterestTestAnalyzer.Rule).WithLocation(1).WithArguments(
                "The response sets out a public interest test but no balance test",
                "the conclusion weighing the factors for and against disclosure is missing (EIR reg 12(1)(b), reg 14(3)(b)); call BalanceTest(...) before Build() to say which way the public interest falls and why"));

    [Test]
    public Task Complete_tests_with_a_balance_test_are_clean() =>
        Rule.Check(Request + """
            public static class Response
            {
                private static readonly string[] Openness = ["Openness about surveillance."];

                public static FoiResponse Write() => Surveillance.Respond()
                    .Uses(Yes)
                    .EvidenceOfHarm([S31], HarmLikelihood.Would, "Harm.")
                    .PublicInterestTest(S24, Openness, new[] { "Safeguarding national security." })
                    .PublicInterestTest(S31, new string[1] { "Accountability." }, ["Effective policing."])
                    .BalanceTest("The public interest favours withholding the locations.")
                    .Build();
            }
            """);

    [Test]
    public Task A_response_without_public_interest_tests_needs_no_balance_test() =>
        Rule.Check("""
            [FoiRequest("FOI 11/24")]
            public partial class Drones
            {
                [Question(1)] public const string Uses = "Do you use drones?";
                [Question(2)][Exempt(S40)] public const string Pilots = "Who flies them?";
            }

            public static class Response
            {
                public static FoiResponse Write() => Drones.Respond().Uses(Yes).Build();
            }
            """);
}
