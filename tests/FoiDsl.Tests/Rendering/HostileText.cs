using System;
using System.Collections.Generic;
using System.Linq;

using FoiDsl.Rendering;

namespace FoiDsl.Tests.Rendering;

/// <summary>
/// Responses with one string in every user field (reference, authority, title, wording, answers,
/// every section paragraph, complaint rights) and the corpora of hostile strings the output tests use.
/// </summary>
internal static class HostileText
{
    /// <summary>Control characters, bidi controls, noncharacters and broken UTF-16.</summary>
    public static readonly string[] Controls =
    {
        "NUL\0here",
        "\u001b[31mred\u001b[0m and \u001b]0;title\u0007 and \u001b[2J",
        "bell\a back\bspace del\u007f",
        "C1 \u0080\u0081\u0085\u008d\u009b[2J\u009c\u009f end",
        "vertical\vtab form\ffeed",
        "\u202Eevil.exe\u202C reversed",
        "\u2066isolate\u2069 \u2067rtl\u2069 \u2068first\u2069",
        "\u202Aembed\u202C \u202Bembed\u202C \u202Doverride\u202C",
        "lone high \uD800 surrogate",
        "lone low \uDC00 surrogate",
        "ends with a lone high \uDBFF",
        "noncharacters \uFFFE \uFFFF \uFDD0 \uD83F\uDFFF",
        "separators\u001c\u001d\u001e\u001f",
        "line\r\nbreaks\u2028and\u2029paragraphs\u0085next",
        "\u0001\u0002\u0003\u0004\u0005\u0006\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a",
        "kept: \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 \U0001F600 caf\u00E9",
    };

    /// <summary>Text that is Markdown syntax under CommonMark, GFM or Markdig's advanced extensions.</summary>
    public static readonly string[] MarkdownSyntax =
    {
        "# heading", "## closing hashes ##", "Setext\n===", "Setext two\n---", "- item", "+ item", "* item",
        "1. one", "1) one", "2023. A year", "a. alpha list", "iv) roman list", "> quote", "[link](http://example.com)",
        "[ref]: http://example.com \"title\"", "[ref] and [ref][] and [text][ref]", "![image](x.png)", "<http://example.com>",
        "<someone@example.com>", "http://example.com", "see https://example.com/path?q=1&r=2 now", "www.example.com",
        "visit WWW.example.org.", "ftp://example.com/file", "mailto:someone@example.com", "someone@example.com",
        "<b>bold</b>", "<div>\nblock\n</div>", "<!-- comment -->", "<?php echo 1; ?>", "<![CDATA[x]]>", "`code`",
        "``double `code` span``", "```\nfenced\n```", "~~~\nfence\n~~~", "    indented code", "\tindented code",
        "*em* _em_ **strong** __strong__ ***both***", "~~strike~~", "~sub~ ^sup^ ++inserted++ ==marked==",
        "| a | b |\n|---|---|\n| 1 | 2 |", "a | b", "***", "---", "___", "- - -", "* * *",
        "footnote[^1]\n\n[^1]: the note", "[^note]: a definition", "&amp; &copy; &#169; &#x41; &nbsp;",
        "\\*escaped\\* \\", "trailing backslash\\", "hard  \nbreak", "$x^2$ and $$y$$", "$$\nmath\n$$",
        ":::warning\ncustom\n:::", "::inline container::", "*[HTML]: Hyper Text Markup Language", "Term\n: definition",
        "+---+---+\n| a | b |\n+---+---+", "^^ footer", "^^^ figure", "\"\"citation\"\"", "heading {#id .class key=value}",
        "- [ ] task", "- [x] done", ":smile: :+1:", "<span onclick=\"alert(1)\">x</span>", "![](javascript:alert(1))",
        "[x](<javascript:alert(1)>)", "=== equals", "-- dashes", "(c) (r) (tm) ... << >>", "%%% percent",
        "10:30 am", "a_b_c snake_case", "2 * 3 * 4", "< not a tag", "[[wiki link]]", "!!! admonition",
        "```mermaid\ngraph TD;\n```", "@mention #123", "$ 100 and $200",
    };

    /// <summary>Text that is HTML markup or breaks out of an element or attribute.</summary>
    public static readonly string[] HtmlSyntax =
    {
        "<script>alert('owned')</script>", "<img src=x onerror=alert(1)>", "\"><b>quoted</b>", "'><i>single</i>",
        "</p><h1>closed</h1>", "</title><script>x</script>", "</style><script>y</script>", "<!-- open comment",
        "<![CDATA[ data ]]>", "&lt;already&gt; &amp;", "<bdi>isolate</bdi>", "<svg onload=alert(1)>", "<textarea>",
        "<a href=\"javascript:alert(1)\">link</a>", "<iframe src=//example.com>", "<base href=//example.com>",
        "<meta http-equiv=refresh content=0;url=//example.com>", "<plaintext>", "<noscript><p title=\"</noscript><img src=x>\">",
        "&#60;script&#62;", "<<script>>", "\u0000<script>",
    };

    /// <summary>
    /// The strings a response can carry: those that read as template leftovers (<c>[ref]</c>,
    /// <c>&lt;&lt;script&gt;&gt;</c>) never reach a renderer, because <c>Build()</c> refuses them (FOI0018).
    /// </summary>
    public static IEnumerable<string> Renderable(IEnumerable<string> texts) => texts.Where(text => Placeholder.Find(text) is null);

    /// <summary>
    /// A partially withheld response whose every user field holds <paramref name="text"/> (the reference
    /// and authority with a prefix, so they stay valid), with evidence of harm, public interest tests,
    /// balance test, advice, notes and complaint rights.
    /// </summary>
    public static FoiResponse Everywhere(string text)
    {
        var request = new FoiRequestDefinition(
            "FOI " + text,
            "Authority " + text,
            text,
            new DateTime(2024, 1, 2),
            new[]
            {
                new QuestionDefinition(1, "First", text),
                new QuestionDefinition(2, "Second", text, 0, Exemptions.S31),
            });
        return new ResponseDraft(request)
            .RespondedOn(new DateTime(2024, 1, 30))
            .Answer(1, Answer.Text(text))
            .ExtentOfSearches(text)
            .Decision(text)
            .EvidenceOfHarm(new[] { Exemptions.S31 }, HarmLikelihood.Would, text)
            .PublicInterestTest(Exemptions.S31, new[] { text }, new[] { text })
            .BalanceTest(text)
            .AdviceAndAssistance(text)
            .ClosingNotes(text)
            .ComplaintRights(new ComplaintRights(new[] { text }, new[] { text }))
            .Build();
    }

    /// <summary>A whole-request refusal under s12 whose refusal reasons and every other user field hold <paramref name="text"/>.</summary>
    public static FoiResponse Refusal(string text) =>
        new ResponseDraft(new FoiRequestDefinition("FOI " + text, "Authority " + text, text, null, new[] { new QuestionDefinition(1, "Everything", text) }, refusedUnder: ProceduralGrounds.S12))
            .RefusalReasons(text)
            .AdviceAndAssistance(text)
            .ComplaintRights(new ComplaintRights(new[] { text }, new[] { text }))
            .Build();

    /// <summary>
    /// <see cref="Everywhere"/> as a letter whose applicant (name, reference) and signing officer (name, role)
    /// hold <paramref name="text"/>; the postal address is fixed, since a letter splits it into lines at commas.
    /// </summary>
    public static ResponseLetter Letter(string text) =>
        new(Everywhere(text), new Applicant("Name " + text, address: "1 Road, Town", reference: "Ref " + text), new Signatory("Officer " + text, "Role " + text));

    /// <summary>The letter layout with <paramref name="text"/> as its protective marking and the reasons in an annex.</summary>
    public static ResponseLayout LetterLayout(string text) => ResponseLayout.Letter with { ProtectiveMarking = "Marking " + text, ReasonsInAnnex = true };

    /// <summary>Both responses carrying <paramref name="text"/> in every field.</summary>
    public static IEnumerable<FoiResponse> Responses(string text) => new[] { Everywhere(text), Refusal(text) };
}
