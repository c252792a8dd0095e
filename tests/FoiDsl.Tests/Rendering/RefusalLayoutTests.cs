using System;
using System.Linq;
using FoiDsl.Rendering;

namespace FoiDsl.Tests.Rendering;

/// <summary>Neither confirm nor deny, and whole-request refusals under s12 and s14, as laid out and rendered.</summary>
public class RefusalLayoutTests
{
    private static FoiResponse CovertAccounts() =>
        new ResponseDraft(new FoiRequestDefinition("FOI 12/24", "Example Police", "Covert accounts", null, new[]
            {
                new QuestionDefinition(1, "Policy", "Do you have a policy on online research?"),
                QuestionDefinition.NeitherConfirmedNorDenied(2, "Accounts", "Do you run covert accounts?", 0, Exemptions.S24, "s31(3)"),
            }))
            .Answer(1, Answer.Yes)
            .EvidenceOfHarm(new[] { "s31(3)" }, HarmLikelihood.WouldBeLikelyTo, "Confirming either way would tell offenders where the force looks.")
            .PublicInterestTest("s24(2)", new[] { "For." }, new[] { "Against." })
            .PublicInterestTest("s31(3)", new[] { "For." }, new[] { "Against." })
            .BalanceTest("The balance favours neither confirming nor denying.")
            .Build();

    private static FoiResponse CostRefusal() =>
        new ResponseDraft(new FoiRequestDefinition("FOI 15/24", "Example Police", "Drone emails", null, new[]
            {
                new QuestionDefinition(1, "Emails", "Send every email that mentions drones."),
            },
            refusedUnder: ProceduralGrounds.S12))
            .RefusalReasons("Searching about 4,000 mailboxes would take well over 18 hours.")
            .AdviceAndAssistance("Emails of the drone unit's managers for one year could be searched within the limit.")
            .Build();

    [Test]
    public void NCND_question_is_neither_answered_nor_withheld_and_says_no_inference_can_be_drawn()
    {
        var response = CovertAccounts();

        Assert.That(response.Questions.Select(q => q.Outcome), Is.EqualTo(new[] { QuestionOutcome.Disclosed, QuestionOutcome.NeitherConfirmNorDeny }));
        Assert.That(response.Outcome, Is.EqualTo(OverallOutcome.PartiallyWithheld));
        Assert.That(ResponseLayout.NeitherConfirmNorDenySentences(response.Questions), Is.EqualTo(new[]
        {
            "We neither confirm nor deny whether we hold the information asked for in Q2, as s24(2) – National security and s31(3) – Law enforcement apply. "
            + "This is not an indication that the information is, or is not, held.",
        }));
        Assert.That(ResponseLayout.ExemptionSentences(response.Questions), Is.Empty);
    }

    [Test]
    public void NCND_claims_need_the_same_harm_and_public_interest_test_as_withheld_ones()
    {
        var draft = new ResponseDraft(new FoiRequestDefinition("FOI 12/24", null, "Covert", null, new[]
        {
            QuestionDefinition.NeitherConfirmedNorDenied(1, "Accounts", "Do you run covert accounts?", 0, Exemptions.S31),
        }));

        var error = Assert.Throws<IncompleteResponseException>(() => draft.Build())!;

        Assert.That(error.Missing.Select(m => m.Exemption), Is.EqualTo(new[] { "s31(3)", "s31(3)", null }));
        Assert.That(error.Message, Does.Contain("s31(3) – Law enforcement is relied on to neither confirm nor deny (Q1) but the response shows no harm in confirming or denying whether the information is held: call EvidenceOfHarm([\"s31(3)\"], ...)"));
    }

    [Test]
    public void NCND_question_cannot_be_answered()
    {
        var draft = new ResponseDraft(new FoiRequestDefinition("FOI 12/24", null, "Covert", null, new[]
        {
            QuestionDefinition.NeitherConfirmedNorDenied(1, "Accounts", "Do you run covert accounts?", 0, Exemptions.S23),
        }));

        Assert.That(() => draft.Answer(1, Answer.No), Throws.ArgumentException.With.Message.StartsWith(
            "Q1 (Accounts) cannot be answered: the authority neither confirms nor denies holding it (s23(5))."));
    }

    [TestCase("s21(1)", "s21(1) – Information accessible to the applicant by other means has no neither-confirm-nor-deny limb")]
    [TestCase("s43(1)", "s43(1) – Trade secrets has no neither-confirm-nor-deny limb")]
    [TestCase("s12(1)", "s12(1) (Cost of compliance exceeds the appropriate limit) is a procedural ground")]
    public void NCND_under_a_provision_without_a_limb_is_refused(string citation, string message)
    {
        Assert.That(
            () => QuestionDefinition.NeitherConfirmedNorDenied(1, "A", "A?", 0, citation),
            Throws.ArgumentException.With.Message.StartsWith(message));
    }

    [Test]
    public void Cost_refusal_states_the_ground_with_reasons_and_advice_and_keeps_the_rights()
    {
        var response = CostRefusal();
        var document = ResponseLayout.Police.Arrange(response);
        var text = string.Join("\n", document.Blocks.Select(b => b switch
        {
            Heading h => "# " + h.Text,
            Paragraph p => p.Text,
            _ => b.GetType().Name,
        }));

        Assert.That(response.Outcome, Is.EqualTo(OverallOutcome.Refused));
        Assert.That(response.IsRefusal, Is.True);
        Assert.That(text, Does.Contain(
            "This response is a notice under section 17(5) of the Freedom of Information Act 2000: your request is refused under s12(1) – Cost of compliance exceeds the appropriate limit.\n"
            + "Searching about 4,000 mailboxes would take well over 18 hours."));
        Assert.That(text, Does.Contain("# Advice and Assistance\nEmails of the drone unit's managers"));
        Assert.That(text, Does.Not.Contain("Extent and Result of Searches"));
        Assert.That(text, Does.Contain("# Your Right to Request a Review"));
    }

    [Test]
    public void Refused_request_takes_no_answers_and_needs_its_rights_paragraph()
    {
        var draft = new ResponseDraft(new FoiRequestDefinition("FOI 16/24", null, "Again", null, new[]
            {
                new QuestionDefinition(1, "Emails", "Send every email again."),
            },
            refusedUnder: ProceduralGrounds.S14Repeated));

        Assert.That(() => draft.Answer(1, Answer.Yes), Throws.ArgumentException.With.Message.Contains("the whole request is refused under s14(2)"));
        draft.ComplaintRights(new ComplaintRights(Array.Empty<string>(), new[] { "Complain to the Commissioner." }));
        Assert.That(() => draft.Build(), Throws.TypeOf<IncompleteResponseException>().With.Message.Contains("s17(7)"));
    }

    [TestCase("s31(1)", "s31(1) – Law enforcement is an exemption: withhold the questions it covers with [Exempt] instead.")]
    [TestCase("s8", "s8 describes what a valid request is; it is not a ground for refusing one.")]
    public void Request_cannot_be_refused_under_an_exemption_or_s8(string ground, string message)
    {
        Assert.That(
            () => new FoiRequestDefinition("FOI 1", null, "T", null, Array.Empty<QuestionDefinition>(), refusedUnder: ground),
            Throws.ArgumentException.With.Message.StartsWith(message));
    }

    [Test]
    public void Rendered_html_of_a_refusal_escapes_and_keeps_heading_order()
    {
        var html = ResponseRenderers.Html.Render(CostRefusal());

        Assert.That(html, Does.Contain("<h3>Advice and Assistance</h3>"));
        Assert.That(html, Does.Contain("refused under s12(1) – Cost of compliance exceeds the appropriate limit."));
    }
}

public class UnstatedLikelihoodLayoutTests
{
    [Test]
    public void Harm_without_a_likelihood_is_rendered_without_a_likelihood_sentence()
    {
        var response = new ResponseDraft(new FoiRequestDefinition("FOI 17/24", null, "Tools", null, new[]
            {
                new QuestionDefinition(1, "Names", "Which tools?", 0, Exemptions.S31),
            }))
            .EvidenceOfHarm(new[] { Exemptions.S31 }, "Naming the tools would help offenders avoid them.")
            .PublicInterestTest(Exemptions.S31, new[] { "For." }, new[] { "Against." })
            .BalanceTest("Withhold.")
            .Build();

        Assert.That(response.EvidenceOfHarm[0].Likelihood, Is.Null);
        Assert.That(ResponseLayout.HarmSentences(response.EvidenceOfHarm[0]), Is.Empty);
        Assert.That(ResponseRenderers.PlainText.Render(response), Does.Contain("Naming the tools would help offenders avoid them.").And.Not.Contain("Disclosure would"));
    }
}
