using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace FoiDsl.Rendering;

/// <summary>
/// Prints a response as one self-contained, accessible HTML page: <c>lang="en-GB"</c>, a
/// <c>&lt;main&gt;</c> landmark, headings <c>h1</c> to <c>h4</c> in order, the questions as an
/// ordered list whose labels (<c>Q1.</c>) are text, the answers as a definition list, web and email
/// addresses as links, and a small inline style sheet with print rules (it is also the source of
/// the PDF). It loads nothing from elsewhere. Every piece of text from the response is HTML-escaped.
/// </summary>
public sealed class HtmlRenderer : IResponseRenderer
{
    private const string StyleSheet =
        "body { margin: 0; color: #1b1b1b; background: #fff; font: 1rem/1.5 Georgia, \"Times New Roman\", serif; }\n" +
        "main { max-width: 42rem; margin: 0 auto; padding: 1.5rem; }\n" +
        "h1, h2, h3, h4 { font-family: Arial, Helvetica, sans-serif; line-height: 1.25; margin: 1.5em 0 0.5em; }\n" +
        "h1 { font-size: 1.75rem; margin-top: 0; }\n" +
        "h2 { font-size: 1.4rem; border-bottom: 1px solid #b1b4b6; padding-bottom: 0.2em; }\n" +
        "h3 { font-size: 1.15rem; }\n" +
        "h4 { font-size: 1rem; }\n" +
        "dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25em 1em; }\n" +
        "dt { font-weight: bold; }\n" +
        "dd { margin: 0; }\n" +
        "ol.questions { list-style: none; padding-left: 0; }\n" +
        "ol.questions li { margin: 0 0 0.5em; }\n" +
        ".label, .asked, .answered, .marking { font-weight: bold; }\n" +
        "ol.answered p { margin: 0.25em 0; }\n" +
        ".marking { text-align: center; letter-spacing: 0.05em; }\n" +
        ".lines { margin: 0 0 1em; }\n" +
        "a { color: #1d4f91; overflow-wrap: anywhere; }\n" +
        "@media print {\n" +
        "  @page { size: A4; margin: 20mm; }\n" +
        "  body { font-size: 11pt; }\n" +
        "  main { max-width: none; padding: 0; }\n" +
        "  h1, h2, h3, h4 { break-after: avoid; }\n" +
        "  p, li, dd { orphans: 3; widows: 3; }\n" +
        "  a { color: inherit; }\n" +
        "}\n";

    // Addresses written in a response become links whose text is the address exactly as written,
    // so a reader always sees where a link goes. Only http, https and mailto targets are made:
    // "javascript:" or any other scheme stays text. A bare host name is linked only under the
    // common top-level domains (ico.org.uk), so that "e.g." or "v1.2" never become links.
    private static readonly Regex Address = new(
        @"(?<![\w@/.-])(?:" +
        @"(?<web>https?://[^\s<>""]+)" +
        @"|(?<www>www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/[^\s<>""]*)?)" +
        @"|(?<email>[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+)" +
        @"|(?<host>(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:uk|com|org|net|gov|eu|info)(?![a-z0-9-])(?:/[^\s<>""]*)?)" +
        @")",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private readonly IResponseLayout _layout;

    /// <summary>A renderer using <paramref name="layout"/>, or when null the layout each response asks for (<see cref="ResponseLayout.AsRequested"/>).</summary>
    public HtmlRenderer(IResponseLayout? layout = null)
    {
        _layout = layout ?? ResponseLayout.AsRequested;
    }

    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public string FileExtension => ".html";

    /// <inheritdoc />
    public string Render(FoiResponse response) => Render(_layout.Arrange(response));

    /// <inheritdoc />
    public IResponseRenderer WithLayout(IResponseLayout layout) => new HtmlRenderer(layout ?? throw new ArgumentNullException(nameof(layout)));

    /// <inheritdoc />
    public string Render(ResponseLetter letter) => Render(_layout.Arrange(letter ?? throw new System.ArgumentNullException(nameof(letter))));

    /// <inheritdoc />
    public string Render(ResponseDocument document)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n")
            .Append("<html lang=\"en-GB\">\n")
            .Append("<head>\n")
            .Append("<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Escape(document.Title)).Append("</title>\n")
            .Append("<style>\n").Append(StyleSheet).Append("</style>\n")
            .Append("</head>\n")
            .Append("<body>\n")
            .Append("<main>\n");

        foreach (var block in document.Blocks)
        {
            Print(html, block);
        }

        html.Append("</main>\n")
            .Append("</body>\n")
            .Append("</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// Escapes text for HTML element content and quoted attribute values: <c>&amp;</c>,
    /// <c>&lt;</c>, <c>&gt;</c>, <c>"</c> and <c>'</c> become character references. Runs of white
    /// space, line breaks included, become single spaces; control characters (invalid in HTML) become
    /// U+FFFD and bidi overrides and isolates are dropped (see docs/rendering.md).
    /// </summary>
    public static string Escape(string text) => EscapeCleaned(TextSafety.Clean(text));

    /// <summary>Escapes text already cleaned by <see cref="TextSafety.Clean"/>, keeping its spaces at either end.</summary>
    private static string EscapeCleaned(string tidy)
    {
        var result = new StringBuilder(tidy.Length + 16);
        foreach (var c in tidy)
        {
            switch (c)
            {
                case '&': result.Append("&amp;"); break;
                case '<': result.Append("&lt;"); break;
                case '>': result.Append("&gt;"); break;
                case '"': result.Append("&quot;"); break;
                case '\'': result.Append("&#39;"); break;
                default: result.Append(c); break;
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// Escapes <paramref name="text"/> as <see cref="Escape"/> does and turns each web or email
    /// address in it into an <c>&lt;a&gt;</c> whose text is the address as written: <c>https://…</c>,
    /// <c>http://…</c>, <c>www.…</c>, a host name under a common top-level domain such as
    /// <c>ico.org.uk</c> (linked over https) and <c>name@host</c> (linked with mailto). Closing
    /// punctuation after an address stays outside the link.
    /// </summary>
    public static string EscapeWithLinks(string text)
    {
        var tidy = TextSafety.Clean(text);
        var html = new StringBuilder(tidy.Length + 16);
        var done = 0;
        foreach (Match match in Address.Matches(tidy))
        {
            var address = TrimClosingPunctuation(match.Value);
            if (address.EndsWith("//", StringComparison.Ordinal))
            {
                continue; // a scheme with no host: text
            }

            var target = match.Groups["email"].Success ? "mailto:" + address
                : match.Groups["web"].Success ? address
                : "https://" + address;
            html.Append(EscapeCleaned(tidy.Substring(done, match.Index - done)))
                .Append("<a href=\"").Append(EscapeCleaned(target)).Append("\">").Append(EscapeCleaned(address)).Append("</a>");
            done = match.Index + address.Length;
        }

        return html.Append(EscapeCleaned(tidy.Substring(done))).ToString();
    }

    /// <summary>Drops the full stop, comma, quote or unmatched bracket that ends a sentence rather than an address.</summary>
    private static string TrimClosingPunctuation(string address)
    {
        var opened = address.Count(c => c == '(');
        var closed = address.Count(c => c == ')');
        var end = address.Length;
        while (end > 0)
        {
            var last = address[end - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' || (last == ')' && closed > opened))
            {
                closed -= last == ')' ? 1 : 0;
                end--;
            }
            else
            {
                break;
            }
        }

        return address.Substring(0, end);
    }

    private static void DefinitionList(StringBuilder html, string cssClass, IEnumerable<(string Term, string Definition)> entries)
    {
        html.Append("<dl class=\"").Append(cssClass).Append("\">\n");
        foreach (var (term, definition) in entries)
        {
            html.Append("<dt>").Append(Escape(term)).Append("</dt><dd>").Append(EscapeWithLinks(definition)).Append("</dd>\n");
        }

        html.Append("</dl>\n");
    }

    private static void Print(StringBuilder html, DocumentBlock block)
    {
        switch (block)
        {
            case Heading heading:
                var level = Math.Max(1, Math.Min(6, heading.Level)).ToString(CultureInfo.InvariantCulture);
                html.Append("<h").Append(level).Append('>').Append(Escape(heading.Text)).Append("</h").Append(level).Append(">\n");
                break;
            case Paragraph paragraph:
                html.Append(paragraph.IsRequestersWords
                    ? "<p class=\"requester\">" + Escape(paragraph.Text) // the requester's words: an address they wrote is not made a link
                    : "<p>" + EscapeWithLinks(paragraph.Text)).Append("</p>\n");
                break;
            case RequestDetails details:
                DefinitionList(html, "details", details.Items.Select(item => (item.Label, item.Value)));
                break;
            case QuestionList questions:
                html.Append("<ol class=\"questions\">\n");
                foreach (var question in questions.Questions)
                {
                    // The label is text, not CSS generated content: it is read aloud, copied and found by search.
                    html.Append("<li><span class=\"label\">").Append(Escape(question.Label)).Append(".</span> ")
                        .Append(Escape(question.Wording)).Append("</li>\n"); // the requester's words: an address they wrote is not made a link
                }

                html.Append("</ol>\n");
                break;
            case AnswerList answers:
                DefinitionList(html, "answers", answers.Lines.Select(line => (line.Label, line.Answer)));
                break;
            case AnsweredQuestionList answered:
                html.Append("<ol class=\"questions answered\">\n");
                foreach (var question in answered.Questions)
                {
                    html.Append("<li><p><span class=\"label\">").Append(Escape(question.Label)).Append(".</span> <span class=\"asked\">").Append(Escape(answered.AskedLabel)).Append(":</span> ")
                        .Append(Escape(question.Wording)).Append("</p>") // the requester's words are not made links
                        .Append("<p><span class=\"answered\">").Append(Escape(answered.AnsweredLabel)).Append(":</span> ").Append(EscapeWithLinks(question.Answer)).Append("</p></li>\n");
                }

                html.Append("</ol>\n");
                break;
            case AddressLines address:
                html.Append("<p class=\"lines\">").Append(string.Join("<br>\n", address.Lines.Select(EscapeWithLinks))).Append("</p>\n");
                break;
            case Marking marking:
                html.Append("<p class=\"marking\">").Append(Escape(marking.Text)).Append("</p>\n");
                break;
            default:
                throw new NotSupportedException($"The HTML renderer cannot print a {block.GetType().Name}.");
        }
    }
}
