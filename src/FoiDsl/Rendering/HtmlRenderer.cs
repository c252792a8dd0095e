using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace FoiDsl.Rendering;

/// <summary>
/// Prints a response as one self-contained, accessible HTML page: <c>lang="en-GB"</c>, a
/// <c>&lt;main&gt;</c> landmark, headings <c>h1</c> to <c>h4</c> in order, the questions as an
/// ordered list, the answers as a definition list and a small inline style sheet that also prints
/// well. It loads nothing from elsewhere. Every piece of text from the response is HTML-escaped.
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
        "ol.questions { padding-left: 3.5em; }\n" +
        "ol.questions li::marker { content: \"Q\" counter(list-item) \". \"; font-weight: bold; }\n" +
        "@media print {\n" +
        "  body { font-size: 11pt; }\n" +
        "  main { max-width: none; padding: 0; }\n" +
        "  h1, h2, h3, h4 { break-after: avoid; }\n" +
        "  p, li, dd { orphans: 3; widows: 3; }\n" +
        "}\n";

    private readonly IResponseLayout _layout;

    /// <summary>A renderer using <paramref name="layout"/>, or the police layout when null.</summary>
    public HtmlRenderer(IResponseLayout? layout = null)
    {
        _layout = layout ?? ResponseLayout.Police;
    }

    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public string FileExtension => ".html";

    /// <inheritdoc />
    public string Render(FoiResponse response) => Render(_layout.Arrange(response));

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
    public static string Escape(string text)
    {
        var tidy = TextSafety.Clean(text);
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

    private static void DefinitionList(StringBuilder html, string cssClass, IEnumerable<(string Term, string Definition)> entries)
    {
        html.Append("<dl class=\"").Append(cssClass).Append("\">\n");
        foreach (var (term, definition) in entries)
        {
            html.Append("<dt>").Append(Escape(term)).Append("</dt><dd>").Append(Escape(definition)).Append("</dd>\n");
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
                html.Append("<p>").Append(Escape(paragraph.Text)).Append("</p>\n");
                break;
            case RequestDetails details:
                DefinitionList(html, "details", details.Items.Select(item => (item.Label, item.Value)));
                break;
            case QuestionList questions:
                html.Append("<ol class=\"questions\">\n");
                foreach (var question in questions.Questions)
                {
                    html.Append("<li value=\"").Append(question.Number.ToString(CultureInfo.InvariantCulture)).Append("\">")
                        .Append(Escape(question.Wording)).Append("</li>\n");
                }

                html.Append("</ol>\n");
                break;
            case AnswerList answers:
                DefinitionList(html, "answers", answers.Lines.Select(line => (line.Label, line.Answer)));
                break;
            default:
                throw new NotSupportedException($"The HTML renderer cannot print a {block.GetType().Name}.");
        }
    }
}
