using System;
using System.Collections.Generic;
using System.Linq;

namespace FoiDsl.Rendering;

/// <summary>
/// Prints a response as plain text for email or letters: headings underlined (<c>=</c> for the
/// title, then <c>-</c>, <c>~</c> and <c>.</c>), paragraphs word-wrapped at 80 columns and a blank
/// line between blocks. A word longer than a line is left whole on a line of its own. Control
/// characters in the text are shown as U+FFFD and bidi overrides and isolates are dropped, so no
/// terminal escape or reordering reaches the file (see docs/rendering.md).
/// </summary>
public sealed class PlainTextRenderer : IResponseRenderer
{
    /// <summary>The widest line printed, in characters.</summary>
    public const int LineWidth = 80;

    private readonly IResponseLayout _layout;

    /// <summary>A renderer using <paramref name="layout"/>, or when null the layout each response asks for (<see cref="ResponseLayout.AsRequested"/>).</summary>
    public PlainTextRenderer(IResponseLayout? layout = null)
    {
        _layout = layout ?? ResponseLayout.AsRequested;
    }

    /// <inheritdoc />
    public string Format => "text";

    /// <inheritdoc />
    public string FileExtension => ".txt";

    /// <inheritdoc />
    public string Render(FoiResponse response) => Render(_layout.Arrange(response));

    /// <inheritdoc />
    public IResponseRenderer WithLayout(IResponseLayout layout) => new PlainTextRenderer(layout ?? throw new ArgumentNullException(nameof(layout)));

    /// <inheritdoc />
    public string Render(ResponseLetter letter) => Render(_layout.Arrange(letter ?? throw new System.ArgumentNullException(nameof(letter))));

    /// <inheritdoc />
    public string Render(ResponseDocument document)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        var blocks = document.Blocks.Select(Print).Where(b => b.Count > 0).Select(b => string.Join("\n", b));
        return string.Join("\n\n", blocks) + "\n";
    }

    /// <summary>
    /// Wraps <paramref name="text"/> at <see cref="LineWidth"/> columns. The first line starts with
    /// <paramref name="prefix"/>; the others are indented by <paramref name="indent"/> spaces.
    /// </summary>
    internal static List<string> Wrap(string text, string prefix = "", int indent = 0)
    {
        var lines = new List<string>();
        var line = prefix;
        var lineHasWords = false;
        foreach (var word in TextSafety.Clean(text).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (lineHasWords && line.Length + 1 + word.Length > LineWidth)
            {
                lines.Add(line);
                line = new string(' ', indent) + word;
            }
            else
            {
                line += lineHasWords ? " " + word : word;
            }

            lineHasWords = true;
        }

        lines.Add(line.TrimEnd());
        return lines;
    }

    private static List<string> Print(DocumentBlock block)
    {
        switch (block)
        {
            case Heading heading:
                var lines = Wrap(heading.Text);
                lines.Add(new string(Underline(heading.Level), lines.Max(l => l.Length)));
                return lines;
            case Paragraph paragraph:
                return Wrap(paragraph.Text);
            case RequestDetails details:
                return details.Items.SelectMany(item => Wrap(item.Value, item.Label + ": ", 4)).ToList();
            case QuestionList questions:
                return questions.Questions.SelectMany(q => Wrap(q.Wording, q.Label + ". ", q.Label.Length + 2)).ToList();
            case AnswerList answers:
                return answers.Lines.SelectMany(a => Wrap(a.Answer, a.Label + ". ", Math.Min(a.Label.Length + 2, 8))).ToList();
            case AnsweredQuestionList answered:
                return answered.Questions.SelectMany((q, i) =>
                {
                    var indent = Math.Min(q.Label.Length + 2, 8);
                    return (i == 0 ? Enumerable.Empty<string>() : new[] { string.Empty })
                        .Concat(Wrap(answered.AskedLabel + ": " + q.Wording, q.Label + ". ", indent))
                        .Concat(Wrap(answered.AnsweredLabel + ": " + q.Answer, new string(' ', indent), indent));
                }).ToList();
            case AddressLines address:
                return address.Lines.SelectMany(line => Wrap(line)).ToList();
            case Marking marking:
                return Wrap(marking.Text);
            default:
                throw new NotSupportedException($"The plain text renderer cannot print a {block.GetType().Name}.");
        }
    }

    private static char Underline(int level) => level switch
    {
        1 => '=',
        2 => '-',
        3 => '~',
        _ => '.',
    };
}
