using System.Text;

namespace FoiDsl.Rendering;

/// <summary>
/// Makes user text safe to print in any output format before the format escapes its own syntax:
/// control characters become visible, bidirectional overrides and isolates are removed and broken
/// UTF-16 is repaired. The rules, and why, are in docs/rendering.md.
/// </summary>
internal static class TextSafety
{
    /// <summary>What a control character, noncharacter or lone surrogate is shown as: U+FFFD REPLACEMENT CHARACTER.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>
    /// Cleans <paramref name="text"/>, then collapses white space as <see cref="Prose.Tidy"/> does.
    /// Line breaks and tabs are white space, so they become spaces; every other C0 control
    /// (NUL, BEL, BS, ESC …), DEL, the C1 controls U+0080–U+009F, noncharacters and lone
    /// surrogates become U+FFFD; bidi embeddings, overrides and isolates (U+202A–U+202E,
    /// U+2066–U+2069) are dropped.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var result = new StringBuilder(text!.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                if ((codePoint & 0xFFFE) == 0xFFFE)
                {
                    result.Append(Replacement); // U+1FFFE, U+1FFFF, …: noncharacters
                }
                else
                {
                    result.Append(c).Append(text[i + 1]);
                }

                i++;
                continue;
            }

            if (IsBidiControl(c))
            {
                continue;
            }

            result.Append(char.IsWhiteSpace(c) ? ' ' : IsForbidden(c) ? Replacement : c);
        }

        return Prose.Tidy(result.ToString());
    }

    /// <summary>True for the bidi embeddings, overrides and isolates that can reorder what a reader sees.</summary>
    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>True for a UTF-16 unit no output may carry raw (white space aside): controls, noncharacters, surrogates.</summary>
    public static bool IsForbidden(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F' || char.IsSurrogate(c) || c is >= '\uFDD0' and <= '\uFDEF' || c is '\uFFFE' or '\uFFFF';
}
