using System.Threading.Tasks;
using FoiDsl.Generators.Rules;
using FoiDsl.CodeFixes;
using FoiDsl.Tests.TestSupport;
using Microsoft.CodeAnalysis.Testing;
using EmissionsRule = FoiDsl.Tests.TestSupport.RuleTest<FoiDsl.Generators.Rules.ExceptionUnavailableForEmissionsAnalyzer>;
using TooGeneralRule = FoiDsl.Tests.TestSupport.RuleTest<FoiDsl.Generators.Rules.TooGeneralWithoutAdviceAnalyzer>;
using WrongRegimeRule = FoiDsl.Tests.TestSupport.RuleTest<FoiDsl.Generators.Rules.EnvironmentalInformationUnderWrongRegimeAnalyzer>;

namespace FoiDsl.Tests.Rules;

/// <summary>FOI0037 (EIR reg 12(9): emissions) and FOI0038 (EIR reg 12(4)(c) needs reg 9 advice).</summary>
public class EnvironmentalRulesTests
{
    [TestCase("Eir.R12_5_d", "reg 12(5)(d) – Confidentiality of proceedings where the confidentiality is provided by law")]
    [TestCase("Eir.R12_5_e", "reg 12(5)(e) – Confidentiality of commercial or industrial information protecting a legitimate economic interest")]
    [TestCase("Eir.R12_5_f", "reg 12(5)(f) – Interests of the person who provided the information voluntarily")]
    [TestCase("Eir.R12_5_g", "reg 12(5)(g) – Protection of the environment to which the information relates")]
    public Task Emissions_cannot_be_withheld_under_12_5_d_to_g(string citation, string shown) =>
        EmissionsRule.Check($$"""
            [FoiRequest("EIR-25-014", Regime = Regime.Eir)]
            public partial class Incinerator
            {
                [Question(1, OnEmissions = true)][Exempt({|#0:{{citation}}|})] public const string Readings = "Send the stack readings.";
            }
            """,
            new DiagnosticResult(ExceptionUnavailableForEmissionsAnalyzer.Rule).WithLocation(0).WithArguments("Readings", shown, "EIR reg 12(9)"));

    [Test]
    public Task Emissions_in_scotland_cite_regulation_10_6() =>
        EmissionsRule.Check("""
            [FoiRequest("EIRS-25-3", Regime = Regime.EirScotland)]
            public partial class Distillery
            {
                [Question(1, OnEmissions = true)][Exempt({|#0:EirScotland.R10_5_e|}, Part = "the supplier's prices")] public const string Discharges = "Send the discharge records and prices.";
            }
            """,
            new DiagnosticResult(ExceptionUnavailableForEmissionsAnalyzer.Rule).WithLocation(0)
                .WithArguments("Discharges", "reg 10(5)(e) – Confidentiality of commercial or industrial information protecting a legitimate economic interest", "EIR (Scotland) reg 10(6)"));

    [Test]
    public Task Emissions_may_still_be_withheld_under_the_other_exceptions_and_other_questions_under_any() =>
        EmissionsRule.Check("""
            [FoiRequest("EIR-25-014", Regime = Regime.Eir)]
            public partial class Incinerator
            {
                [Question(1, OnEmissions = true)][Exempt(Eir.R12_5_a)] public const string Readings = "Send the stack readings near the barracks.";
                [Question(2)][Exempt(Eir.R12_5_e)] public const string Prices = "What does the operator charge?";
            }
            """);

    private const string TooGeneral = """
        [FoiRequest("EIR-25-020", Regime = Regime.Eir)]
        public partial class FloodDefences
        {
            [Question(1)][Exempt(Eir.R12_4_c)] public const string {|#1:Everything|} = "Send everything about the river.";
        }

        """;

    [Test]
    public Task Too_general_without_advice_is_reported() =>
        TooGeneralRule.Check(TooGeneral + """
            public static class Response
            {
                public static FoiResponse Write() => FloodDefences.Respond()
                    .WhyExempt(Eir.R12_4_c, "It covers thirty years of records.")
                    .PublicInterestTest(Eir.R12_4_c, new[] { "For." }, new[] { "Against." })
                    .BalanceTest("Withhold.")
                    .RespondedOn(new System.DateTime(2025, 3, 20))
                    .{|#0:Build|}();
            }
            """,
            new DiagnosticResult(TooGeneralWithoutAdviceAnalyzer.Rule).WithLocation(0).WithLocation(1)
                .WithArguments("Q1", "reg 12(4)(c) – Request formulated in too general a manner", "EIR reg 9"));

    [Test]
    public Task Too_general_with_advice_is_clean() =>
        TooGeneralRule.Check(TooGeneral + """
            public static class Response
            {
                public static FoiResponse Write() => FloodDefences.Respond()
                    .WhyExempt(Eir.R12_4_c, "It covers thirty years of records.")
                    .PublicInterestTest(Eir.R12_4_c, new[] { "For." }, new[] { "Against." })
                    .BalanceTest("Withhold.")
                    .AdviceAndAssistance("On 10 March we asked which stretch of the river you meant.")
                    .RespondedOn(new System.DateTime(2025, 3, 20))
                    .Build();
            }
            """);

    [Test]
    public Task Section_39_points_to_answering_under_the_eir() =>
        WrongRegimeRule.Check("""
            [FoiRequest("FOI 25/0311")]
            public partial class RiverSamples
            {
                [Question(2)][Exempt({|#0:S39|})] public const string Results = "Send the river sampling results.";
            }
            """,
            new DiagnosticResult(EnvironmentalInformationUnderWrongRegimeAnalyzer.Rule).WithLocation(0)
                .WithArguments("Results", "s39(1) – Environmental information", "Environmental Information Regulations 2004", "2", "Eir"));

    [Test]
    public Task Foisa_section_39_2_points_to_the_scottish_regulations() =>
        WrongRegimeRule.Check("""
            [FoiRequest("FOI-25-1", Regime = Regime.Foisa)]
            public partial class Burn
            {
                [Question(1)][Exempt({|#0:Foisa.S39Environmental|})] public const string Results = "Send the burn sampling results.";
            }
            """,
            new DiagnosticResult(EnvironmentalInformationUnderWrongRegimeAnalyzer.Rule).WithLocation(0)
                .WithArguments("Results", "s39(2) – Environmental information", "Environmental Information (Scotland) Regulations 2004", "1", "EirScotland"));

    [Test]
    public Task The_same_question_answered_under_the_eir_is_clean() =>
        WrongRegimeRule.Check("""
            [FoiRequest("FOI 25/0311")]
            public partial class RiverSamples
            {
                [Question(2, Regime = Regime.Eir)][Exempt(Eir.R12_4_d)] public const string Results = "Send the river sampling results.";
            }
            """);

    [Test]
    public Task A_foia_citation_in_an_eir_question_is_replaced_by_its_exception() =>
        new FixTest<UnknownExemptionAnalyzer, UseCounterpartCodeFix>(
            """
            [FoiRequest("EIR-25-9", Regime = Regime.Eir)]
            public partial class Viability
            {
                [Question(1)][Exempt({|FOI0006:S43|})] public const string Costs = "Send the build costs.";
            }
            """,
            """
            [FoiRequest("EIR-25-9", Regime = Regime.Eir)]
            public partial class Viability
            {
                [Question(1)][Exempt(Eir.R12_5_e)] public const string Costs = "Send the build costs.";
            }
            """).RunAsync();

    [Test]
    public Task A_foisa_citation_in_a_foia_question_is_replaced_by_the_foia_section() =>
        new FixTest<UnknownExemptionAnalyzer, UseCounterpartCodeFix>(
            """
            [FoiRequest("FOI-25-9")]
            public partial class Cameras
            {
                [Question(1)][Exempt({|FOI0006:Foisa.S35|})] public const string Locations = "Where are the cameras?";
            }
            """,
            """
            [FoiRequest("FOI-25-9")]
            public partial class Cameras
            {
                [Question(1)][Exempt(S31)] public const string Locations = "Where are the cameras?";
            }
            """).RunAsync();
}
