using System;
using System.Collections.Generic;
using System.Linq;

namespace FoiDsl.Rendering;

/// <summary>Arranges a finished response into the blocks every renderer prints.</summary>
public interface IResponseLayout
{
    /// <summary>Lays out <paramref name="response"/> as a document.</summary>
    ResponseDocument Arrange(FoiResponse response);
}

/// <summary>
/// The layout police forces use, following the NPCC template: title and request details;
/// <em>Request</em> (the questions as received); <em>Response</em> with the extent of searches,
/// the decision and answers, evidence of harm, the public interest test, the balance test and
/// notes; then the requester's right to a review. Sections with nothing to say are left out;
/// where the officer wrote no searches or decision paragraph, one is written from the data.
/// </summary>
public sealed class ResponseLayout : IResponseLayout
{
    private ResponseLayout()
    {
    }

    /// <summary>The police (NPCC) layout, used by the renderers unless told otherwise.</summary>
    public static ResponseLayout Police { get; } = new();

    /// <inheritdoc />
    public ResponseDocument Arrange(FoiResponse response)
    {
        if (response is null)
        {
            throw new ArgumentNullException(nameof(response));
        }

        var request = response.Request;
        var title = Title(request);
        var blocks = new List<DocumentBlock> { new Heading(1, title) };

        var details = Details(response);
        if (details.Count > 0)
        {
            blocks.Add(new RequestDetails(details));
        }

        blocks.Add(new Heading(2, "Request"));
        if (request.Questions.Count > 0)
        {
            blocks.Add(new QuestionList(request.Questions.Select(q => new NumberedQuestion(q.Number, Prose.Tidy(q.Wording))).ToArray()));
        }

        blocks.Add(new Heading(2, "Response"));
        AddSearches(blocks, response);
        AddDecision(blocks, response);
        AddEvidenceOfHarm(blocks, response);
        AddPublicInterestTests(blocks, response);
        AddSection(blocks, 3, "Balance Test", response.BalanceTest);
        AddSection(blocks, 3, "Advice and Assistance", response.AdviceAndAssistance);
        AddSection(blocks, 3, "Notes", response.ClosingNotes);

        if (response.Rights is { } rights)
        {
            blocks.Add(new Heading(2, "Your Right to Request a Review"));
            blocks.AddRange(Paragraphs(rights.InternalReview));
            blocks.AddRange(Paragraphs(rights.InformationCommissioner));
        }

        return new ResponseDocument(title, blocks);
    }

    /// <summary>The sentence written under "Extent and Result of Searches" when the officer wrote none; null when the section is left out.</summary>
    internal static string? DefaultSearches(FoiResponse response)
    {
        if (response.Outcome is OverallOutcome.NeitherConfirmNorDeny or OverallOutcome.Refused)
        {
            // NCND: saying where we looked, or what we found, would confirm or deny. Refused: there was no search to report.
            return null;
        }

        var where = response.Request.Authority ?? "this authority";
        var held = response.Questions.Any(q => q.Outcome is QuestionOutcome.Disclosed or QuestionOutcome.Withheld);
        var notHeld = !held && response.Questions.Any(q => q.Outcome == QuestionOutcome.NotHeld);
        var searched = $"We searched the records of {where} for the information you asked for";
        return held ? searched + ", and we can confirm that it is held."
            : notHeld ? searched + ", and we can confirm that it is not held."
            : searched + ".";
    }

    /// <summary>The sentence opening "Decision" when the officer wrote none.</summary>
    internal static string DefaultDecision(OverallOutcome outcome) => outcome switch
    {
        OverallOutcome.GrantedInFull => "All of the information you asked for is released to you, as set out below.",
        OverallOutcome.PartiallyWithheld => "Part of the information you asked for is released to you below; the rest is withheld for the reasons given in this response.",
        OverallOutcome.WithheldInFull => "The information you asked for is withheld in full, for the reasons given in this response.",
        OverallOutcome.NotHeld => "As none of the information you asked for is held, there is nothing to release to you.",
        OverallOutcome.NeitherConfirmNorDeny => "We will neither confirm nor deny whether the information you asked for is held, for the reasons given in this response.",
        OverallOutcome.Refused => "Your request is refused, for the reasons given in this response.",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
    };

    /// <summary>
    /// The answers in question order. A run of neighbouring questions with the same answer shares one
    /// line; a question without an answer (withheld) ends the run.
    /// </summary>
    internal static IReadOnlyList<AnswerLine> AnswerLines(IReadOnlyList<QuestionResponse> questions)
    {
        var lines = new List<AnswerLine>();
        var run = new List<int>();
        Answer? runAnswer = null;

        void Close()
        {
            if (run.Count > 0 && runAnswer is not null)
            {
                lines.Add(new AnswerLine(run.ToArray(), Prose.Tidy(runAnswer.Display)));
            }

            run.Clear();
            runAnswer = null;
        }

        foreach (var question in questions.OrderBy(q => q.Question.Number))
        {
            if (question.Answer is null)
            {
                Close();
                continue;
            }

            if (runAnswer is null || !runAnswer.Equals(question.Answer))
            {
                Close();
                runAnswer = question.Answer;
            }

            run.Add(question.Question.Number);
        }

        Close();
        return lines;
    }

    /// <summary>
    /// One sentence per distinct set of exemptions, naming the withheld questions that share it,
    /// e.g. "The information asked for in Q6, Q7 and Q8 is exempt from disclosure under s24(1) – National security and s31(1) – Law enforcement."
    /// </summary>
    internal static IReadOnlyList<string> ExemptionSentences(IReadOnlyList<QuestionResponse> questions)
    {
        return questions
            .Where(q => q.Outcome == QuestionOutcome.Withheld && q.Exemptions.Count > 0)
            .OrderBy(q => q.Question.Number)
            .GroupBy(q => string.Join("|", q.Exemptions.Select(e => e.Citation).Distinct().OrderBy(c => c, StringComparer.Ordinal)))
            .Select(group =>
            {
                var labels = group.Select(q => q.Question.Label);
                var grounds = group.First().Exemptions.GroupBy(e => e.Citation).Select(g => g.First().ToString());
                return $"The information asked for in {Prose.List(labels)} is exempt from disclosure under {Prose.List(grounds)}.";
            })
            .ToArray();
    }

    /// <summary>The sentence stating how likely the harm is, e.g. "Disclosure would be likely to prejudice the interests protected by s31(1) – Law enforcement."</summary>
    internal static string? LikelihoodSentence(EvidenceOfHarm harm)
    {
        if (harm.Likelihood is not { } likelihood)
        {
            return null; // not stated: the response does not claim a likelihood the officer did not give
        }

        var degree = likelihood == HarmLikelihood.Would ? "would" : "would be likely to";
        return $"Disclosure {degree} prejudice the interests protected by {Prose.List(harm.Exemptions.Select(e => e.ToString()))}.";
    }

    private static string Title(FoiRequestDefinition request)
    {
        var title = Prose.Tidy(request.Title);
        var reference = Prose.Tidy(request.Reference);
        return title.Length == 0 ? reference : title + " — " + reference;
    }

    private static List<RequestDetail> Details(FoiResponse response)
    {
        var details = new List<RequestDetail>();
        if (response.Request.Authority is { } authority)
        {
            details.Add(new RequestDetail("Authority", Prose.Tidy(authority)));
        }

        if (response.Request.Received is { } received)
        {
            details.Add(new RequestDetail("Date received", Prose.Date(received)));
        }

        if (response.RespondedOn is { } respondedOn)
        {
            details.Add(new RequestDetail("Date of response", Prose.Date(respondedOn)));
        }

        return details;
    }

    private static void AddSearches(List<DocumentBlock> blocks, FoiResponse response)
    {
        if (response.ExtentOfSearches.Count > 0)
        {
            AddSection(blocks, 3, "Extent and Result of Searches to Locate Information", response.ExtentOfSearches);
        }
        else if (DefaultSearches(response) is { } sentence)
        {
            AddSection(blocks, 3, "Extent and Result of Searches to Locate Information", new[] { sentence });
        }
    }

    private static void AddDecision(List<DocumentBlock> blocks, FoiResponse response)
    {
        blocks.Add(new Heading(3, "Decision"));
        blocks.AddRange(Paragraphs(response.Decision.Count > 0 ? response.Decision : new[] { DefaultDecision(response.Outcome) }));

        var answers = AnswerLines(response.Questions);
        if (answers.Count > 0)
        {
            blocks.Add(new AnswerList(answers));
        }

        blocks.AddRange(ExemptionSentences(response.Questions).Select(s => new Paragraph(s)));
        blocks.AddRange(NeitherConfirmNorDenySentences(response.Questions).Select(s => new Paragraph(s)));

        if (response.Request.RefusedUnder is { } ground)
        {
            blocks.Add(new Paragraph(RefusalSentence(ground)));
            blocks.AddRange(Paragraphs(response.RefusalReasons));
            blocks.AddRange(CostEstimateText.Blocks(response));
        }
    }

    /// <summary>The s17(5) statement that the whole request is refused, e.g. "Your request is refused under s12(1) – Cost of compliance exceeds the appropriate limit."</summary>
    internal static string RefusalSentence(ExemptionClaim ground) =>
        $"This response is a notice under section 17(5) of the Freedom of Information Act 2000: your request is refused under {ground}.";

    /// <summary>
    /// One sentence per distinct set of NCND provisions, naming the questions that share it and
    /// saying that no inference should be drawn (s1(1)(a) is excluded, not answered).
    /// </summary>
    internal static IReadOnlyList<string> NeitherConfirmNorDenySentences(IReadOnlyList<QuestionResponse> questions) =>
        questions
            .Where(q => q.Outcome == QuestionOutcome.NeitherConfirmNorDeny)
            .OrderBy(q => q.Question.Number)
            .GroupBy(q => string.Join("|", q.NeitherConfirmNorDeny.Select(e => e.Citation).OrderBy(c => c, StringComparer.Ordinal)))
            .Select(group =>
            {
                var labels = group.Select(q => q.Question.Label);
                var grounds = group.First().NeitherConfirmNorDeny.Select(e => e.ToString());
                return $"We neither confirm nor deny whether we hold the information asked for in {Prose.List(labels)}, as {Prose.List(grounds)} {(group.First().NeitherConfirmNorDeny.Count == 1 ? "applies" : "apply")}. "
                    + "This is not an indication that the information is, or is not, held.";
            })
            .ToArray();

    private static void AddEvidenceOfHarm(List<DocumentBlock> blocks, FoiResponse response)
    {
        if (response.EvidenceOfHarm.Count == 0)
        {
            return;
        }

        blocks.Add(new Heading(3, "Evidence of Harm"));
        foreach (var harm in response.EvidenceOfHarm)
        {
            if (LikelihoodSentence(harm) is { } sentence)
            {
                blocks.Add(new Paragraph(sentence));
            }

            blocks.AddRange(Paragraphs(harm.Paragraphs));
        }
    }

    private static void AddPublicInterestTests(List<DocumentBlock> blocks, FoiResponse response)
    {
        if (response.PublicInterestTests.Count == 0)
        {
            return;
        }

        blocks.Add(new Heading(3, "Public Interest Test"));
        foreach (var test in response.PublicInterestTests)
        {
            var section = test.Exemption.Exemption.SectionName;
            AddSection(blocks, 4, "Factors favouring disclosure – " + section, test.FavouringDisclosure);
            AddSection(blocks, 4, "Factors favouring non-disclosure – " + section, test.FavouringNonDisclosure);
        }
    }

    private static void AddSection(List<DocumentBlock> blocks, int level, string heading, IReadOnlyList<string> paragraphs)
    {
        var content = Paragraphs(paragraphs).ToList();
        if (content.Count == 0)
        {
            return;
        }

        blocks.Add(new Heading(level, heading));
        blocks.AddRange(content);
    }

    private static IEnumerable<Paragraph> Paragraphs(IEnumerable<string> paragraphs) =>
        paragraphs.Select(Prose.Tidy).Where(p => p.Length > 0).Select(p => new Paragraph(p));
}
