using System.Threading.Tasks;
using FoiDsl.Generators.Rules;
using Microsoft.CodeAnalysis.Testing;
using CostAdvice = FoiDsl.Tests.TestSupport.RuleTest<FoiDsl.Generators.Rules.CostRefusalWithoutAdviceAnalyzer>;
using NoLimb = FoiDsl.Tests.TestSupport.RuleTest<FoiDsl.Generators.Rules.NoNeitherConfirmNorDenyLimbAnalyzer>;
using Rights = FoiDsl.Tests.TestSupport.RuleTest<FoiDsl.Generators.Rules.MissingComplaintRightsAnalyzer>;
using Unknown = FoiDsl.Tests.TestSupport.RuleTest<FoiDsl.Generators.Rules.UnknownExemptionAnalyzer>;

namespace FoiDsl.Tests.Rules;

public class NoNeitherConfirmNorDenyLimbTests
{
    [Test]
    public Task Exemption_without_an_NCND_limb_is_reported_naming_those_with_one() =>
        NoLimb.Check("""
            [FoiRequest("FOI 12/24")]
            public partial class Covert
            {
                [Question(1)][NeitherConfirmNorDeny(S24, {|#0:S43TradeSecrets|}, {|#1:S21|})] public const string Accounts = "Do you run covert accounts?";
            }
            """,
            new DiagnosticResult(NoNeitherConfirmNorDenyLimbAnalyzer.Rule).WithLocation(0).WithArguments(
                "s43(1) – Trade secrets has no neither-confirm-nor-deny limb, so the authority must confirm or deny whether it holds the information. The exemptions that have one are "
                + "s22, s22A, s23, s24, s26, s27, s28, s29, s30, s31, s32, s33, s34, s35, s36, s37, s38, s39, s40, s41, s42, s43(2) and s44"),
            new DiagnosticResult(NoNeitherConfirmNorDenyLimbAnalyzer.Rule).WithLocation(1).WithMessage(
                "s21(1) – Information accessible to the applicant by other means has no neither-confirm-nor-deny limb, so the authority must confirm or deny whether it holds the information. The exemptions that have one are "
                + "s22, s22A, s23, s24, s26, s27, s28, s29, s30, s31, s32, s33, s34, s35, s36, s37, s38, s39, s40, s41, s42, s43(2) and s44"));

    [Test]
    public Task Exempt_and_NCND_on_one_question_is_reported() =>
        NoLimb.Check("""
            [FoiRequest("FOI 12/24")]
            public partial class Covert
            {
                [Question(1)][Exempt(S31)][{|FOI0012:NeitherConfirmNorDeny(S31)|}] public const string Accounts = "Do you run covert accounts?";
            }
            """);

    [Test]
    public Task Exemptions_and_NCND_provisions_with_a_limb_are_clean() =>
        NoLimb.Check("""
            [FoiRequest("FOI 12/24")]
            public partial class Covert
            {
                [Question(1)][NeitherConfirmNorDeny(S23, "s24(2)", S31, S40)] public const string Accounts = "Do you run covert accounts?";
            }
            """);

    [Test]
    public Task Unknown_NCND_citation_and_bad_refusal_ground_are_FOI0006() =>
        Unknown.Check("""
            [FoiRequest("FOI 12/24")]
            [RefuseRequest({|FOI0006:S31|})]
            public partial class Covert
            {
                [Question(1)][NeitherConfirmNorDeny(S24, {|FOI0006:"s99(2)"|})] public const string Accounts = "Do you run covert accounts?";
            }
            """);
}

public class MissingComplaintRightsTests
{
    private const string Request = """
        [FoiRequest("FOI 14/24")]
        public partial class Covert
        {
            [Question(1)][NeitherConfirmNorDeny(S23)] public const string Accounts = "Do you run covert accounts?";
        }

        """;

    [Test]
    public Task Emptied_rights_in_a_refusal_are_reported() =>
        Rights.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write() => Covert.Respond()
                    .ComplaintRights({|#0:new ComplaintRights(["Ask us for a review within 40 working days."], [])|})
                    .Build();
            }
            """,
            new DiagnosticResult(MissingComplaintRightsAnalyzer.Rule).WithLocation(0)
                .WithArguments("FOI 14/24", "the right to apply to the Information Commissioner", "FOIA s17(7)"));

    [Test]
    public Task Under_foisa_the_message_names_the_review_the_scottish_commissioner_and_s19() =>
        Rights.Check("""
            [FoiRequest("FOI-26-14", Regime = Regime.Foisa)]
            public partial class Minutes
            {
                [Question(1)][Exempt(Foisa.S25)] public const string Board = "Send the board minutes.";
            }

            public static class Response
            {
                public static FoiResponse Write() => Minutes.Respond()
                    .ReasonablyAccessible("On the website.", "https://example.scot/minutes")
                    .ComplaintRights({|#0:new ComplaintRights([], [])|})
                    .Build();
            }
            """,
            new DiagnosticResult(MissingComplaintRightsAnalyzer.Rule).WithLocation(0)
                .WithArguments("FOI-26-14", "how to ask for a review and the right to apply to the Scottish Information Commissioner", "FOISA s19"));

    [Test]
    public Task Under_the_eir_the_message_names_reconsideration_and_reg_14_5() =>
        Rights.Check("""
            [FoiRequest("EIR 14/26", Regime = Regime.Eir)]
            public partial class Flooding
            {
                [Question(1)][Exempt(Eir.R12_5_a)] public const string Defences = "Where are the weak points in the flood defences?";
            }

            public static class Response
            {
                public static FoiResponse Write() => Flooding.Respond()
                    .EvidenceOfHarm([Eir.R12_5_a], HarmLikelihood.Would, "Harm.")
                    .PublicInterestTest(Eir.R12_5_a, ["For."], ["Against."])
                    .BalanceTest("Withhold.")
                    .ComplaintRights({|#0:new ComplaintRights([], ["Apply to the Information Commissioner."])|})
                    .Build();
            }
            """,
            new DiagnosticResult(MissingComplaintRightsAnalyzer.Rule).WithLocation(0)
                .WithArguments("EIR 14/26", "how to ask for reconsideration", "EIR reg 14(5)"));

    [Test]
    public Task Blank_text_counts_as_empty() =>
        Rights.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write() => Covert.Respond()
                    .ComplaintRights({|FOI0014:new ComplaintRights(new[] { " " }, Array.Empty<string>())|})
                    .Build();
            }
            """);

    [Test]
    public Task Standard_or_own_wording_is_clean() =>
        Rights.Check(Request + """
            public static class Response
            {
                public static FoiResponse Standard() => Covert.Respond().Build();

                public static FoiResponse Own() => Covert.Respond()
                    .ComplaintRights(new ComplaintRights(["Write to the review team."], ["You may complain to the Information Commissioner under s50."]))
                    .Build();
            }
            """);
}

public class CostRefusalWithoutAdviceTests
{
    private const string Request = """
        [FoiRequest("FOI 15/24")]
        [RefuseRequest(ProceduralGrounds.S12)]
        public partial class AllEmails
        {
            [Question(1)] public const string Emails = "Send every email that mentions drones.";
        }

        """;

    [Test]
    public Task Cost_refusal_without_advice_is_reported_at_Build() =>
        CostAdvice.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write() => AllEmails.Respond()
                    .RefusalReasons("Searching 40,000 mailboxes would take about 300 hours.")
                    .{|#0:Build|}();
            }
            """,
            new DiagnosticResult(CostRefusalWithoutAdviceAnalyzer.Rule).WithLocation(0).WithArguments("FOI 15/24", "s12(1)", "FOIA s16"));

    [Test]
    public Task Under_foisa_the_duty_to_advise_and_assist_is_s15() =>
        CostAdvice.Check("""
            [FoiRequest("FOI-26-15", Regime = Regime.Foisa)]
            [RefuseRequest(Foisa.S12)]
            public partial class AllEmails
            {
                [Question(1)] public const string Emails = "Send every email that mentions drones.";
            }

            public static class Response
            {
                public static FoiResponse Write() => AllEmails.Respond()
                    .RefusalReasons("Searching 40,000 mailboxes would cost far more than £600.")
                    .{|#0:Build|}();
            }
            """,
            new DiagnosticResult(CostRefusalWithoutAdviceAnalyzer.Rule).WithLocation(0).WithArguments("FOI-26-15", "s12(1)", "FOISA s15"));

    [Test]
    public Task Cost_refusal_with_advice_is_clean() =>
        CostAdvice.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write() => AllEmails.Respond()
                    .AdviceAndAssistance("Limiting the request to one department and one month would bring it within the limit.")
                    .Build();
            }
            """);

    [Test]
    public Task Vexatious_refusal_needs_no_advice() =>
        CostAdvice.Check("""
            [FoiRequest("FOI 15/24")]
            [RefuseRequest(ProceduralGrounds.S14)]
            public partial class Again
            {
                [Question(1)] public const string Emails = "Send every email again.";
            }

            public static class Response
            {
                public static FoiResponse Write() => Again.Respond().RefusalReasons("This request repeats ten earlier ones.").Build();
            }
            """);
}
