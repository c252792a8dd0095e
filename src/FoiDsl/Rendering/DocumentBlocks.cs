using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace FoiDsl.Rendering;

/// <summary>
/// A laid-out response, ready for a renderer: the document's title and its blocks in reading order.
/// Produced by an <see cref="IResponseLayout"/>; every renderer prints the same blocks.
/// </summary>
/// <param name="Title">The document's title, as shown in a browser tab or file listing.</param>
/// <param name="Blocks">The blocks, in reading order.</param>
public sealed record ResponseDocument(string Title, IReadOnlyList<DocumentBlock> Blocks);

/// <summary>
/// One block of a laid-out response: <see cref="Heading"/>, <see cref="Paragraph"/>,
/// <see cref="RequestDetails"/>, <see cref="QuestionList"/>, <see cref="AnswerList"/>,
/// <see cref="AnsweredQuestionList"/>, <see cref="AddressLines"/> or <see cref="Marking"/>.
/// Text in a block is plain text; each renderer escapes it for its format.
/// </summary>
public abstract record DocumentBlock
{
    private protected DocumentBlock()
    {
    }
}

/// <summary>A heading. Level 1 is the document title; levels run to 4 and never skip.</summary>
/// <param name="Level">The heading level, 1 to 4.</param>
/// <param name="Text">The heading text.</param>
public sealed record Heading(int Level, string Text) : DocumentBlock;

/// <summary>A paragraph of prose.</summary>
/// <param name="Text">The paragraph's text.</param>
public sealed record Paragraph(string Text) : DocumentBlock
{
    /// <summary>
    /// True when the paragraph is the requester's own words (their request, its preamble, a clarification):
    /// printed as written, so an address in it is never made a link in the authority's page.
    /// </summary>
    public bool IsRequestersWords { get; init; }
}

/// <summary>The facts printed under the title: authority, dates.</summary>
/// <param name="Items">The facts, in printing order.</param>
public sealed record RequestDetails(IReadOnlyList<RequestDetail> Items) : DocumentBlock;

/// <summary>One fact about the request, e.g. <c>Date received</c>: <c>2 May 2023</c>.</summary>
/// <param name="Label">What the fact is.</param>
/// <param name="Value">The fact.</param>
public sealed record RequestDetail(string Label, string Value);

/// <summary>The questions of the request as received, in number order.</summary>
/// <param name="Questions">The questions.</param>
public sealed record QuestionList(IReadOnlyList<NumberedQuestion> Questions) : DocumentBlock;

/// <summary>A question as received, with its number.</summary>
/// <param name="Number">The question's number (Q1 is 1).</param>
/// <param name="Wording">The question as the requester wrote it.</param>
public sealed record NumberedQuestion(int Number, string Wording)
{
    private readonly string? _label;

    /// <summary>The question's label: <c>Q1</c>, or as the requester numbered it (<c>Q1a</c>).</summary>
    public string Label
    {
        get => _label ?? "Q" + Number.ToString(CultureInfo.InvariantCulture);
        init => _label = value;
    }
}

/// <summary>The answers given, one line per run of questions sharing an answer.</summary>
/// <param name="Lines">The answer lines, in question order.</param>
public sealed record AnswerList(IReadOnlyList<AnswerLine> Lines) : DocumentBlock;

/// <summary>
/// The answer shared by one or more consecutive questions, printed as e.g. <c>Q2, Q3, Q4. N/A</c>.
/// </summary>
/// <param name="QuestionNumbers">The questions answered, in number order.</param>
/// <param name="Answer">The answer as printed.</param>
public sealed record AnswerLine(IReadOnlyList<int> QuestionNumbers, string Answer)
{
    private readonly IReadOnlyList<string>? _labels;

    /// <summary>The questions' labels, e.g. <c>Q2</c>, <c>Q5a</c>; by default <c>Q</c> and the number.</summary>
    public IReadOnlyList<string> Labels
    {
        get => _labels ?? QuestionNumbers.Select(n => "Q" + n.ToString(CultureInfo.InvariantCulture)).ToArray();
        init => _labels = value;
    }

    /// <summary>The questions' labels joined with commas, e.g. <c>Q2, Q3, Q4</c> (no closing full stop).</summary>
    public string Label => string.Join(", ", Labels);
}

/// <summary>Lines printed one under another with no space between them: a postal address, or the authority's letterhead.</summary>
/// <param name="Lines">The lines, in order; none is empty.</param>
public sealed record AddressLines(IReadOnlyList<string> Lines) : DocumentBlock;

/// <summary>The protective marking printed at the top of a document, e.g. <c>OFFICIAL</c>.</summary>
/// <param name="Text">The marking.</param>
public sealed record Marking(string Text) : DocumentBlock;

/// <summary>
/// Each question printed with its answer under it ("You asked" / "We answered"), in number order.
/// The two labels are the layout's own words.
/// </summary>
/// <param name="AskedLabel">The words before the question, e.g. <c>You asked</c>.</param>
/// <param name="AnsweredLabel">The words before the answer, e.g. <c>We answered</c>.</param>
/// <param name="Questions">The questions with their answers.</param>
public sealed record AnsweredQuestionList(string AskedLabel, string AnsweredLabel, IReadOnlyList<AnsweredQuestion> Questions) : DocumentBlock;

/// <summary>One question with its answer.</summary>
/// <param name="Label">The question's label, e.g. <c>Q1</c> or <c>Q5a</c>.</param>
/// <param name="Wording">The question as the requester wrote it.</param>
/// <param name="Answer">The answer, or what became of the question (withheld, neither confirmed nor denied …).</param>
public sealed record AnsweredQuestion(string Label, string Wording, string Answer);
