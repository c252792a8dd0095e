using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace FoiDsl.Rendering;

/// <summary>
/// Prints a response as CommonMark: <c>#</c> headings by level, paragraphs separated by blank lines,
/// questions and answers as <c>**Q1.** text</c> lines. Every piece of text from the response is
/// escaped, so characters such as <c>*</c>, <c>_</c>, <c>#</c>, <c>[</c> or backticks in a
/// question or paragraph stay literal and cannot change the document's structure.
/// </summary>
public sealed class MarkdownRenderer : IResponseRenderer
{
    // numbered (1.), lettered (a.) and roman (iv.) list markers: Markdig's list extras read the last two
    private static readonly Regex ListMarker = new(@"^(\d{1,9}|[A-Za-z]{1,9})([.)])", RegexOptions.CultureInvariant);

    // "www." starts a GFM extended autolink wherever a word begins
    private static readonly Regex WwwAddress = new(@"(?<![A-Za-z0-9])(www)\.", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private readonly IResponseLayout _layout;

    /// <summary>A renderer using <paramref name="layout"/>, or when null the layout each response asks for (<see cref="ResponseLayout.AsRequested"/>).</summary>
    public MarkdownRenderer(IResponseLayout? layout = null)
    {
        _layout = layout ?? ResponseLayout.AsRequested;
    }

    /// <inheritdoc />
    public string Format => "markdown";

    /// <inheritdoc />
    public string FileExtension => ".md";

    /// <inheritdoc />
    public string Render(FoiResponse response) => Render(_layout.Arrange(response));

    /// <inheritdoc />
    public IResponseRenderer WithLayout(IResponseLayout layout) => new MarkdownRenderer(layout ?? throw new ArgumentNullException(nameof(layout)));

    /// <inheritdoc />
    public string Render(ResponseLetter letter) => Render(_layout.Arrange(letter ?? throw new System.ArgumentNullException(nameof(letter))));

    /// <inheritdoc />
    public string Render(ResponseDocument document)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        var parts = new List<string>();
        foreach (var block in document.Blocks)
        {
            parts.AddRange(Print(block));
        }

        return string.Join("\n\n", parts) + "\n";
    }

    /// <summary>
    /// Escapes text so CommonMark, GFM and Markdig's extensions all print it literally. Every ASCII
    /// punctuation character that opens any inline or block syntax gets a backslash (a CommonMark
    /// escape, so readers see the character itself): <c>! " # $ &amp; * + : &lt; = &gt; @ [ \ ] ^ _ `
    /// { | } ~</c>. Left readable: <c>' ( ) , - . / ; ? %</c>, which open nothing mid-line; at the start
    /// of the text a list marker (<c>-</c>, <c>1.</c>, <c>a)</c>, <c>iv.</c>) is escaped, and <c>www.</c>
    /// is escaped so GFM does not make a bare address a link. Runs of white space, line breaks included,
    /// become single spaces; control characters become U+FFFD and bidi overrides are dropped
    /// (see docs/rendering.md).
    /// </summary>
    public static string Escape(string text)
    {
        var tidy = TextSafety.Clean(text);
        var result = new StringBuilder(tidy.Length + 8);
        foreach (var c in tidy)
        {
            if (c is '!' or '"' or '#' or '$' or '&' or '*' or '+' or ':' or '<' or '=' or '>' or '@'
                or '[' or '\\' or ']' or '^' or '_' or '`' or '{' or '|' or '}' or '~')
            {
                result.Append('\\');
            }

            result.Append(c);
        }

        var escaped = WwwAddress.Replace(result.ToString(), "$1\\.");
        if (escaped.Length > 0 && escaped[0] == '-')
        {
            return "\\" + escaped;
        }

        return ListMarker.Replace(escaped, "$1\\$2");
    }

    private static IEnumerable<string> Print(DocumentBlock block)
    {
        switch (block)
        {
            case Heading heading:
                yield return new string('#', Math.Max(1, Math.Min(6, heading.Level))) + " " + Escape(heading.Text);
                break;
            case Paragraph paragraph:
                yield return Escape(paragraph.Text);
                break;
            case RequestDetails details:
                var lines = new List<string>();
                foreach (var item in details.Items)
                {
                    lines.Add("- **" + Escape(item.Label) + ":** " + Escape(item.Value));
                }

                yield return string.Join("\n", lines);
                break;
            case QuestionList questions:
                foreach (var question in questions.Questions)
                {
                    yield return "**" + question.Label + ".** " + Escape(question.Wording);
                }

                break;
            case AnswerList answers:
                foreach (var line in answers.Lines)
                {
                    yield return "**" + line.Label + ".** " + Escape(line.Answer);
                }

                break;
            case AnsweredQuestionList answered:
                foreach (var question in answered.Questions)
                {
                    yield return "**" + Escape(question.Label) + ".** *" + Escape(answered.AskedLabel) + "\\:* " + Escape(question.Wording);
                    yield return "*" + Escape(answered.AnsweredLabel) + "\\:* " + Escape(question.Answer);
                }

                break;
            case AddressLines address:
                yield return string.Join("\\\n", address.Lines.Select(Escape)); // a backslash before the line break is a hard break
                break;
            case Marking marking:
                yield return "**" + Escape(marking.Text) + "**";
                break;
            default:
                throw new NotSupportedException($"The Markdown renderer cannot print a {block.GetType().Name}.");
        }
    }
}
