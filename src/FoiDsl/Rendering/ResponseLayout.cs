using System;
using System.Collections.Generic;
using System.Linq;

namespace FoiDsl.Rendering;

/// <summary>Arranges a finished response into the blocks every renderer prints.</summary>
public interface IResponseLayout
{
    /// <summary>Lays out <paramref name="response"/> as a document: the published copy, naming no applicant.</summary>
    ResponseDocument Arrange(FoiResponse response);

    /// <summary>Lays out <paramref name="letter"/> as sent: the response addressed to its applicant and signed.</summary>
    ResponseDocument Arrange(ResponseLetter letter);
}

/// <summary>
/// A layout: which furniture the document carries (a letter's addressee, references, salutation and
/// sign-off, or the police (NPCC) request details), the words of its headings, and its options: a
/// protective marking, each question printed with its answer, the reasons in an annex. One mechanism
/// arranges every layout; the two shipped are <see cref="Police"/> and <see cref="Letter"/>, and any
/// can be changed with <c>with</c> (<c>ResponseLayout.Letter with { ProtectiveMarking = "OFFICIAL" }</c>)
/// or without code in a layout file (docs/layouts.md).
/// </summary>
/// <remarks>
/// The sections, in order: title and request details; <em>Request</em> (the questions as received);
/// <em>Response</em> with the delay, the extent of searches, the decision and answers, the reasons,
/// evidence of harm, the public interest test, the balance test, advice and notes; then the
/// requester's right to a review. Sections with nothing to say are left out; where the officer wrote
/// no searches or decision paragraph, one is written from the data.
/// </remarks>
public sealed record ResponseLayout : IResponseLayout
{
    private ResponseLayout(DocumentLayout kind, SectionHeadings headings)
    {
        Kind = kind;
        Headings = headings;
    }

    /// <summary>The police (NPCC) layout: the default unless the authority or the request chooses another.</summary>
    public static ResponseLayout Police { get; } = new(DocumentLayout.Police, SectionHeadings.Police);

    /// <summary>The letter layout, with each question printed with its answer.</summary>
    public static ResponseLayout Letter { get; } = new(DocumentLayout.Letter, SectionHeadings.Letter) { AnswersUnderQuestions = true };

    /// <summary>
    /// The layout each response asks for: its request's <c>[FoiRequest(Layout = ...)]</c>, else its
    /// authority's <c>[assembly: FoiAuthority(Layout = ...)]</c>, else <see cref="Police"/>. The renderers use it unless given another.
    /// </summary>
    public static RequestedLayout AsRequested { get; } = new(Police, Letter);

    /// <summary>The shipped layout of <paramref name="kind"/>.</summary>
    public static ResponseLayout For(DocumentLayout kind) => kind == DocumentLayout.Letter ? Letter : Police;

    /// <summary>Which furniture the document carries: the police request details, or a letter's.</summary>
    public DocumentLayout Kind { get; init; }

    /// <summary>The words of the headings and labels.</summary>
    public SectionHeadings Headings { get; init; }

    /// <summary>A protective marking printed at the top, e.g. <c>OFFICIAL</c>; none when null.</summary>
    public string? ProtectiveMarking { get; init; }

    /// <summary>True to print each question with its answer under it (<see cref="SectionHeadings.YouAsked"/> / <see cref="SectionHeadings.WeAnswered"/>) instead of the questions, then the answers.</summary>
    public bool AnswersUnderQuestions { get; init; }

    /// <summary>True to put the reasons, evidence of harm, public interest tests and balance test in an annex after the rights paragraph (and the sign-off).</summary>
    public bool ReasonsInAnnex { get; init; }

    /// <inheritdoc />
    public ResponseDocument Arrange(FoiResponse response) => Arrange(response ?? throw new ArgumentNullException(nameof(response)), null);

    /// <summary>
    /// Lays out a letter: the response addressed to its applicant and signed. Only letters carry the
    /// applicant; lay out <see cref="ResponseLetter.PublishedCopy"/> for publication.
    /// </summary>
    public ResponseDocument Arrange(ResponseLetter letter) => Arrange((letter ?? throw new ArgumentNullException(nameof(letter))).Response, letter);

    private ResponseDocument Arrange(FoiResponse response, ResponseLetter? letter)
    {
        var request = response.Request;
        var title = Title(request);
        var blocks = new List<DocumentBlock>();
        if (ProtectiveMarking is { } marking && Prose.Tidy(marking) is { Length: > 0 } tidyMarking)
        {
            blocks.Add(new Marking(tidyMarking));
        }

        blocks.Add(new Heading(1, title));
        if (Kind == DocumentLayout.Letter)
        {
            LetterLayout.AddHead(blocks, response, letter, Headings);
        }
        else
        {
            AddDetails(blocks, response, letter);
        }

        var requestBlocks = RequestBlocks(request, questions: !AnswersUnderQuestions || IsUnnumbered(request)).ToList();
        if (requestBlocks.Count > 0)
        {
            blocks.Add(new Heading(2, Headings.Request));
            blocks.AddRange(requestBlocks);
        }

        blocks.Add(new Heading(2, Headings.Response));
        AddDelay(blocks, response);
        AddSearches(blocks, response);
        AddDecision(blocks, response);
        AddPresumption(blocks, response);

        var reasons = new List<DocumentBlock>();
        AddReasons(reasons, response);
        AddEvidenceOfHarm(reasons, response);
        AddPublicInterestTests(reasons, response);
        AddSection(reasons, 3, Headings.BalanceTest, response.BalanceTest);
        if (!ReasonsInAnnex)
        {
            blocks.AddRange(reasons);
        }
        else if (reasons.Count > 0)
        {
            blocks.Add(new Paragraph($"Our reasons are set out in the annex at the end of this {(Kind == DocumentLayout.Letter ? "letter" : "response")} ({Headings.Annex})."));
        }

        AddSection(blocks, 3, Headings.AdviceAndAssistance, response.AdviceAndAssistance);
        AddSection(blocks, 3, Headings.Notes, response.ClosingNotes);

        if (response.Rights is { } rights)
        {
            blocks.Add(new Heading(2, Headings.Rights));
            blocks.AddRange(Paragraphs(rights.InternalReview));
            blocks.AddRange(Paragraphs(rights.InformationCommissioner));
        }

        if (Kind == DocumentLayout.Letter)
        {
            LetterLayout.AddSignOff(blocks, response, letter, Headings);
        }
        else if (letter?.SignedBy is { } signatory)
        {
            blocks.Add(new Paragraph(Headings.Closing + ","));
            blocks.Add(new Paragraph(Prose.Tidy(signatory.Name)));
            blocks.Add(new Paragraph(Prose.Tidy(signatory.Role)));
        }

        if (ReasonsInAnnex && reasons.Count > 0)
        {
            blocks.Add(new Heading(2, Headings.Annex));
            blocks.AddRange(reasons);
        }

        return new ResponseDocument(title, blocks);
    }

    /// <summary>The request as received: preamble and scope, the questions (unless printed with their answers), clarifications.</summary>
    private static IEnumerable<DocumentBlock> RequestBlocks(FoiRequestDefinition request, bool questions)
    {
        foreach (var text in RequestTexts(request, RequestTextKind.Preamble, RequestTextKind.Scope))
        {
            yield return text;
        }

        if (IsUnnumbered(request))
        {
            yield return new Paragraph(Prose.Tidy(request.Questions[0].Wording)) { IsRequestersWords = true }; // one request in the requester's words, not "Q1"
        }
        else if (questions && request.Questions.Count > 0)
        {
            yield return new QuestionList(request.Questions.Select(q => new NumberedQuestion(q.Number, Prose.Tidy(q.Wording)) { Label = q.Label }).ToArray());
        }

        foreach (var text in RequestTexts(request, RequestTextKind.Clarification))
        {
            yield return text;
        }
    }

    /// <summary>The police request details under the title; a letter's applicant comes first among them.</summary>
    private static void AddDetails(List<DocumentBlock> blocks, FoiResponse response, ResponseLetter? letter)
    {
        var details = new List<RequestDetail>();
        if (letter is not null)
        {
            details.Add(new RequestDetail("To", Prose.Tidy(letter.Applicant.Name)));
            if (letter.Applicant.Email is { } email)
            {
                details.Add(new RequestDetail("Email", Prose.Tidy(email)));
            }

            if (letter.Applicant.Address is { } address)
            {
                details.Add(new RequestDetail("Address", Prose.Tidy(address)));
            }
        }

        details.AddRange(Details(response));
        if (details.Count > 0)
        {
            blocks.Add(new RequestDetails(details));
        }
    }

    /// <summary>
    /// Lays out an interim notice extending the time to weigh the public interest (s10(3), s17(2)):
    /// the request, the exemptions being considered, that no decision has been reached, the estimated
    /// date, the officer's reasons, and the rights paragraph. It never says whether information is held.
    /// </summary>
    public ResponseDocument Arrange(ExtensionNotice notice)
    {
        if (notice is null)
        {
            throw new ArgumentNullException(nameof(notice));
        }

        var request = notice.Request;
        var title = "Extension of time to consider the public interest — " + Prose.Tidy(request.Reference);
        var blocks = new List<DocumentBlock> { new Heading(1, title) };
        var details = new List<RequestDetail>();
        if (request.Authority is { } authority)
        {
            details.Add(new RequestDetail("Authority", Prose.Tidy(authority)));
        }

        details.Add(new RequestDetail("Date received", Prose.Date(request.Received!.Value)));
        details.Add(new RequestDetail("Response due (section 10(1))", Prose.Date(notice.Timeliness.StatutoryDueDate)));
        details.Add(new RequestDetail("Date of this notice", Prose.Date(notice.Extension.NoticeGiven)));
        details.Add(new RequestDetail("Decision expected by", Prose.Date(notice.Extension.NewDueDate)));
        blocks.Add(new RequestDetails(details));

        blocks.Add(new Heading(2, Headings.Request));
        blocks.AddRange(RequestBlocks(request, questions: true));
        blocks.Add(new Heading(2, "Extension of Time"));
        var exemptions = Prose.List(notice.Exemptions.Select(e => e.ToString()));
        blocks.Add(new Paragraph($"We have not yet reached a decision on your request. We are considering whether {exemptions} {(notice.Exemptions.Count == 1 ? "applies" : "apply")}, and {(notice.Exemptions.Count == 1 ? "it is a qualified exemption" : "they are qualified exemptions")}: we must weigh the public interest before deciding. Section 10(3) of the Freedom of Information Act 2000 allows us a reasonable extra time to do so, and this notice is given under section 17(2)."));
        blocks.Add(new Paragraph($"We expect to send you our decision by {Prose.Date(notice.Extension.NewDueDate)}."));
        blocks.AddRange(Paragraphs(notice.Reasons));
        blocks.Add(new Heading(2, Headings.Rights));
        blocks.AddRange(Paragraphs(notice.Rights.InternalReview));
        blocks.AddRange(Paragraphs(notice.Rights.InformationCommissioner));
        return new ResponseDocument(title, blocks);
    }

    /// <summary>The sentence written under "Extent and Result of Searches" when the officer wrote none; null when the section is left out.</summary>
    internal static string? DefaultSearches(FoiResponse response)
    {
        if (response.Outcome == OverallOutcome.Refused
            || response.Questions.Any(q => q.Outcome == QuestionOutcome.NeitherConfirmNorDeny)
            || response.Request.RefusedOnCost.Any(q => q.CostRefusal!.Ground.Citation == ProceduralGrounds.S12ConfirmOrDeny))
        {
            // NCND (for any question, or by cost under s12(2)): saying where we looked, or what we found, would
            // confirm or deny (s1(1)(a)), so nothing is written for the officer. Refused: there was no search to report.
            return null;
        }

        var where = response.Request.Profile is { } profile && response.Request.Authority == profile.Name ? profile.InSentence : response.Request.Authority ?? "this authority";
        var held = response.Questions.Any(q => q.Outcome is QuestionOutcome.Disclosed or QuestionOutcome.Withheld or QuestionOutcome.PartlyWithheld or QuestionOutcome.PartlyRefused);
        var notHeld = !held && response.Questions.Any(q => q.Outcome == QuestionOutcome.NotHeld);
        var searched = $"We searched the records of {where} for the information you asked for";
        return held ? searched + ", and we can confirm that it is held."
            : notHeld ? searched + ", and we can confirm that it is not held."
            : searched + ".";
    }

    /// <summary>
    /// The sentence opening "Decision" when the officer wrote none. Where any question is neither
    /// confirmed nor denied, the sentence never says that information is held or "withheld" for
    /// those questions (s1(1)(a) is excluded for them, not answered).
    /// </summary>
    internal static string DefaultDecision(FoiResponse response)
    {
        bool Any(QuestionOutcome outcome) => response.Questions.Any(q => q.Outcome == outcome);

        if (response.Outcome != OverallOutcome.Refused && response.Request.RefusedUnder is null && response.Request.RefusedOnCost.Any())
        {
            return DecisionWithCostRefusals(response);
        }

        if (response.Outcome == OverallOutcome.Refused || !Any(QuestionOutcome.NeitherConfirmNorDeny))
        {
            return DefaultDecision(response.Outcome);
        }

        var released = Any(QuestionOutcome.Disclosed) || Any(QuestionOutcome.NotHeld) || Any(QuestionOutcome.PartlyWithheld);
        var withheld = Any(QuestionOutcome.Withheld) || Any(QuestionOutcome.PartlyWithheld);
        var ncnd = "we neither confirm nor deny whether we hold the information asked for in the questions named below";
        return (released, withheld) switch
        {
            (true, true) => $"Part of the information you asked for is released to you below and part is withheld; for the rest, {ncnd}. The reasons are given in this response.",
            (true, false) => $"We have answered part of your request below; for the rest, {ncnd}. The reasons are given in this response.",
            (false, true) => $"Part of the information you asked for is withheld; for the rest, {ncnd}. The reasons are given in this response.",
            _ => DefaultDecision(OverallOutcome.NeitherConfirmNorDeny),
        };
    }

    /// <summary>
    /// The decision when some questions, or parts of them, cost too much to answer (s12) and the rest is
    /// answered: what is released, then each reason the rest is not, never "withheld" for what is refused on cost.
    /// </summary>
    private static string DecisionWithCostRefusals(FoiResponse response)
    {
        bool Any(QuestionOutcome outcome) => response.Questions.Any(q => q.Outcome == outcome);

        var rest = new List<string>();
        if (Any(QuestionOutcome.Withheld) || Any(QuestionOutcome.PartlyWithheld))
        {
            // "exemptions" (FOIA, FOISA), "exceptions" (EIR), or both for a request with environmental questions
            var grounds = response.Request.ExemptionsClaimed.Select(c => RegimeDefinition.For(c.Regime).GroundWordPlural).Distinct();
            rest.Add($"some is withheld under the {string.Join(" and ", grounds)} named below");
        }

        if (Any(QuestionOutcome.NeitherConfirmNorDeny))
        {
            rest.Add("for some we neither confirm nor deny whether we hold it");
        }

        rest.Add($"some would cost more than the {(response.Request.CostGround is { } ground ? RegimeDefinition.For(ground.Regime) : response.Request.RegimeDefinition).CostLimitName} to provide (section 12)");
        return $"Part of the information you asked for is released to you below; {Prose.List(rest)}. The reasons are given in this response.";
    }

    /// <summary>
    /// The statement for questions, or parts of them, refused because their cost would exceed the limit
    /// while the rest is answered. s12 applies to a request as a whole, so the sentence says that s12
    /// applies to the request because of them, and that the rest is answered all the same; under s12(2)
    /// it says that the authority need not confirm or deny whether it holds them.
    /// </summary>
    internal static IReadOnlyList<string> CostRefusalSentences(FoiRequestDefinition request)
    {
        var sentences = new List<string>();
        foreach (var group in request.RefusedOnCost.GroupBy(q => q.CostRefusal!.Ground.Citation))
        {
            var what = Prose.List(group.Select(q => q.CostRefusal!.Part is { } part ? $"part of the information {AskedFor(new[] { q })} ({Prose.Tidy(part)})" : $"the information {AskedFor(new[] { q })}"));
            var regime = RegimeDefinition.For(group.First().CostRefusal!.Ground.Regime);
            sentences.Add(group.Key == regime.CostNeitherConfirmNorDeny
                ? $"We estimate that the cost of establishing whether we hold {what} would by itself exceed the appropriate limit, so under section 12(2) of the {regime.Name} we are not obliged to confirm or deny whether we hold it."
                : $"We estimate that the cost of providing {what} would by itself exceed the {regime.CostLimitName}, so {regime.CostProvision} applies to your request.");
        }

        if (sentences.Count > 0)
        {
            var regime = request.RegimeDefinition;
            sentences.Add($"Section 12 would allow us to refuse your whole request; we have nonetheless answered the rest of it. For the information named above, this response is a notice under {regime.ProceduralRefusalNotice}.");
        }

        return sentences;
    }

    /// <summary>The sentence opening "Decision" for an outcome, when no question is neither confirmed nor denied.</summary>
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
        var run = new List<QuestionDefinition>();
        Answer? runAnswer = null;

        void Close()
        {
            if (run.Count > 0 && runAnswer is not null)
            {
                lines.Add(new AnswerLine(run.Select(q => q.Number).ToArray(), Prose.Tidy(runAnswer.Display)) { Labels = run.Select(q => q.Label).ToArray() });
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

            run.Add(question.Question);
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
        var whole = questions
            .Where(q => q.Outcome == QuestionOutcome.Withheld && q.Exemptions.Count > 0)
            .OrderBy(q => q.Question.Number)
            .GroupBy(q => string.Join("|", q.Exemptions.Select(e => e.Citation).Distinct().OrderBy(c => c, StringComparer.Ordinal)))
            .Select(group =>
            {
                return $"The information {AskedFor(group.Select(q => q.Question))} {WithheldUnder(group.First().Exemptions)} {Grounds(group.First().Exemptions)}.";
            });

        // A question answered in part: one sentence per part withheld, naming the part.
        var parts = questions
            .Where(q => q.Outcome == QuestionOutcome.PartlyWithheld)
            .OrderBy(q => q.Question.Number)
            .SelectMany(q => q.PartsWithheld.Select(p => $"Part of the information {AskedFor(new[] { q.Question })}, {p.Part}, {WithheldUnder(p.Exemptions)} {Grounds(p.Exemptions)}."));
        return whole.Concat(parts).ToArray();
    }

    /// <summary>"asked for in Q1 and Q3", or "you asked for" when the request is one unnumbered question.</summary>
    private static string AskedFor(IEnumerable<QuestionDefinition> questions)
    {
        var labels = questions.Select(q => q.Label).Where(l => l.Length > 0).ToList();
        return labels.Count == 0 ? "you asked for" : "asked for in " + Prose.List(labels);
    }

    /// <summary>The request's texts of the given kinds, in that order of kinds: clarifications carry their date.</summary>
    private static IEnumerable<Paragraph> RequestTexts(FoiRequestDefinition request, params RequestTextKind[] kinds) =>
        kinds.SelectMany(kind => request.Texts.Where(t => t.Kind == kind))
            .Select(t => t.Kind == RequestTextKind.Clarification
                ? (t.Received is { } date ? $"Clarification received on {Prose.Date(date)}: " : "Clarification: ") + Prose.Tidy(t.Text)
                : Prose.Tidy(t.Text))
            .Select(text => new Paragraph(text) { IsRequestersWords = true });

    /// <summary>True for a request of one question that the requester did not number: it is printed as the request itself.</summary>
    private static bool IsUnnumbered(FoiRequestDefinition request) => request.Questions.Count == 1 && request.Questions[0].IsUnnumbered;

    /// <summary>"is exempt from disclosure under" (FOIA, FOISA) or "is excepted from disclosure under" (EIR): a question's grounds are all of its regime.</summary>
    private static string WithheldUnder(IEnumerable<ExemptionClaim> claims) =>
        RegimeDefinition.For(claims.First().Regime).WithheldUnder;

    /// <summary>"exemptions", "exceptions", or "exceptions and exemptions" for a mixed response: what the grounds claimed are called.</summary>
    private static string GroundsHeading(IEnumerable<ExemptionClaim> claims) =>
        string.Join(" and ", claims.Select(c => RegimeDefinition.For(c.Regime).GroundWordPlural.ToLowerInvariant()).Distinct().OrderBy(w => w, StringComparer.Ordinal));

    /// <summary>A provision as a heading names it: <c>Section 31(3)</c>, <c>Regulation 12(6)</c>.</summary>
    private static string ProvisionName(string citation) =>
        citation.StartsWith("reg ", StringComparison.Ordinal) ? "Regulation " + citation.Substring(4) : "Section " + citation.Substring(1);

    private static string Grounds(IEnumerable<ExemptionClaim> exemptions) =>
        Prose.List(exemptions.GroupBy(e => e.Citation).Select(g => g.First().ToString()));

    /// <summary>
    /// The sentences stating the test each exemption of <paramref name="harm"/> meets, worded as the
    /// provision is: "would [be likely to] prejudice" (e.g. s31), "endanger" (s38), "inhibit"
    /// (s36(2)(b)), "is required for the purpose of" (s24, s34: no likelihood), in the reasonable
    /// opinion of the qualified person for s36. Class exemptions get no sentence; nor does a
    /// likelihood-based test whose likelihood the officer did not state. For an NCND claim the harm
    /// is that of confirming or denying whether the information is held (s1(1)(a)), not of disclosure.
    /// </summary>
    internal static IReadOnlyList<string> HarmSentences(EvidenceOfHarm harm)
    {
        var ncnd = harm.IsNeitherConfirmNorDeny;
        var subject = ncnd ? "confirming or denying whether the information is held" : "disclosure";
        var degree = harm.Likelihood switch
        {
            HarmLikelihood.Would => "would",
            HarmLikelihood.WouldBeLikelyTo => "would be likely to",
            _ => null,
        };

        var sentences = new List<string>();
        foreach (var group in harm.Exemptions.GroupBy(c => (c.HarmWording, c.Exemption.Purpose, c.Exemption.NeedsQualifiedPersonsOpinion)))
        {
            var cited = Prose.List(group.Select(c => c.ToString()));
            var (wording, purpose, opinion) = group.Key;
            if (wording == HarmWording.RequiredForPurpose)
            {
                var duty = ncnd ? "the duty to confirm or deny whether the information is held" : "the duty to disclose the information";
                sentences.Add($"Exemption from {duty} is required for the purpose of {purpose} ({cited}).");
                continue;
            }

            if (wording == HarmWording.AdverselyAffect)
            {
                // EIR reg 12(5): one standard, "would" — more probable than not — and no likelihood to choose.
                sentences.Add($"{char.ToUpperInvariant(subject[0])}{subject.Substring(1)} would adversely affect the interests protected by {cited}.");
                continue;
            }

            var effect = wording switch
            {
                HarmWording.Prejudice => $"prejudice the interests protected by {cited}",
                HarmWording.PrejudiceSubstantially => $"prejudice substantially the interests protected by {cited}",
                HarmWording.InhibitSubstantially => $"inhibit substantially the free and frank provision of advice or exchange of views for the purposes of deliberation ({cited})",
                HarmWording.Endanger => $"endanger the physical or mental health or the safety of an individual ({cited})",
                HarmWording.Inhibit => $"inhibit the free and frank provision of advice or exchange of views for the purposes of deliberation ({cited})",
                HarmWording.PrejudiceOrInhibit => $"have the effects set out in {cited}",
                _ => null,
            };
            if (effect is null || degree is null)
            {
                continue; // a class exemption, or a likelihood the officer did not state (FOI0017)
            }

            sentences.Add(opinion
                ? $"In the reasonable opinion of the qualified person, {subject} {degree} {effect}."
                : $"{char.ToUpperInvariant(subject[0])}{subject.Substring(1)} {degree} {effect}.");
        }

        return sentences;
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

        if (Legislation(response.Request) is { } legislation)
        {
            details.Add(new RequestDetail("Answered under", legislation));
        }

        if (response.Request.Received is { } received)
        {
            details.Add(new RequestDetail("Date received", Prose.Date(received)));
        }

        if (response.Request.ClarificationReceived is { } clarified)
        {
            details.Add(new RequestDetail("Clarification received", Prose.Date(clarified)));
        }

        if (response.Request.DueDate is { } due)
        {
            details.Add(response.Request.Extension is null || response.Request.RegimeDefinition.ExtensionProvision is not { } extension
                ? new RequestDetail("Response due", Prose.Date(due))
                : new RequestDetail($"Response due (extended under {extension})", Prose.Date(due)));
        }

        if (response.RespondedOn is { } respondedOn)
        {
            details.Add(new RequestDetail("Date of response", Prose.Date(respondedOn)));
        }

        return details;
    }

    /// <summary>
    /// The legislation the request is answered under, stated when it is not the Freedom of Information Act
    /// 2000 alone; for a mixed request, which questions each regime covers (FOIA s39, FOISA s39(2)).
    /// </summary>
    internal static string? Legislation(FoiRequestDefinition request)
    {
        if (!request.IsMixed)
        {
            return request.Regime == Regime.Foia ? null : request.RegimeDefinition.Name;
        }

        return Prose.List(request.Regimes.Select(regime =>
        {
            var questions = request.Questions.Where(q => q.Regime == regime).Select(q => q.Label).Where(l => l.Length > 0).ToList();
            return questions.Count == 0 ? RegimeDefinition.For(regime).Name : $"the {RegimeDefinition.For(regime).Name} ({Prose.List(questions)})";
        }));
    }

    /// <summary>
    /// A late response says so first (FOIA s10(1)): the date it was due by, how late it is, and the
    /// officer's reasons and apology. <c>Build()</c> requires the reasons for a late response.
    /// </summary>
    private static void AddDelay(List<DocumentBlock> blocks, FoiResponse response)
    {
        if (LateSentence(response) is { } sentence)
        {
            blocks.Add(new Paragraph(sentence));
            blocks.AddRange(Paragraphs(response.ReasonsForDelay));
        }
    }

    /// <summary>The sentence stating that the response is late, or null when it is on time or its dates are not known.</summary>
    internal static string? LateSentence(FoiResponse response)
    {
        if (response.Timeliness is not { IsLate: true } timeliness)
        {
            return null;
        }

        var regime = response.Request.RegimeDefinition;
        var limit = timeliness.ExtendedDueDate is null || regime.ExtensionPurpose is not { } purpose
            ? Prose.Capitalise(regime.TimeLimitProvision) + " required us to respond"
            : $"Having extended the time {purpose}, we had to respond";
        var late = timeliness.WorkingDaysLate switch
        {
            0 => string.Empty,
            1 => "1 working day ",
            var days => days.ToString(System.Globalization.CultureInfo.InvariantCulture) + " working days ",
        };
        return $"This response is late. {limit} by {Prose.Date(timeliness.DueDate)}, and it is sent {late}after that date.";
    }

    private void AddSearches(List<DocumentBlock> blocks, FoiResponse response)
    {
        if (response.ExtentOfSearches.Count > 0)
        {
            AddSection(blocks, 3, Headings.ExtentOfSearches, response.ExtentOfSearches);
        }
        else if (DefaultSearches(response) is { } sentence)
        {
            AddSection(blocks, 3, Headings.ExtentOfSearches, new[] { sentence });
        }
    }

    private void AddDecision(List<DocumentBlock> blocks, FoiResponse response)
    {
        blocks.Add(new Heading(3, Headings.Decision));
        // Where nothing at all is confirmed or denied, the NCND statement below is the decision: no default sentence repeats it.
        var wholeNcnd = response.Outcome == OverallOutcome.NeitherConfirmNorDeny;
        blocks.AddRange(Paragraphs(response.Decision.Count > 0 ? response.Decision : wholeNcnd ? Array.Empty<string>() : new[] { DefaultDecision(response) }));

        var answers = AnswerLines(response.Questions);
        if (IsUnnumbered(response.Request))
        {
            blocks.AddRange(answers.Select(a => new Paragraph(a.Answer)));
        }
        else if (AnswersUnderQuestions && response.Questions.Count > 0)
        {
            blocks.Add(new AnsweredQuestionList(Headings.YouAsked, Headings.WeAnswered, response.Questions.OrderBy(q => q.Question.Number).Select(AnsweredQuestion).ToArray()));
        }
        else if (answers.Count > 0)
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
        else if (response.Request.RefusedOnCost.Any())
        {
            blocks.AddRange(CostRefusalSentences(response.Request).Select(s => new Paragraph(s)));
            blocks.AddRange(Paragraphs(response.RefusalReasons));
            blocks.AddRange(CostEstimateText.Blocks(response));
        }
    }

    /// <summary>A question with its answer; where no answer is printed (withheld, neither confirmed nor denied, refused), what became of it.</summary>
    private static AnsweredQuestion AnsweredQuestion(QuestionResponse question) =>
        new(question.Question.Label, Prose.Tidy(question.Question.Wording), question.Answer is { } answer ? Prose.Tidy(answer.Display) : WhatBecameOf(question));

    /// <summary>
    /// What became of a question without an answer, pointing to the reasons below: exempt (or excepted) under its
    /// grounds, neither confirmed nor denied (never saying whether anything is held), or refused.
    /// </summary>
    internal static string WhatBecameOf(QuestionResponse question) => question.Outcome switch
    {
        QuestionOutcome.Withheld when question.Exemptions.Count > 0 => $"The information {WithheldUnder(question.Exemptions)} {Grounds(question.Exemptions)}; the reasons are given below.",
        QuestionOutcome.NeitherConfirmNorDeny => "We neither confirm nor deny whether we hold this information; the reasons are given below.",
        QuestionOutcome.Refused when question.Question.CostRefusal is not null => "We have not provided this information, because the cost of doing so would exceed the limit; see below.",
        QuestionOutcome.Refused => "Your request is refused; the reasons are given below.",
        _ => "See below.",
    };

    /// <summary>The s17(5) statement that the whole request is refused, e.g. "Your request is refused under s12(1) – Cost of compliance exceeds the appropriate limit."</summary>
    internal static string RefusalSentence(ExemptionClaim ground) =>
        $"This response is a notice under {RegimeDefinition.For(ground.Regime).ProceduralRefusalNotice}: your request is refused under {ground}.";

    /// <summary>
    /// One sentence per distinct set of NCND provisions, naming the questions that share it and
    /// saying that no inference should be drawn (s1(1)(a) is excluded, not answered).
    /// </summary>
    internal static IReadOnlyList<string> NeitherConfirmNorDenySentences(IReadOnlyList<QuestionResponse> questions)
    {
        var groups = questions
            .Where(q => q.Outcome == QuestionOutcome.NeitherConfirmNorDeny)
            .OrderBy(q => q.Question.Number)
            .GroupBy(q => string.Join("|", q.NeitherConfirmNorDeny.Select(e => e.Citation).OrderBy(c => c, StringComparer.Ordinal)))
            .ToList();
        var wholeRequest = groups.Count == 1 && groups[0].Count() == questions.Count;
        return groups
            .Select(group =>
            {
                // A request neither confirmed nor denied as a whole gets one statement, naming no question.
                var what = wholeRequest ? "any of the information you asked for" : "the information asked for in " + Prose.List(group.Select(q => q.Question.Label));
                var grounds = group.First().NeitherConfirmNorDeny.Select(e => e.ToString());
                return $"We neither confirm nor deny whether we hold {what}, as {Prose.List(grounds)} {(group.First().NeitherConfirmNorDeny.Count == 1 ? "applies" : "apply")}. "
                    + "This is not an indication that the information is, or is not, held.";
            })
            .ToArray();
    }

    /// <summary>
    /// The presumption in favour of disclosure (EIR reg 12(2), EIR (Scotland) reg 10(2)), stated once in any
    /// response that withholds information, or neither confirms nor denies, under such a regime.
    /// </summary>
    private static void AddPresumption(List<DocumentBlock> blocks, FoiResponse response)
    {
        var presumptions = response.ExemptionsClaimed
            .Select(c => RegimeDefinition.For(c.Regime).PresumptionInFavourOfDisclosure)
            .Where(p => p is not null)
            .Distinct()
            .ToList();
        blocks.AddRange(presumptions.Select(p => new Paragraph(p!)));
    }

    /// <summary>Why each withheld exemption applies (s17(1)(c)), one subsection per exemption, in the form the exemption calls for.</summary>
    private void AddReasons(List<DocumentBlock> blocks, FoiResponse response)
    {
        if (response.Reasons.Count == 0)
        {
            return;
        }

        blocks.Add(new Heading(3, Headings.ReasonsFor(GroundsHeading(response.Reasons.Select(r => r.Exemption)))));
        foreach (var group in response.Reasons.GroupBy(r => r.Exemption.Citation))
        {
            blocks.Add(new Heading(4, group.First().Exemption.ToString()));
            blocks.AddRange(group.SelectMany(ReasonParagraphs).Select(Prose.Tidy).Where(p => p.Length > 0).Select(p => new Paragraph(p)));
        }
    }

    /// <summary>The paragraphs stating one exemption's reasons.</summary>
    internal static IEnumerable<string> ReasonParagraphs(ExemptionReasons reasons) => reasons switch
    {
        WhyExempt why => why.Paragraphs,
        ReasonablyAccessible accessible => accessible.Link is null
            ? new[] { "The information is reasonably accessible to you by other means: " + accessible.Where }
            : new[] { "The information is reasonably accessible to you by other means: " + accessible.Where, "You can find it at " + accessible.Link },
        IntendedPublication publication => new[] { $"The information is held with a view to its publication by {publication.Publisher}, {publication.Expected}." }.Concat(publication.Paragraphs),
        InCourseOfCompletion unfinished => unfinished.Paragraphs.Concat(new[] { CompletionSentence(unfinished) }),
        QualifiedPersonsOpinion opinion => new[] { $"The qualified person for the purposes of section 36, {opinion.QualifiedPerson}, gave their reasonable opinion on {Prose.Date(opinion.GivenOn)} that the exemption applies." }.Concat(opinion.Paragraphs),
        LegitimateInterestsTest test => new[]
        {
            $"Releasing personal data under the {RegimeDefinition.For(test.Exemption.Regime).ShortName} is lawful only where it meets a condition of Article 6 of the UK GDPR; the one that could apply here is legitimate interests, which asks three questions.",
            "Is a legitimate interest pursued? " + test.LegitimateInterest,
            "Is disclosure necessary for that interest? " + test.Necessity,
            "Does that interest override the interests, rights and freedoms of the people the information is about? " + test.Balance,
        },
        ReasonsNotStated notStated => new[] { $"We are not obliged to say why this exemption applies, because doing so would itself disclose information that is exempt ({RegimeDefinition.For(notStated.Exemption.Regime).ReasonsNotStatedProvision})." },
        _ => Enumerable.Empty<string>(),
    };

    /// <summary>
    /// Who is finishing unfinished material and when (EIR reg 14(4), EIR (Scotland) reg 13(d)): "It is being prepared by the
    /// Environment Agency, and we expect it to be finished by June 2025 (regulation 14(4))."
    /// </summary>
    internal static string CompletionSentence(InCourseOfCompletion unfinished)
    {
        var provision = RegimeDefinition.For(unfinished.Exemption.Regime).CompletionNoticeProvision;
        return $"It is being prepared by {Prose.Tidy(unfinished.PreparedBy)}, and we expect it to be finished {Prose.Tidy(unfinished.ExpectedCompletion).TrimEnd('.')}{(provision is null ? string.Empty : $" ({provision})")}.";
    }

    /// <summary>Evidence of harm: the harm of disclosure, then, under its own heading, the harm of confirming or denying (NCND).</summary>
    private void AddEvidenceOfHarm(List<DocumentBlock> blocks, FoiResponse response)
    {
        foreach (var (ncnd, heading) in new[] { (false, Headings.EvidenceOfHarm), (true, Headings.EvidenceOfHarmInConfirmingOrDenying) })
        {
            var harms = response.EvidenceOfHarm.Where(h => h.IsNeitherConfirmNorDeny == ncnd).ToList();
            if (harms.Count == 0)
            {
                continue;
            }

            blocks.Add(new Heading(3, heading));
            foreach (var harm in harms)
            {
                blocks.AddRange(HarmSentences(harm).Select(s => new Paragraph(s)));
                blocks.AddRange(Paragraphs(harm.Paragraphs));
            }
        }
    }

    /// <summary>
    /// The public interest tests: for withholding (s2(2)(b), factors for and against disclosure), then,
    /// under its own heading, for neither confirming nor denying (s2(1)(b), factors for and against
    /// confirming or denying whether the information is held).
    /// </summary>
    private void AddPublicInterestTests(List<DocumentBlock> blocks, FoiResponse response)
    {
        foreach (var (ncnd, heading) in new[] { (false, Headings.PublicInterestTest), (true, Headings.PublicInterestTestInConfirmingOrDenying) })
        {
            var tests = response.PublicInterestTests.Where(t => t.IsNeitherConfirmNorDeny == ncnd).ToList();
            if (tests.Count == 0)
            {
                continue;
            }

            blocks.Add(new Heading(3, heading));
            foreach (var test in tests)
            {
                if (ncnd)
                {
                    var provision = ProvisionName(test.Exemption.Citation);
                    AddSection(blocks, 4, "Factors favouring confirming or denying – " + provision, test.FavouringDisclosure);
                    AddSection(blocks, 4, "Factors favouring neither confirming nor denying – " + provision, test.FavouringNonDisclosure);
                }
                else
                {
                    var section = test.Exemption.Exemption.SectionName;
                    AddSection(blocks, 4, "Factors favouring disclosure – " + section, test.FavouringDisclosure);
                    AddSection(blocks, 4, "Factors favouring non-disclosure – " + section, test.FavouringNonDisclosure);
                }
            }
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
