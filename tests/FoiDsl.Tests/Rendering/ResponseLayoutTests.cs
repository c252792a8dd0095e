using System;
using System.Collections.Generic;
using System.Linq;
using FoiDsl.Rendering;
using static FoiDsl.Answer;
using static FoiDsl.Tests.Rendering.RenderingFixtures;

namespace FoiDsl.Tests.Rendering;

public class ResponseLayoutTests
{
    [Test]
    public void Title_names_the_request_and_its_reference_then_the_known_details()
    {
        var blocks = Layout(SocialMediaMonitoring()).Blocks;

        Assert.That(blocks[0], Is.EqualTo(new Heading(1, "Social media monitoring — FOI 0412/23")));
        var details = (RequestDetails)blocks[1];
        Assert.That(
            details.Items.Select(d => d.Label + ": " + d.Value),
            Is.EqualTo(new[] { "Authority: North Yorkshire Police", "Date received: 2 May 2023", "Response due: 1 June 2023", "Date of response: 30 May 2023" }));
    }

    [Test]
    public void Details_leave_out_dates_that_are_not_known()
    {
        var details = Layout(Answered(Yes)).Blocks.OfType<RequestDetails>().Single();

        Assert.That(details.Items.Select(d => d.Label), Is.EqualTo(new[] { "Authority" }));
    }

    [Test]
    public void Headings_follow_the_police_template()
    {
        var headings = Layout(SocialMediaMonitoring()).Blocks.OfType<Heading>().Select(h => h.Level + " " + h.Text);

        Assert.That(headings, Is.EqualTo(new[]
        {
            "1 Social media monitoring — FOI 0412/23",
            "2 Request",
            "2 Response",
            "3 Extent and Result of Searches to Locate Information",
            "3 Decision",
            "3 Evidence of Harm",
            "3 Public Interest Test",
            "4 Factors favouring disclosure – Section 24",
            "4 Factors favouring non-disclosure – Section 24",
            "4 Factors favouring disclosure – Section 31",
            "4 Factors favouring non-disclosure – Section 31",
            "3 Balance Test",
            "3 Notes",
            "2 Your Right to Request a Review",
        }));
    }

    [Test]
    public void Questions_are_listed_in_number_order()
    {
        var questions = Layout(SocialMediaMonitoring()).Blocks.OfType<QuestionList>().Single().Questions;

        Assert.That(questions.Select(q => q.Label), Is.EqualTo(Enumerable.Range(1, 9).Select(n => "Q" + n)));
    }

    [Test]
    public void Seed_answers_group_the_three_not_applicable_questions_and_skip_the_withheld_ones()
    {
        Assert.That(AnswerLines(SocialMediaMonitoring()), Is.EqualTo(new[] { "Q1. No", "Q2, Q3, Q4. N/A", "Q5. Yes", "Q9. ICT" }));
    }

    [Test]
    public void Grouping_merges_only_neighbouring_questions_with_the_same_answer()
    {
        var response = Answered(No, NotApplicable, NotApplicable, No, NotApplicable);

        Assert.That(AnswerLines(response), Is.EqualTo(new[] { "Q1. No", "Q2, Q3. N/A", "Q4. No", "Q5. N/A" }));
    }

    [Test]
    public void A_withheld_question_between_equal_answers_keeps_them_apart()
    {
        var request = new FoiRequestDefinition("FOI 2/24", Authority, "Test", null, new[]
        {
            new QuestionDefinition(1, "First", "First?"),
            new QuestionDefinition(2, "Second", "Second?", 0, Exemptions.S21),
            new QuestionDefinition(3, "Third", "Third?"),
        });
        var response = new ResponseDraft(request).Answer(1, NotApplicable).Answer(3, NotApplicable).ReasonablyAccessible("On the force website.").Build();

        Assert.That(AnswerLines(response), Is.EqualTo(new[] { "Q1. N/A", "Q3. N/A" }));
    }

    [Test]
    public void Exemption_sentence_names_the_withheld_questions_and_each_exemption_with_its_title()
    {
        Assert.That(
            Paragraphs(SocialMediaMonitoring()),
            Does.Contain("The information asked for in Q6, Q7 and Q8 is exempt from disclosure under s24(1) – National security and s31(1) – Law enforcement."));
    }

    [Test]
    public void Exemption_sentences_group_questions_by_their_exact_set_of_exemptions()
    {
        var request = new FoiRequestDefinition("FOI 3/24", Authority, "Test", null, new[]
        {
            new QuestionDefinition(1, "A", "A?", 0, Exemptions.S21),
            new QuestionDefinition(2, "B", "B?", 0, Exemptions.S21),
            new QuestionDefinition(3, "C", "C?", 0, Exemptions.S40),
            new QuestionDefinition(4, "D", "D?"),
            new QuestionDefinition(5, "E", "E?", 0, Exemptions.S21),
            new QuestionDefinition(6, "F", "F?", 0, Exemptions.S21, Exemptions.S40),
        });
        var response = new ResponseDraft(request).Answer(4, Yes)
            .ReasonablyAccessible("In the annual report.")
            .LegitimateInterestsTest("Accountability.", "Not necessary: totals are published.", "The staff's privacy prevails.")
            .Build();
        var s21 = ExemptionClaim.Parse(Exemptions.S21).ToString();
        var s40 = ExemptionClaim.Parse(Exemptions.S40).ToString();

        var sentences = Paragraphs(response).Where(p => p.StartsWith("The information asked for in", StringComparison.Ordinal));

        Assert.That(sentences, Is.EqualTo(new[]
        {
            $"The information asked for in Q1, Q2 and Q5 is exempt from disclosure under {s21}.",
            $"The information asked for in Q3 is exempt from disclosure under {s40}.",
            $"The information asked for in Q6 is exempt from disclosure under {s21} and {s40}.",
        }));
    }

    [TestCase(HarmLikelihood.Would, "Disclosure would prejudice the interests protected by s31(1) – Law enforcement.")]
    [TestCase(HarmLikelihood.WouldBeLikelyTo, "Disclosure would be likely to prejudice the interests protected by s31(1) – Law enforcement.")]
    public void Evidence_of_harm_states_how_likely_the_harm_is(HarmLikelihood likelihood, string expected)
    {
        var request = new FoiRequestDefinition("FOI 4/24", Authority, "Test", null, new[]
        {
            new QuestionDefinition(1, "Tactics", "Which tactics?", 0, Exemptions.S31),
        });
        var response = new ResponseDraft(request)
            .EvidenceOfHarm(new[] { Exemptions.S31 }, likelihood, "Offenders would learn how to avoid detection.")
            .PublicInterestTest(Exemptions.S31, new[] { "Openness." }, new[] { "Effective policing." })
            .BalanceTest("The balance favours withholding.")
            .Build();

        var blocks = Layout(response).Blocks.ToList();
        var harm = blocks.IndexOf(new Heading(3, "Evidence of Harm"));

        Assert.That(blocks.Skip(harm + 1).Take(2), Is.EqualTo(new DocumentBlock[]
        {
            new Paragraph(expected),
            new Paragraph("Offenders would learn how to avoid detection."),
        }));
    }

    [Test]
    public void A_response_withholding_nothing_has_no_harm_public_interest_or_balance_sections()
    {
        var headings = Layout(Answered(Yes, No, "Twelve")).Blocks.OfType<Heading>().Select(h => h.Text);

        Assert.That(headings, Has.None.AnyOf("Evidence of Harm", "Public Interest Test", "Balance Test", "Notes"));
        Assert.That(headings, Does.Contain("Your Right to Request a Review"));
    }

    [TestCase(OverallOutcome.GrantedInFull, "All of the information you asked for is released")]
    [TestCase(OverallOutcome.PartiallyWithheld, "Part of the information you asked for is released")]
    [TestCase(OverallOutcome.WithheldInFull, "withheld in full")]
    [TestCase(OverallOutcome.NotHeld, "none of the information you asked for is held")]
    public void Default_decision_follows_the_outcome(OverallOutcome outcome, string expected)
    {
        var response = outcome switch
        {
            OverallOutcome.GrantedInFull => Answered(Yes, NotApplicable),
            OverallOutcome.NotHeld => Answered(NotHeld, NotApplicable),
            OverallOutcome.WithheldInFull => WithheldOnly(),
            _ => SocialMediaMonitoring(),
        };

        Assert.That(response.Outcome, Is.EqualTo(outcome));
        Assert.That(SectionText(response, "Decision").First(), Does.Contain(expected).IgnoreCase);
    }

    [Test]
    public void Every_outcome_has_its_own_default_decision()
    {
        var sentences = Enum.GetValues(typeof(OverallOutcome)).Cast<OverallOutcome>().Select(ResponseLayout.DefaultDecision).ToList();

        Assert.That(sentences, Is.Unique.And.All.Not.Empty);
    }

    [Test]
    public void Officers_decision_paragraphs_replace_the_default()
    {
        var response = new ResponseDraft(Answered(Yes).Request).Answer(1, Yes).Decision("I have decided to answer in full.").Build();

        Assert.That(SectionText(response, "Decision").First(), Is.EqualTo("I have decided to answer in full."));
    }

    [TestCase(AnswerKind.Yes, "We searched the records of North Yorkshire Police for the information you asked for, and we can confirm that it is held.")]
    [TestCase(AnswerKind.NotHeld, "We searched the records of North Yorkshire Police for the information you asked for, and we can confirm that it is not held.")]
    [TestCase(AnswerKind.NotApplicable, "We searched the records of North Yorkshire Police for the information you asked for.")]
    public void Default_searches_sentence_says_whether_the_information_is_held(AnswerKind kind, string expected)
    {
        var answer = kind switch
        {
            AnswerKind.Yes => Yes,
            AnswerKind.NotHeld => NotHeld,
            _ => NotApplicable,
        };

        Assert.That(SectionText(Answered(answer), "Extent and Result of Searches to Locate Information"), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void Withheld_information_counts_as_held()
    {
        Assert.That(SectionText(WithheldOnly(), "Extent and Result of Searches to Locate Information").Single(), Does.EndWith("it is held."));
    }

    [Test]
    public void Officers_searches_paragraphs_replace_the_default()
    {
        var response = new ResponseDraft(Answered(Yes).Request).Answer(1, Yes).ExtentOfSearches("We asked the ICT department.").Build();

        Assert.That(SectionText(response, "Extent and Result of Searches to Locate Information"), Is.EqualTo(new[] { "We asked the ICT department." }));
    }

    private static FoiResponse WithheldOnly()
    {
        var request = new FoiRequestDefinition("FOI 5/24", Authority, "Test", null, new[]
        {
            new QuestionDefinition(1, "Published", "Where is it published?", 0, Exemptions.S21),
        });
        return new ResponseDraft(request).ReasonablyAccessible("In the publication scheme.").Build();
    }

    private static IEnumerable<string> AnswerLines(FoiResponse response) =>
        Layout(response).Blocks.OfType<AnswerList>().SelectMany(a => a.Lines).Select(l => l.Label + ". " + l.Answer);

    private static IEnumerable<string> Paragraphs(FoiResponse response) =>
        Layout(response).Blocks.OfType<Paragraph>().Select(p => p.Text);

    /// <summary>The paragraphs under a heading, up to the next heading or list.</summary>
    private static IReadOnlyList<string> SectionText(FoiResponse response, string heading) =>
        Layout(response).Blocks
            .SkipWhile(b => b is not Heading h || h.Text != heading)
            .Skip(1)
            .TakeWhile(b => b is Paragraph)
            .Cast<Paragraph>()
            .Select(p => p.Text)
            .ToList();
}
