// Shared with the analyzers: see Exemption.cs.
using System.Collections.Generic;
using System.Text;

#if FOIDSL_ANALYZERS
namespace FoiDsl.Generators.Catalogue;
#else
namespace FoiDsl;
#endif

/// <summary>
/// A statutory citation such as <c>s31(1)(a)</c> or <c>reg 12(5)(e)</c>, parsed into its section
/// (or regulation) and subsection path. Accepts the ways responses write citations: <c>s31(1)(a)</c>,
/// <c>S31(1)(a)</c>, <c>s.31(1)(a)</c>, <c>section 31(1)(a)</c>, <c>31 (1) (a)</c>; and for
/// regulations <c>reg 12(5)(e)</c>, <c>reg. 12(5)(e)</c>, <c>regulation 12(5)(e)</c>.
/// </summary>
public sealed class Citation
{
    private Citation(string section, IReadOnlyList<string> path, bool isRegulation)
    {
        Section = section;
        Path = path;
        IsRegulation = isRegulation;
        var text = new StringBuilder(isRegulation ? "reg " : "s").Append(section);
        foreach (var part in path)
        {
            text.Append('(').Append(part).Append(')');
        }

        Canonical = text.ToString();
    }

    /// <summary>The section, e.g. <c>31</c> or <c>22A</c>.</summary>
    public string Section { get; }

    /// <summary>True for a regulation (<c>reg 12(5)(e)</c>) rather than a section of an Act.</summary>
    public bool IsRegulation { get; }

    /// <summary>The subsection path, e.g. <c>["1", "a"]</c> for <c>s31(1)(a)</c>.</summary>
    public IReadOnlyList<string> Path { get; }

    /// <summary>The canonical form, e.g. <c>s31(1)(a)</c>, <c>reg 12(5)(e)</c>.</summary>
    public string Canonical { get; }

    /// <inheritdoc />
    public override string ToString() => Canonical;

    /// <summary>Parses a citation; returns null when the text is not a citation at all.</summary>
    public static Citation? TryParse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var s = text.Trim();
        var i = 0;
        var isRegulation = false;
        if (StartsWithWord(s, "regulation") || StartsWithWord(s, "reg"))
        {
            isRegulation = true;
            i = StartsWithWord(s, "regulation") ? "regulation".Length : "reg".Length;
            if (i < s.Length && s[i] == '.')
            {
                i++;
            }
        }
        else if (StartsWithWord(s, "section"))
        {
            i = "section".Length;
        }
        else if (s.Length > 0 && (s[0] == 's' || s[0] == 'S'))
        {
            i = 1;
            if (i < s.Length && s[i] == '.')
            {
                i++;
            }
        }

        i = SkipSpaces(s, i);
        var start = i;
        while (i < s.Length && char.IsDigit(s[i]))
        {
            i++;
        }

        if (i == start)
        {
            return null;
        }

        var section = new StringBuilder(s.Substring(start, i - start));
        while (i < s.Length && char.IsLetter(s[i]))
        {
            section.Append(char.ToUpperInvariant(s[i]));
            i++;
        }

        var path = new List<string>();
        while (true)
        {
            i = SkipSpaces(s, i);
            if (i >= s.Length)
            {
                break;
            }

            if (s[i] != '(')
            {
                return null;
            }

            var close = s.IndexOf(')', i + 1);
            if (close < 0)
            {
                return null;
            }

            var part = s.Substring(i + 1, close - i - 1).Trim();
            if (part.Length == 0 || !IsPart(part))
            {
                return null;
            }

            // Subsections are numbers with an optional capital (3A); paragraphs are lower case (a), (aa), (ii).
            path.Add(char.IsDigit(part[0]) ? part.ToUpperInvariant() : part.ToLowerInvariant());
            i = close + 1;
        }

        return new Citation(section.ToString(), path, isRegulation);
    }

    /// <summary>The canonical form of <paramref name="text"/>, or the trimmed text itself when it is not a citation.</summary>
    public static string Normalize(string text) => TryParse(text)?.Canonical ?? text.Trim();

    private static bool IsPart(string part)
    {
        foreach (var c in part)
        {
            if (!char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsWithWord(string s, string word) =>
        s.Length > word.Length
        && string.Compare(s, 0, word, 0, word.Length, System.StringComparison.OrdinalIgnoreCase) == 0
        && !char.IsLetter(s[word.Length]);

    private static int SkipSpaces(string s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        return i;
    }
}
