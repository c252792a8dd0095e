using System.Threading.Tasks;
using FoiDsl.CodeFixes;
using FoiDsl.Generators.Rules;
using FoiDsl.Tests.TestSupport;
using Microsoft.CodeAnalysis.Testing;
using Rule = FoiDsl.Tests.TestSupport.RuleTest<FoiDsl.Generators.Rules.MissingExemptionReasonsAnalyzer>;

namespace FoiDsl.Tests.Rules;

public class MissingExemptionReasonsTests
{
    private const string Request = """
        [FoiRequest("FOI 21/24")]
        public partial class Complaints
        {
            [Question(1)][Exempt(S40)] public const string Names = "Name the officers complained about.";
            [Question(2)][Exempt(S21)] public const string Policy = "Send your complaints policy.";
            [Question(3)][Exempt(S30)] public const string Files = "Send the investigation files.";
            [Question(4)][Exempt(S31)] public const string Methods = "How do you detect fraud?";
        }

        """;

    private const string Satisfied = """
                .LegitimateInterestsTest("Interest.", "Necessity.", "Balance.")
                .ReasonablyAccessible("On the website.", "https://example.gov.uk/policy")
                .WhyExempt(S30, "The files were held for a criminal investigation.")
                .EvidenceOfHarm([S31], HarmLikelihood.Would, "Harm.")
                .PublicInterestTest(S30, ["For."], ["Against."])
                .PublicInterestTest(S31, ["For."], ["Against."])
                .BalanceTest("Withhold.")
        """;

    [Test]
    public Task Every_exemption_without_its_reasons_is_reported_with_the_call_to_make() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write() => Complaints.Respond()
                    .EvidenceOfHarm([S31], HarmLikelihood.Would, "Harm.")
                    .{|#0:Build|}();
            }
            """,
            new DiagnosticResult(MissingExemptionReasonsAnalyzer.Rule).WithLocation(0).WithLocation(9, 52)
                .WithArguments("s21(1) – Information accessible to the applicant by other means", "Q2", "FOIA s17(1)(c)", "ReasonablyAccessible(...)", ", or ReasonsNotStated(S21) where saying why would itself disclose exempt information (section 17(4) of the Freedom of Information Act 2000)"),
            new DiagnosticResult(MissingExemptionReasonsAnalyzer.Rule).WithLocation(0).WithLocation(10, 52)
                .WithArguments("s30(1) – Investigations and proceedings conducted by public authorities", "Q3", "FOIA s17(1)(c)", "WhyExempt(S30, ...)", ", or ReasonsNotStated(S30) where saying why would itself disclose exempt information (section 17(4) of the Freedom of Information Act 2000)"),
            new DiagnosticResult(MissingExemptionReasonsAnalyzer.Rule).WithLocation(0).WithLocation(8, 52)
                .WithArguments("s40(2) – Personal information of others (disclosure would breach the data protection principles)", "Q1", "FOIA s17(1)(c)", "LegitimateInterestsTest(...)", ", or ReasonsNotStated(S40) where saying why would itself disclose exempt information (section 17(4) of the Freedom of Information Act 2000)"));

    private const string Unfinished = """
        [FoiRequest("EIR 3/25", Regime = Regime.Eir)]
        public partial class FloodModel
        {
            [Question(1)][Exempt(Eir.R12_4_d)] public const string Model = "Send the draft flood model.";
        }

        """;

    [Test]
    public Task Unfinished_material_asks_who_is_finishing_it_and_when_eir_reg_14_4() =>
        Rule.Check(Unfinished + """
            public static class Response
            {
                public static FoiResponse Write() => FloodModel.Respond()
                    .PublicInterestTest(Eir.R12_4_d, ["For."], ["Against."])
                    .BalanceTest("Withhold.")
                    .{|#0:Build|}();
            }
            """,
            new DiagnosticResult(MissingExemptionReasonsAnalyzer.Rule).WithLocation(0).WithLocation(8, 60)
                .WithArguments("reg 12(4)(d) – Material still in the course of completion, unfinished documents or incomplete data", "Q1", "EIR reg 14(3)", "InCourseOfCompletion(...)", ""));

    [Test]
    public Task Under_foisa_the_message_cites_s16_1_d_and_offers_no_foia_excuse() =>
        Rule.Check("""
            [FoiRequest("FOI-26-4", Regime = Regime.Foisa)]
            public partial class Minutes
            {
                [Question(1)][Exempt(Foisa.S25)] public const string Board = "Send the board minutes.";
            }

            public static class Response
            {
                public static FoiResponse Write() => Minutes.Respond().{|#0:Build|}();
            }
            """,
            new DiagnosticResult(MissingExemptionReasonsAnalyzer.Rule).WithLocation(0).WithLocation(8, 58)
                .WithArguments("s25(1) – Information otherwise accessible", "Q1", "FOISA s16(1)(d)", "ReasonablyAccessible(...)", ""));

    [Test]
    public Task Unfinished_material_with_who_and_when_is_clean() =>
        Rule.Check(Unfinished + """
            public static class Response
            {
                public static FoiResponse Write() => FloodModel.Respond()
                    .InCourseOfCompletion("the Environment Agency", "by June 2025", "The model is still being calibrated.")
                    .PublicInterestTest(Eir.R12_4_d, ["For."], ["Against."])
                    .BalanceTest("Withhold.")
                    .Build();
            }
            """);

    [Test]
    public Task Each_exemption_with_its_own_section_is_clean() =>
        Rule.Check(Request + "public static class Response\n{\n    public static FoiResponse Write() => Complaints.Respond()\n" + Satisfied + "\n        .Build();\n}\n");

    [Test]
    public Task Reasons_not_stated_under_s17_4_satisfy_the_rule() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write() => Complaints.Respond()
                    .ReasonsNotStated(S40).ReasonsNotStated(S21).ReasonsNotStated(S30)
                    .Build();
            }
            """);

    [Test]
    public Task National_security_is_explained_by_its_evidence_of_harm_or_by_why_it_is_exempt() =>
        Rule.Check("""
            [FoiRequest("FOI 22/24")]
            public partial class Sites
            {
                [Question(1)][Exempt(S24)] public const string Locations = "Where are the sites?";
            }

            public static class Response
            {
                public static FoiResponse ByHarm() => Sites.Respond().EvidenceOfHarm([S24], "Naming them would help an attacker.").Build();
                public static FoiResponse ByClass() => Sites.Respond().WhyExempt(S24, "Safeguarding national security requires it.").Build();
            }
            """);

    [Test]
    public Task Neither_confirmed_nor_denied_questions_are_not_checked() =>
        Rule.Check("""
            [FoiRequest("FOI 23/24")]
            public partial class Sources
            {
                [Question(1)][NeitherConfirmNorDeny(S23)] public const string Informants = "Do you use informants at the club?";
            }

            public static class Response
            {
                public static FoiResponse Write() => Sources.Respond().Build();
            }
            """);

    [Test]
    public Task Code_fix_adds_every_section_with_placeholders() =>
        new FixTest<MissingExemptionReasonsAnalyzer, AddExemptionReasonsCodeFix>(
            Request + """
            public static class Response
            {
                public static FoiResponse Write() => Complaints.Respond()
                    .EvidenceOfHarm([S31], HarmLikelihood.Would, "Harm.")
                    .{|FOI0021:{|FOI0021:{|FOI0021:Build|}|}|}();
            }
            """,
            Request + """
            public static class Response
            {
                public static FoiResponse Write() => Complaints.Respond()
                    .EvidenceOfHarm([S31], HarmLikelihood.Would, "Harm.")
                    .LegitimateInterestsTest(Placeholder.Text("the legitimate interest in disclosure"), Placeholder.Text("whether disclosure is necessary for it"), Placeholder.Text("the balance with the data subjects' rights"))
                    .ReasonablyAccessible(Placeholder.Text("where and how the information can be found"))
                    .WhyExempt(S30, Placeholder.Text("why the information withheld falls within s30(1)"))
                    .Build();
            }
            """).RunAsync();
}
