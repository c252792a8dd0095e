using System;
using System.Linq;

namespace FoiDsl.Tests.Response;

public class ResponseDraftTests
{
    private static FoiRequestDefinition Request() => new(
        "FOI 8/24",
        "Test Police",
        "Tools",
        new DateTime(2024, 3, 1),
        new[]
        {
            new QuestionDefinition(1, "UsesTools", "Do you use tools?"),
            new QuestionDefinition(2, "ToolNames", "If so, which?", condition: 1),
            new QuestionDefinition(3, "Supplier", "Who supplies them?", 0, Exemptions.S24, Exemptions.S31),
            new QuestionDefinition(4, "Officers", "Who approved them?", 0, Exemptions.S40),
        });

    private static ResponseDraft Complete() => new ResponseDraft(Request())
        .Answer(1, Answer.Yes)
        .Answer(2, "Hammer")
        .EvidenceOfHarm(new[] { Exemptions.S31 }, HarmLikelihood.WouldBeLikelyTo, "Harm.")
        .PublicInterestTest(Exemptions.S24, new[] { "For." }, new[] { "Against." })
        .PublicInterestTest(Exemptions.S31, new[] { "For." }, new[] { "Against." })
        .WhyExempt(Exemptions.S24, "Safeguarding national security requires it.")
        .LegitimateInterestsTest("Accountability.", "Not necessary.", "Privacy prevails.")
        .BalanceTest("Withhold.");

    [Test]
    public void Build_lists_every_missing_part_by_question_and_exemption()
    {
        var draft = new ResponseDraft(Request()).Answer(1, Answer.No);

        var error = Assert.Throws<IncompleteResponseException>(() => draft.Build())!;

        Assert.That(error.Missing.Select(m => (m.QuestionNumber, m.Exemption)), Is.EqualTo(new (int?, string?)[]
        {
            (2, null),
            (null, "s24(1)"),  // public interest test
            (null, "s31(1)"),  // evidence of harm
            (null, "s31(1)"),  // public interest test
            (null, "s24(1)"),  // why s24 applies
            (null, "s40(2)"),  // legitimate-interests test
            (null, null),      // balance test
        }));
        Assert.That(error.Message, Does.StartWith("The response to FOI 8/24 is incomplete (7 missing parts):"));
        Assert.That(error.Message, Does.Contain("Q2 \"If so, which?\" has no answer: call ToolNames(...)."));
        Assert.That(error.Message, Does.Contain("s24(1) – National security is a qualified exemption relied on to withhold (Q3)"));
    }

    [Test]
    public void Under_the_eir_a_missing_public_interest_test_and_balance_name_exceptions_and_the_regulations()
    {
        var request = new FoiRequestDefinition("EIR 9/26", "Example Council", "Flood defences", null, new[]
        {
            new QuestionDefinition(Regime.Eir, 1, "Defences", "Where are the weak points in the flood defences?", 0, Eir.R12_5_a),
        }, regime: Regime.Eir);
        var draft = new ResponseDraft(request).EvidenceOfHarm(new[] { Eir.R12_5_a }, HarmLikelihood.Would, "The weak points could be attacked.");

        var error = Assert.Throws<IncompleteResponseException>(() => draft.Build())!;

        Assert.That(error.Message, Does.Contain("is a qualified exception relied on to withhold (Q1) but the response has no public interest test for it (EIR reg 12(1)(b), reg 14(3)(b))"));
        Assert.That(error.Message, Does.Contain("Qualified exceptions are claimed but the response has no balance test concluding the public interest test (EIR reg 12(1)(b), reg 14(3)(b))"));
        Assert.That(error.Message, Does.Not.Contain("exemption"));
    }

    [Test]
    public void Complete_response_records_outcomes_per_question()
    {
        var response = Complete().Build();

        Assert.That(response.Questions.Select(q => q.Outcome), Is.EqualTo(new[]
        {
            QuestionOutcome.Disclosed, QuestionOutcome.Disclosed, QuestionOutcome.Withheld, QuestionOutcome.Withheld,
        }));
        Assert.That(response.Outcome, Is.EqualTo(OverallOutcome.PartiallyWithheld));
        Assert.That(response.IsRefusal, Is.True);
        Assert.That(response.ExemptionsClaimed.Select(c => c.Citation), Is.EqualTo(new[] { "s24(1)", "s31(1)", "s40(2)" }));
        Assert.That(response.Rights, Is.Not.Null);
        Assert.That(response.Rights!.InformationCommissioner[0], Does.Contain("section 50"));
    }

    [Test]
    public void Removing_the_complaint_rights_from_a_refusal_is_refused()
    {
        var draft = Complete().ComplaintRights(new ComplaintRights(new[] { " " }, Array.Empty<string>()));

        var error = Assert.Throws<IncompleteResponseException>(() => draft.Build())!;

        Assert.That(error.Message, Does.Contain("s17(7)"));
    }

    [Test]
    public void Withheld_question_cannot_be_answered()
    {
        var error = Assert.Throws<ArgumentException>(() => new ResponseDraft(Request()).Answer(3, Answer.Yes))!;

        Assert.That(error.Message, Does.StartWith("Q3 (Supplier) cannot be answered: it is withheld under s24(1) and s31(1)"));
    }

    [TestCase("s25", "s25 is not an exemption")]
    [TestCase("s12(1)", "s12(1) (Cost of compliance exceeds the appropriate limit) is a procedural ground")]
    public void Public_interest_test_for_a_non_exemption_is_refused(string citation, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => new ResponseDraft(Request()).PublicInterestTest(citation, new[] { "For." }, new[] { "Against." }))!;

        Assert.That(error.Message, Does.StartWith(message));
    }

    [Test]
    public void Empty_sections_and_answers_are_refused_with_what_is_wrong()
    {
        Assert.That(() => new ResponseDraft(Request()).BalanceTest(" "), Throws.ArgumentException.With.Message.Contains("BalanceTest needs at least one paragraph"));
        Assert.That(() => Answer.Text(""), Throws.ArgumentException.With.Message.Contains("needs some words"));
        Assert.That(() => new ResponseDraft(Request()).Answer(9, Answer.No), Throws.ArgumentException.With.Message.StartsWith("FOI 8/24 has no question 9."));
    }

    [TestCase(new[] { AnswerKind.NotHeld, AnswerKind.NotHeld }, OverallOutcome.NotHeld)]
    [TestCase(new[] { AnswerKind.Yes, AnswerKind.NotHeld }, OverallOutcome.GrantedInFull)]
    [TestCase(new[] { AnswerKind.No, AnswerKind.NotApplicable }, OverallOutcome.GrantedInFull)]
    public void Overall_outcome_follows_the_answers(AnswerKind[] kinds, OverallOutcome expected)
    {
        var request = new FoiRequestDefinition("FOI 9/24", null, "Plain", null, new[]
        {
            new QuestionDefinition(1, "First", "First?"),
            new QuestionDefinition(2, "Second", "Second?"),
        });
        var draft = new ResponseDraft(request);
        for (var i = 0; i < kinds.Length; i++)
        {
            draft.Answer(i + 1, kinds[i] switch
            {
                AnswerKind.Yes => Answer.Yes,
                AnswerKind.No => Answer.No,
                AnswerKind.NotHeld => Answer.NotHeld,
                _ => Answer.NotApplicable,
            });
        }

        Assert.That(draft.Build().Outcome, Is.EqualTo(expected));
    }

    [Test]
    public void Request_definition_rejects_shared_numbers_and_forward_conditions()
    {
        Assert.That(
            () => new FoiRequestDefinition("FOI 1", null, "T", null, new[] { new QuestionDefinition(1, "A", "A?"), new QuestionDefinition(1, "B", "B?") }),
            Throws.ArgumentException.With.Message.StartsWith("Questions A and B share the number 1."));
        Assert.That(
            () => new FoiRequestDefinition("FOI 1", null, "T", null, new[] { new QuestionDefinition(1, "A", "A?", condition: 2), new QuestionDefinition(2, "B", "B?") }),
            Throws.ArgumentException.With.Message.StartsWith("Q1 (A) depends on Q2, which is not an earlier question"));
    }
}

// These tests write placeholders on purpose, to show Build() refusing them.
#pragma warning disable FOI0018
public class PlaceholderTests
{
    private static FoiRequestDefinition Request() => new(
        "FOI 10/24", null, "Tools", null,
        new[] { new QuestionDefinition(1, "UsesTools", "Do you use tools?"), new QuestionDefinition(2, "Supplier", "Who?", 0, Exemptions.S31) });

    [Test]
    public void Placeholder_answer_compiles_but_Build_refuses_it()
    {
        var draft = new ResponseDraft(Request())
            .Answer(1, Answer.ToBeWritten("say whether tools are used"))
            .EvidenceOfHarm(new[] { Exemptions.S31 }, HarmLikelihood.Would, "Harm.")
            .PublicInterestTest(Exemptions.S31, new[] { Placeholder.Text("factors favouring disclosure") }, new[] { "Against." })
            .BalanceTest("Withhold.");

        var error = Assert.Throws<IncompleteResponseException>(() => draft.Build())!;

        Assert.That(error.Missing.Select(m => m.Description), Is.EqualTo(new[]
        {
            "Q1 \"Do you use tools?\" still has a placeholder answer ([to be written: say whether tools are used]): replace it in UsesTools(...).",
            "The public interest test for s31(1) still holds placeholder text (\"[to be written: factors favouring disclosure]\"): write it before the response is sent.",
        }));
    }

    [Test]
    public void Placeholder_text_given_as_an_answer_in_words_is_still_a_placeholder()
    {
        Assert.That(((Answer)Placeholder.Text("name the budget holder")).Kind, Is.EqualTo(AnswerKind.Placeholder));
        Assert.That(Answer.Text("ICT").Kind, Is.EqualTo(AnswerKind.Text));
    }
}
#pragma warning restore FOI0018
