using System;
using System.Collections.Generic;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using FoiDsl.Rendering;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace FoiDsl.Word;

/// <summary>
/// Maps each block of a laid-out response to WordprocessingML. This file is the whole mapping:
/// <list type="bullet">
/// <item><see cref="Heading"/> level 1 → a paragraph in the <c>Title</c> style; levels 2, 3, 4 →
/// <c>Heading1</c>, <c>Heading2</c>, <c>Heading3</c>.</item>
/// <item><see cref="FoiDsl.Rendering.Paragraph"/> → a <c>Normal</c> paragraph.</item>
/// <item><see cref="RequestDetails"/> → a two-column table, label (bold) and value.</item>
/// <item><see cref="QuestionList"/> → one <c>Question</c> list paragraph per question (numbering part,
/// list 1), its label (<c>Q1</c>, <c>Q1a</c>) in bold, a tab, then the wording.</item>
/// <item><see cref="AnswerList"/> → a two-column table with a repeating header row
/// (<em>Question</em>, <em>Answer</em>): the labels of the questions sharing the answer, then the answer.</item>
/// <item><see cref="AnsweredQuestionList"/> → per question, a <c>Question</c> list paragraph (label, tab,
/// the "You asked" label in bold, the wording), then a <c>Normal</c> paragraph indented under it with the
/// "We answered" label in bold and the answer.</item>
/// <item><see cref="AddressLines"/> → one <c>Normal</c> paragraph, its lines separated by line breaks.</item>
/// <item><see cref="Marking"/> → a centred <c>Normal</c> paragraph in bold.</item>
/// </list>
/// Every piece of text goes through <see cref="TextSafety.Clean"/> first, so no character that XML 1.0
/// forbids (NUL, other C0 controls, lone surrogates, U+FFFE, U+FFFF) can reach the package.
/// </summary>
internal static class WordBody
{
    /// <summary>The width of the text on an A4 page with 2.54 cm margins, in twentieths of a point.</summary>
    public const int TextWidth = 9026;

    /// <summary>The body's block-level elements for <paramref name="document"/>, in reading order.</summary>
    /// <exception cref="ArgumentException">A block is null, of a kind this writer does not know, or a heading level is not 1 to 4.</exception>
    public static IEnumerable<OpenXmlElement> Blocks(ResponseDocument document)
    {
        OpenXmlElement? previous = null;
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            foreach (var element in Map(document.Blocks[i], i))
            {
                if (previous is WordTable && element is WordTable)
                {
                    yield return new WordParagraph(); // Word joins two tables that touch into one
                }
                else if (previous is WordTable && element is WordParagraph { ParagraphProperties.ParagraphStyleId.Val.Value: WordStyles.Normal } paragraph)
                {
                    // a table has no space after it: the prose that follows keeps its distance itself (headings have theirs)
                    paragraph.ParagraphProperties!.Append(new SpacingBetweenLines { Before = "160" });
                }

                yield return element;
                previous = element;
            }
        }
    }

    private static IEnumerable<OpenXmlElement> Map(DocumentBlock block, int index) => block switch
    {
        Heading heading => new[] { HeadingParagraph(heading, index) },
        FoiDsl.Rendering.Paragraph paragraph => new[] { StyledParagraph(WordStyles.Normal, TextRun(paragraph.Text)) },
        RequestDetails details => new[] { DetailsTable(details) },
        QuestionList questions => questions.Questions.Select(QuestionParagraph).ToArray(),
        AnswerList answers => new[] { AnswersTable(answers) },
        AnsweredQuestionList answered => answered.Questions.SelectMany(q => AnsweredQuestionParagraphs(answered, q)).ToArray(),
        AddressLines address => new[] { StyledParagraph(WordStyles.Normal, address.Lines.SelectMany((line, i) => i == 0 ? new OpenXmlElement[] { TextRun(line) } : new OpenXmlElement[] { new Run(new Break()), TextRun(line) }).ToArray()) },
        Marking marking => new[] { MarkingParagraph(marking) },
        null => throw new ArgumentException($"Block {index} of the document is null.", "document"),
        _ => throw new ArgumentException($"Block {index} of the document is a {block.GetType().FullName}, a kind of block the Word writer does not know.", "document"),
    };

    private static WordParagraph HeadingParagraph(Heading heading, int index)
    {
        var style = heading.Level switch
        {
            1 => WordStyles.Title,
            >= 2 and <= 4 => WordStyles.Headings[heading.Level - 2],
            _ => throw new ArgumentException($"Block {index} of the document is a heading of level {heading.Level}; levels run from 1 to 4.", "document"),
        };
        return StyledParagraph(style, TextRun(heading.Text));
    }

    private static WordParagraph QuestionParagraph(NumberedQuestion question) =>
        new(
            new ParagraphProperties(
                new ParagraphStyleId { Val = WordStyles.Question },
                new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = WordStyles.QuestionListNumber })),
            TextRun(question.Label, WordStyles.Strong),
            new Run(new TabChar()),
            TextRun(question.Wording));

    private static IEnumerable<WordParagraph> AnsweredQuestionParagraphs(AnsweredQuestionList list, AnsweredQuestion question)
    {
        yield return new WordParagraph(
            new ParagraphProperties(
                new ParagraphStyleId { Val = WordStyles.Question },
                new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = WordStyles.QuestionListNumber })),
            TextRun(question.Label, WordStyles.Strong),
            new Run(new TabChar()),
            TextRun(list.AskedLabel + ": ", WordStyles.Strong),
            TextRun(question.Wording));
        var answer = StyledParagraph(WordStyles.Normal, TextRun(list.AnsweredLabel + ": ", WordStyles.Strong), TextRun(question.Answer));
        answer.ParagraphProperties!.Append(new Indentation { Left = WordStyles.Digits(WordStyles.QuestionIndent) });
        yield return answer;
    }

    private static WordParagraph MarkingParagraph(Marking marking)
    {
        var paragraph = StyledParagraph(WordStyles.Normal, TextRun(marking.Text, WordStyles.Strong));
        paragraph.ParagraphProperties!.Append(new Justification { Val = JustificationValues.Center });
        return paragraph;
    }

    private static WordTable DetailsTable(RequestDetails details) =>
        Table(
            "Request details",
            new[] { 2835, TextWidth - 2835 },
            header: null,
            details.Items.Select(item => (TextRun(item.Label, WordStyles.Strong), TextRun(item.Value))));

    private static WordTable AnswersTable(AnswerList answers) =>
        Table(
            "Answers",
            new[] { 2268, TextWidth - 2268 },
            header: ("Question", "Answer"),
            answers.Lines.Select(line => (TextRun(line.Label, WordStyles.Strong), TextRun(line.Answer))));

    private static WordTable Table(string caption, int[] widths, (string Left, string Right)? header, IEnumerable<(Run Left, Run Right)> rows)
    {
        var table = new WordTable(
            new TableProperties(
                new TableStyle { Val = WordStyles.Table },
                new TableWidth { Width = WordStyles.Digits(TextWidth), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { FirstRow = header is not null, FirstColumn = true, LastRow = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true },
                new TableCaption { Val = caption }),
            new TableGrid(widths.Select(width => new GridColumn { Width = WordStyles.Digits(width) })));

        if (header is { } names)
        {
            table.Append(Row(widths, Literal(names.Left, WordStyles.Strong), Literal(names.Right, WordStyles.Strong), isHeader: true));
        }

        foreach (var (left, right) in rows)
        {
            table.Append(Row(widths, left, right, isHeader: false));
        }

        return table;
    }

    private static TableRow Row(int[] widths, Run left, Run right, bool isHeader)
    {
        var row = new TableRow();
        var properties = new TableRowProperties(new CantSplit());
        if (isHeader)
        {
            properties.Append(new TableHeader());
        }

        row.Append(properties, Cell(widths[0], left), Cell(widths[1], right));
        return row;
    }

    private static TableCell Cell(int width, Run run) =>
        new(
            new TableCellProperties(new TableCellWidth { Width = WordStyles.Digits(width), Type = TableWidthUnitValues.Dxa }),
            StyledParagraph(WordStyles.TableText, run));

    /// <summary>A paragraph in <paramref name="style"/> holding <paramref name="runs"/>.</summary>
    internal static WordParagraph StyledParagraph(string style, params OpenXmlElement[] runs)
    {
        var paragraph = new WordParagraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(runs);
        return paragraph;
    }

    /// <summary>A run of <paramref name="text"/>, cleaned (see docs/rendering.md), in the character style <paramref name="characterStyle"/> if given.</summary>
    internal static Run TextRun(string? text, string? characterStyle = null) => Literal(TextSafety.Clean(text), characterStyle);

    /// <summary>A run of text written by this library, not by a user, kept exactly (spaces at the ends included).</summary>
    internal static Run Literal(string text, string? characterStyle = null)
    {
        var run = new Run();
        if (characterStyle is not null)
        {
            run.Append(new RunProperties(new RunStyle { Val = characterStyle }));
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }
}
