using System;
using System.Linq;
using FoiDsl.Rendering;

namespace FoiDsl.Tests.Rendering;

/// <summary>
/// The legal sentences the layout writes itself: each must say what the provision says. The harm is
/// worded by each exemption's test; neither-confirm-nor-deny claims argue the harm and the public
/// interest of confirming or denying, never of disclosure, and nothing printed implies that
/// information is held where the response neither confirms nor denies.
/// </summary>
public class LegalWordingTests
{
    private static FoiRequestDefinition Request(params QuestionDefinition[] questions) =>
        new("FOI 7/24", "Office of the Police and Crime Commissioner", "Wording", null, questions);

    private static QuestionDefinition Withheld(int number, params string[] exemptions) =>
        new(number, "Q" + number, "Question " + number + "?", 0, exemptions);

    private static QuestionDefinition NotConfirmed(int number, params string[] exemptions) =>
        QuestionDefinition.NeitherConfirmedNorDenied(number, "Q" + number, "Question " + number + "?", 0, exemptions);

    private static string[] Harm(string exemption, HarmLikelihood? likelihood, QuestionDefinition question)
    {
        var draft = new ResponseDraft(Request(question));
        draft = likelihood is { } stated
            ? draft.EvidenceOfHarm(new[] { exemption }, stated, "Why.")
            : draft.EvidenceOfHarm(new[] { exemption }, "Why.");
        var response = Complete(draft, question).Build();
        return ResponseLayout.HarmSentences(response.EvidenceOfHarm.Single()).ToArray();
    }

    /// <summary>Adds what a question's claims need besides the harm under test.</summary>
    private static ResponseDraft Complete(ResponseDraft draft, QuestionDefinition question)
    {
        foreach (var claim in question.Claims.Where(c => c.Exemption.RequiresPublicInterestTest))
        {
            draft.PublicInterestTest(claim.Citation, new[] { "For." }, new[] { "Against." });
        }

        foreach (var claim in question.Exemptions.Where(c => c.Exemption.Reason != ReasonSection.EvidenceOfHarm))
        {
            draft.ReasonsNotStated(claim.Citation);
        }

        return question.Claims.Any(c => c.Exemption.RequiresPublicInterestTest) ? draft.BalanceTest("Balance.") : draft;
    }

    [TestCase(Exemptions.S31, HarmLikelihood.Would, "Disclosure would prejudice the interests protected by s31(1) – Law enforcement.")]
    [TestCase(Exemptions.S43, HarmLikelihood.WouldBeLikelyTo, "Disclosure would be likely to prejudice the interests protected by s43(2) – Commercial interests.")]
    [TestCase(Exemptions.S38, HarmLikelihood.WouldBeLikelyTo, "Disclosure would be likely to endanger the physical or mental health or the safety of an individual (s38(1) – Health and safety).")]
    [TestCase("s36(2)(b)(i)", HarmLikelihood.Would, "In the reasonable opinion of the qualified person, disclosure would inhibit the free and frank provision of advice or exchange of views for the purposes of deliberation (s36(2)(b)(i) – Prejudice to effective conduct of public affairs).")]
    [TestCase("s36(2)(c)", HarmLikelihood.WouldBeLikelyTo, "In the reasonable opinion of the qualified person, disclosure would be likely to prejudice the interests protected by s36(2)(c) – Prejudice to effective conduct of public affairs.")]
    public void Harm_is_worded_as_the_exemptions_test_is(string exemption, HarmLikelihood likelihood, string expected) =>
        Assert.That(Harm(exemption, likelihood, Withheld(1, exemption)), Is.EqualTo(new[] { expected }));

    [TestCase(HarmLikelihood.Would)]
    [TestCase(null)]
    public void National_security_is_required_for_its_purpose_with_no_likelihood(HarmLikelihood? likelihood) =>
        Assert.That(Harm(Exemptions.S24, likelihood, Withheld(1, Exemptions.S24)), Is.EqualTo(new[]
        {
            "Exemption from the duty to disclose the information is required for the purpose of safeguarding national security (s24(1) – National security).",
        }));

    [Test]
    public void Class_exemptions_get_no_harm_sentence_whatever_the_likelihood() =>
        Assert.That(Harm(Exemptions.S30, HarmLikelihood.Would, Withheld(1, Exemptions.S30)), Is.Empty);

    [Test]
    public void NCND_harm_is_the_harm_of_confirming_or_denying_and_cites_the_NCND_provisions()
    {
        var question = NotConfirmed(1, Exemptions.S24, Exemptions.S31);
        var response = new ResponseDraft(Request(question))
            .EvidenceOfHarm(new[] { "s24(2)", "s31(3)" }, HarmLikelihood.WouldBeLikelyTo, "Confirming would reveal where the force looks.")
            .PublicInterestTest("s24(2)", new[] { "For." }, new[] { "Against." })
            .PublicInterestTest("s31(3)", new[] { "For." }, new[] { "Against." })
            .BalanceTest("Balance.")
            .Build();

        Assert.That(ResponseLayout.HarmSentences(response.EvidenceOfHarm.Single()), Is.EqualTo(new[]
        {
            "Exemption from the duty to confirm or deny whether the information is held is required for the purpose of safeguarding national security (s24(2) – National security).",
            "Confirming or denying whether the information is held would be likely to prejudice the interests protected by s31(3) – Law enforcement.",
        }));
        var text = ResponseRenderers.PlainText.Render(response);
        Assert.That(text, Does.Contain("Evidence of Harm in Confirming or Denying"));
        Assert.That(text, Does.Contain("Public Interest Test in Confirming or Denying"));
        Assert.That(text, Does.Contain("Factors favouring confirming or denying – Section 31(3)"));
        Assert.That(text, Does.Contain("Factors favouring neither confirming nor denying – Section 24(2)"));
        Assert.That(text, Does.Not.Contain("s24(1)").And.Not.Contain("s31(1)").And.Not.Contain("Factors favouring disclosure"));
    }

    [Test]
    public void Withholding_and_NCND_in_one_response_keep_their_harms_and_tests_apart()
    {
        var withheld = Withheld(1, Exemptions.S31);
        var notConfirmed = NotConfirmed(2, Exemptions.S31);
        var response = new ResponseDraft(Request(withheld, notConfirmed))
            .EvidenceOfHarm(new[] { Exemptions.S31 }, HarmLikelihood.Would, "Releasing the tools would help offenders.")
            .EvidenceOfHarm(new[] { "s31(3)" }, HarmLikelihood.WouldBeLikelyTo, "Saying whether covert accounts exist would help offenders.")
            .PublicInterestTest(Exemptions.S31, new[] { "Disclosure for." }, new[] { "Disclosure against." })
            .PublicInterestTest("s31(3)", new[] { "Confirming for." }, new[] { "Confirming against." })
            .BalanceTest("Balance.")
            .Build();

        var headings = ResponseLayout.Police.Arrange(response).Blocks.OfType<Heading>().Select(h => h.Text).ToList();
        Assert.That(headings, Is.SupersetOf(new[]
        {
            "Evidence of Harm", "Evidence of Harm in Confirming or Denying",
            "Public Interest Test", "Factors favouring disclosure – Section 31", "Factors favouring non-disclosure – Section 31",
            "Public Interest Test in Confirming or Denying", "Factors favouring confirming or denying – Section 31(3)", "Factors favouring neither confirming nor denying – Section 31(3)",
        }));
        Assert.That(response.PublicInterestTests, Has.Count.EqualTo(2), "one test per duty, neither replacing the other");
    }

    [Test]
    public void A_test_for_one_duty_does_not_stand_in_for_the_other()
    {
        var draft = new ResponseDraft(Request(NotConfirmed(1, Exemptions.S31)))
            .EvidenceOfHarm(new[] { "s31(3)" }, HarmLikelihood.Would, "Harm.")
            .PublicInterestTest(Exemptions.S31, new[] { "For." }, new[] { "Against." })
            .BalanceTest("Balance.");

        var error = Assert.Throws<IncompleteResponseException>(() => draft.Build())!;

        Assert.That(error.Message, Does.Contain("call PublicInterestTest(\"s31(3)\", ...)"));
    }

    [Test]
    public void One_evidence_of_harm_cannot_mix_disclosure_and_NCND() =>
        Assert.That(
            () => new ResponseDraft(Request(Withheld(1, Exemptions.S31), NotConfirmed(2, Exemptions.S31))).EvidenceOfHarm(new[] { Exemptions.S31, "s31(3)" }, HarmLikelihood.Would, "Harm."),
            Throws.ArgumentException.With.Message.Contains("call EvidenceOfHarm once for each"));

    [Test]
    public void A_response_with_an_NCND_question_never_says_information_is_held_or_withheld()
    {
        var answered = new QuestionDefinition(1, "Policy", "Do you have a policy?");
        var notConfirmed = NotConfirmed(2, Exemptions.S23);
        var response = new ResponseDraft(Request(answered, notConfirmed)).Answer(1, Answer.Yes).Build();

        var blocks = ResponseLayout.Police.Arrange(response).Blocks;
        var text = string.Join("\n", blocks.OfType<Paragraph>().Select(p => p.Text).Concat(blocks.OfType<Heading>().Select(h => h.Text)));

        Assert.That(text, Does.Not.Contain(" is held").And.Not.Contain("withheld").And.Not.Contain("Extent and Result of Searches"));
        Assert.That(text, Does.Contain("we neither confirm nor deny whether we hold the information"));
    }

    [Test]
    public void Withheld_and_NCND_questions_without_a_disclosed_one_are_not_called_withheld_in_full()
    {
        var withheld = Withheld(1, Exemptions.S40);
        var notConfirmed = NotConfirmed(2, Exemptions.S23);
        var response = new ResponseDraft(Request(withheld, notConfirmed)).LegitimateInterestsTest("Interest.", "Necessity.", "Balance.").Build();

        var decision = ResponseLayout.DefaultDecision(response);

        Assert.That(decision, Does.Not.Contain("withheld in full"));
        Assert.That(decision, Does.Contain("neither confirm nor deny"));
    }

    [TestCase("s37(2)", "s37(1)(a)", "s37(1)(b)")]
    [TestCase("s27(4)", "s27(1)", "s27(2)")]
    [TestCase("s30(3)", "s30(1)", "s30(2)")]
    public void A_shared_NCND_provision_needs_its_limb(string shared, string firstLimb, string secondLimb)
    {
        Assert.That(() => NotConfirmed(1, shared), Throws.ArgumentException.With.Message.Contains("name the limb relied on").And.Message.Contains(firstLimb).And.Message.Contains(secondLimb));
    }

    [Test]
    public void Honours_cited_by_their_limb_are_qualified_and_need_a_public_interest_test_under_s37_2()
    {
        var draft = new ResponseDraft(Request(NotConfirmed(1, "s37(1)(b)")));

        var error = Assert.Throws<IncompleteResponseException>(() => draft.Build())!;

        Assert.That(error.Message, Does.Contain("s37(2) – Communications with other members of the Royal Family or the Royal Household, and honours is a qualified exemption"));
        Assert.That(error.Message, Does.Contain("call PublicInterestTest(\"s37(2)\", ...)"));
        var built = draft.PublicInterestTest("s37(2)", new[] { "For." }, new[] { "Against." }).BalanceTest("Balance.").Build();
        Assert.That(built.PublicInterestTests.Single().IsNeitherConfirmNorDeny, Is.True);
    }

    [Test]
    public void The_sovereign_limb_of_s37_needs_no_public_interest_test() =>
        Assert.That(new ResponseDraft(Request(NotConfirmed(1, "s37(1)(a)"))).FindMissingParts(), Is.Empty);

    [TestCase("s27(4)(a)", "s27.1")]
    [TestCase("s27(4)(b)", "s27.2")]
    [TestCase("s40(5B)(a)(i)", "s40.2a")]
    [TestCase("s40(5B)(d)", "s40.2c")]
    public void NCND_paragraphs_name_their_limb(string citation, string id) =>
        Assert.That(ExemptionCatalogue.ResolveNeitherConfirmNorDeny(citation).Exemption?.Id, Is.EqualTo(id));

    [Test]
    public void Procedural_grounds_are_never_called_qualified() =>
        Assert.That(ExemptionCatalogue.Resolve("s14").Problem, Does.Contain("procedural, no public interest test").And.Not.Contain("qualified"));

    [Test]
    public void The_review_paragraph_speaks_as_the_authority_whatever_its_name()
    {
        var text = string.Join(" ", ComplaintRights.Standard().InternalReview);

        Assert.That(text, Does.StartWith("If you are unhappy with how your request was handled, you can ask us for an internal review."));
    }

    [Test]
    public void Build_refuses_s23_with_s24_on_one_question_of_a_hand_made_request()
    {
        var draft = new ResponseDraft(Request(Withheld(1, Exemptions.S23, Exemptions.S24)))
            .PublicInterestTest(Exemptions.S24, new[] { "For." }, new[] { "Against." })
            .BalanceTest("Balance.");

        var error = Assert.Throws<IncompleteResponseException>(() => draft.Build())!;

        Assert.That(error.Message, Does.Contain("claims both s23(1) and s24(1) for the same information"));
    }

    [Test]
    public void S23_5_with_s24_2_is_accepted_for_neither_confirm_nor_deny() =>
        Assert.That(
            new ResponseDraft(Request(NotConfirmed(1, "s23(5)", "s24(2)")))
                .PublicInterestTest("s24(2)", new[] { "For." }, new[] { "Against." })
                .BalanceTest("Balance.")
                .FindMissingParts(),
            Is.Empty);
}

/// <summary>How the reasons for each withheld exemption are printed.</summary>
public class ExemptionReasonsLayoutTests
{
    [Test]
    public void Each_exemption_gets_its_reasons_under_its_own_heading()
    {
        var request = new FoiRequestDefinition("FOI 30/24", "Example Council", "Reasons", null, new[]
        {
            new QuestionDefinition(1, "Policy", "Send the policy.", 0, Exemptions.S21),
            new QuestionDefinition(2, "Report", "Send the draft report.", 0, Exemptions.S22),
            new QuestionDefinition(3, "Advice", "Send the advice to the leader.", 0, "s36(2)(b)(i)"),
        });
        var response = new ResponseDraft(request)
            .ReasonablyAccessible("It is on the council's website.", "https://example.gov.uk/policy")
            .IntendedPublication("the council", "with the committee papers in March 2025", "Publishing early would pre-empt the committee.")
            .QualifiedPersonsOpinion("the Monitoring Officer", new DateTime(2024, 11, 4), "Release would make officers less candid.")
            .EvidenceOfHarm(new[] { "s36(2)(b)(i)" }, HarmLikelihood.WouldBeLikelyTo, "Advice is given in confidence.")
            .PublicInterestTest(Exemptions.S22, new[] { "For." }, new[] { "Against." })
            .PublicInterestTest("s36(2)(b)(i)", new[] { "For." }, new[] { "Against." })
            .BalanceTest("Withhold.")
            .Build();

        var blocks = ResponseLayout.Police.Arrange(response).Blocks;
        var headings = blocks.OfType<Heading>().Select(h => h.Text).ToList();
        var paragraphs = blocks.OfType<Paragraph>().Select(p => p.Text).ToList();

        Assert.That(headings, Does.Contain("Why the Exemptions Apply"));
        Assert.That(headings, Does.Contain("s21(1) – Information accessible to the applicant by other means"));
        Assert.That(paragraphs, Does.Contain("You can find it at https://example.gov.uk/policy"));
        Assert.That(paragraphs, Does.Contain("The information is held with a view to its publication by the council, with the committee papers in March 2025."));
        Assert.That(paragraphs, Does.Contain("The qualified person for the purposes of section 36, the Monitoring Officer, gave their reasonable opinion on 4 November 2024 that the exemption applies."));
    }

    [Test]
    public void The_legitimate_interests_test_is_printed_as_its_three_questions()
    {
        var request = new FoiRequestDefinition("FOI 31/24", null, "Names", null, new[] { new QuestionDefinition(1, "Names", "Name the staff.", 0, Exemptions.S40) });
        var response = new ResponseDraft(request).LegitimateInterestsTest("Transparency.", "Totals already meet it.", "Staff expect privacy.").Build();

        var paragraphs = ResponseLayout.Police.Arrange(response).Blocks.OfType<Paragraph>().Select(p => p.Text).ToList();

        Assert.That(paragraphs, Does.Contain("Is a legitimate interest pursued? Transparency."));
        Assert.That(paragraphs, Does.Contain("Is disclosure necessary for that interest? Totals already meet it."));
        Assert.That(paragraphs, Does.Contain("Does that interest override the interests, rights and freedoms of the people the information is about? Staff expect privacy."));
    }

    [Test]
    public void An_undated_opinion_and_placeholder_reasons_are_refused()
    {
        var request = new FoiRequestDefinition("FOI 32/24", null, "Advice", null, new[] { new QuestionDefinition(1, "Advice", "Send it.", 0, "s36(2)(c)") });
        var draft = new ResponseDraft(request)
#pragma warning disable FOI0018 // the placeholder is what this test checks Build() refuses
            .QualifiedPersonsOpinion("the Chief Executive", default, Placeholder.Text("the opinion"))
#pragma warning restore FOI0018
            .EvidenceOfHarm(new[] { "s36(2)(c)" }, HarmLikelihood.Would, "Harm.")
            .PublicInterestTest("s36(2)(c)", new[] { "For." }, new[] { "Against." })
            .BalanceTest("Withhold.");

        var error = Assert.Throws<IncompleteResponseException>(() => draft.Build())!;

        Assert.That(error.Message, Does.Contain("The qualified person's opinion has no date"));
        Assert.That(error.Message, Does.Contain("reasons for s36(2)(c) still holds placeholder text"));
    }

    [Test]
    public void Not_held_with_an_explanation_counts_as_not_held()
    {
        var request = new FoiRequestDefinition("FOI 33/24", null, "Drones", null, new[] { new QuestionDefinition(1, "Flights", "How many drone flights?") });
        var response = new ResponseDraft(request)
            .Answer(1, Answer.NotHeldBecause("Drone flights are run by the regional air support unit, not by this force."))
            .AdviceAndAssistance("The regional air support unit may hold it: write to its FOI team.")
            .Build();

        Assert.That(response.Questions[0].Outcome, Is.EqualTo(QuestionOutcome.NotHeld));
        Assert.That(response.Outcome, Is.EqualTo(OverallOutcome.NotHeld));
        Assert.That(ResponseRenderers.Markdown.Render(response), Does.Contain("Not held. Drone flights are run by the regional air support unit"));
        Assert.That(() => Answer.NotHeldBecause(" "), Throws.ArgumentException);
    }
}
