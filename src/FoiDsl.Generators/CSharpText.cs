using System;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace FoiDsl.Generators;

/// <summary>
/// Puts user text into generated C# as data, never as code: string literals that escape every
/// character outside printable ASCII, documentation text on one line, keywords as <c>@</c>
/// identifiers, and hint names that are always valid file names. Question wordings are pasted from
/// requesters' emails, so line breaks (including U+0085, U+2028, U+2029), control characters,
/// <c>*/</c>, <c>&lt;/summary&gt;</c> and lone surrogates are ordinary input here.
/// </summary>
internal static class CSharpText
{
    /// <summary>A C# string literal holding exactly <paramref name="value"/>; only printable ASCII appears unescaped.</summary>
    public static string Literal(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case >= ' ' and <= '~': text.Append(c); break;
                default: text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
            }
        }

        return text.Append('"').ToString();
    }

    /// <summary>
    /// Text for a <c>///</c> documentation comment: on one line (every line break and control or
    /// format character becomes a space), XML-escaped, lone surrogates replaced, and shortened to
    /// <paramref name="maxLength"/> characters.
    /// </summary>
    public static string Doc(string text, int maxLength = int.MaxValue)
    {
        var line = new StringBuilder(Math.Min(text.Length, 1024));
        var pendingSpace = false;
        for (var i = 0; i < text.Length && line.Length < maxLength; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                Flush(line, ref pendingSpace).Append(c).Append(text[++i]);
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            if (char.IsWhiteSpace(c) || category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                pendingSpace = line.Length > 0;
                continue;
            }

            Flush(line, ref pendingSpace);
            switch (c)
            {
                case '&': line.Append("&amp;"); break;
                case '<': line.Append("&lt;"); break;
                case '>': line.Append("&gt;"); break;
                case '"': line.Append("&quot;"); break;
                case '\'': line.Append("&apos;"); break;
                case var _ when char.IsSurrogate(c): line.Append('\uFFFD'); break;
                default: line.Append(c); break;
            }
        }

        return line.Length >= maxLength ? line.Append('…').ToString() : line.ToString();
    }

    /// <summary>Writes the space owed before the next character of <paramref name="line"/>.</summary>
    private static StringBuilder Flush(StringBuilder line, ref bool pendingSpace)
    {
        if (pendingSpace)
        {
            line.Append(' ');
            pendingSpace = false;
        }

        return line;
    }

    /// <summary>A name as a C# identifier: reserved keywords get <c>@</c> (<c>@class</c>).</summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>
    /// A hint name made only of letters, digits, <c>_</c> and <c>.</c>, unique for <paramref name="fullName"/>:
    /// any other character is replaced and a stable hash of the full name is appended.
    /// </summary>
    public static string HintName(string fullName, string suffix)
    {
        var safe = new StringBuilder(fullName.Length);
        foreach (var c in fullName)
        {
            safe.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '.' ? c : '_');
        }

        if (safe.ToString() == fullName)
        {
            return fullName + suffix;
        }

        // FNV-1a: the same name always gives the same hint, whatever the runtime's string hashing.
        var hash = 2166136261u;
        foreach (var c in fullName)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return safe + "_" + hash.ToString("x8", CultureInfo.InvariantCulture) + suffix;
    }
}
