// This file is compiled into the runtime (namespace FoiDsl) and into the analyzers
// (namespace FoiDsl.Generators.Shared), so rule FOI0018 and Build() recognise the same placeholders.
using System;
using System.Text.RegularExpressions;

#if FOIDSL_ANALYZERS
namespace FoiDsl.Generators.Shared;
#else
namespace FoiDsl;
#endif

/// <summary>
/// Marks text that still has to be written. Code fixes scaffold missing parts with placeholders so
/// the response compiles while the officer writes it; rule FOI0018 flags every placeholder at
/// compile time, and <c>Build()</c> refuses a response that still holds one. A placeholder is
/// never a legal answer.
/// </summary>
/// <remarks>
/// Besides FoiDsl's own marker, text left from a word-processor template counts as a placeholder
/// (<see cref="Find"/>): a bracketed field such as <c>[List of suppliers]</c>, <c>[insert date]</c>,
/// <c>[Name]</c> or <c>[DATE]</c>; a merge field <c>&lt;&lt;field&gt;&gt;</c> (no space just inside the brackets, unlike <c>a &lt;&lt; b</c>) or <c>«field»</c>; a run of
/// three or more X (<c>XXX</c>, <c>£X,XXX</c>); and TBC or TBD as whole words. Not placeholders:
/// statutory citations <c>s31(1)(a)</c>; bracketed years and numbers (<c>[2024] UKFTT 76 (GRC)</c>,
/// footnotes <c>[1]</c>); Markdown-style links <c>[ICO guidance](https://ico.org.uk)</c>; redaction
/// and editorial marks (<c>[redacted]</c>, <c>[Name redacted]</c>, <c>[sic]</c>, <c>[emphasis added]</c>),
/// which are deliberate in released text; and brackets whose first word is not a template word
/// (<c>[the Constabulary]</c>, an editorial insertion in a quotation).
/// </remarks>
public static class Placeholder
{
    /// <summary>The text every placeholder starts with.</summary>
    public const string Marker = "[to be written: ";

    /// <summary>First words that make a bracketed phrase a template field: instructions ("insert") and the names of fields ("Name", "Date").</summary>
    private const string FieldWords =
        "insert|enter|add|type|include|complete|fill|delete|select|choose|specify|provide|describe|list|"
        + "name|names|date|dates|time|year|month|day|number|amount|figure|figures|total|value|cost|price|sum|quantity|"
        + "title|address|email|phone|telephone|reference|ref|details|description|summary|reason|reasons|explanation|text|"
        + "location|department|dept|force|organisation|organization|company|supplier|suppliers|contractor|officer|team|"
        + "job|role|position|requester|applicant|recipient|authority|contract|option|placeholder|your|xx+|tbc|tbd";

    /// <summary>Words that make a bracket a deliberate redaction or editorial mark, not a template field.</summary>
    private const string EditorialWords = "redacted|redaction|withheld|removed|sic|emphasis|omitted";

    internal static readonly Regex TemplateField = new(
        // [ field ] not followed by "(" or "[" (a Markdown link): the phrase starts with a field word and holds no digits or brackets
        @"\[\s*(?<field>(?i:" + FieldWords + @")\b[^\[\]\d\r\n]{0,80}?)\s*\](?![\(\[])"
        // << field >> and « field »: mail-merge fields
        + @"|<<[^<>\s](?:[^<>\r\n]{0,58}[^<>\s])?>>|«[^«»\r\n]{1,60}»"
        // XXX, xxxx, £X,XXX: three or more X standing alone
        + @"|(?<![A-Za-z])[Xx]{3,}(?![A-Za-z])"
        // TBC, TBD as whole words (not part of a model number such as TBD-45)
        + @"|(?<![\w-])(?i:TB[CD])(?![\w-])",
        RegexOptions.CultureInvariant);

    private static readonly Regex Editorial = new(@"\b(?i:" + EditorialWords + @")\b", RegexOptions.CultureInvariant);

    /// <summary>A placeholder saying what has to be written, e.g. <c>Placeholder.Text("factors favouring disclosure under s31(1)")</c>.</summary>
    public static string Text(string whatToWrite) => Marker + whatToWrite + "]";

    /// <summary>True when <paramref name="text"/> still holds a placeholder: FoiDsl's marker or text left from a template (<see cref="Find"/>).</summary>
    public static bool IsIn(string? text) => Find(text) is not null;

    /// <summary>
    /// The first placeholder in <paramref name="text"/> as written there — FoiDsl's marker
    /// (<c>[to be written: …]</c>) or a template leftover such as <c>[List of suppliers]</c>,
    /// <c>&lt;&lt;Date&gt;&gt;</c>, <c>XXX</c> or <c>TBC</c> — or null when it holds none.
    /// </summary>
    public static string? Find(string? text)
    {
        if (text is null || text.Length == 0)
        {
            return null;
        }

        var marker = text.IndexOf(Marker, StringComparison.Ordinal);
        if (marker >= 0)
        {
            var end = text.IndexOf(']', marker);
            return end < 0 ? text.Substring(marker) : text.Substring(marker, end - marker + 1);
        }

        if (!MayHoldTemplateText(text))
        {
            return null;
        }

        for (var match = TemplateField.Match(text); match.Success; match = match.NextMatch())
        {
            if (!(match.Groups["field"].Success && Editorial.IsMatch(match.Groups["field"].Value)))
            {
                return match.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// A scan of <paramref name="text"/> for what every template leftover must hold — "[", "&lt;&lt;", "«", three X in a
    /// row, or "TBC"/"TBD" in any case — so that prose holding none of them, nearly every paragraph of a response,
    /// is passed without running <see cref="TemplateField"/>. It may answer true for text the expression then passes.
    /// </summary>
    internal static bool MayHoldTemplateText(string text)
    {
        var xs = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '[':
                case '«':
                    return true;
                case '<' when i + 1 < text.Length && text[i + 1] == '<':
                    return true;
                case 'x':
                case 'X':
                    if (++xs == 3)
                    {
                        return true;
                    }

                    continue;
                case 't':
                case 'T':
                    if (i + 2 < text.Length && (text[i + 1] == 'b' || text[i + 1] == 'B') && text[i + 2] is 'c' or 'C' or 'd' or 'D')
                    {
                        return true;
                    }

                    break;
            }

            xs = 0;
        }

        return false;
    }
}
