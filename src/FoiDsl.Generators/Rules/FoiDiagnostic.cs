using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// Creates the rules' diagnostics with every text argument made safe for a build log: on one line,
/// with line breaks, control characters, bidi controls and lone surrogates shown as escapes
/// (<c>\n</c>, <c>\u202e</c>), and very long text shortened. Question wordings and references come
/// from requesters' emails; quoted raw, they could forge lines in the log or reorder what it shows.
/// </summary>
internal static class FoiDiagnostic
{
    /// <summary>How many characters of one argument a message shows.</summary>
    private const int MaxArgumentLength = 1000;

    public static Diagnostic Create(DiagnosticDescriptor rule, Location? location, params object?[] arguments) =>
        Diagnostic.Create(rule, location, Safe(arguments));

    public static Diagnostic Create(DiagnosticDescriptor rule, Location? location, IEnumerable<Location>? additionalLocations, params object?[] arguments) =>
        Diagnostic.Create(rule, location, additionalLocations, Safe(arguments));

    public static Diagnostic Create(DiagnosticDescriptor rule, Location? location, IEnumerable<Location>? additionalLocations, ImmutableDictionary<string, string?>? properties, params object?[] arguments) =>
        Diagnostic.Create(rule, location, additionalLocations, properties, Safe(arguments));

    /// <summary><paramref name="text"/> on one line, every character a log could act on shown as an escape, shortened past <paramref name="maxLength"/>.</summary>
    public static string OneLine(string text, int maxLength = MaxArgumentLength)
    {
        var line = new StringBuilder(System.Math.Min(text.Length, maxLength) + 8);
        for (var i = 0; i < text.Length; i++)
        {
            if (line.Length >= maxLength)
            {
                return line.Append('…').ToString();
            }

            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                line.Append(c).Append(text[++i]);
                continue;
            }

            switch (c)
            {
                case '\n': line.Append("\\n"); break;
                case '\r': line.Append("\\r"); break;
                case '\t': line.Append("\\t"); break;
                case var _ when IsUnsafe(c): line.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: line.Append(c); break;
            }
        }

        return line.ToString();
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || c is '\u0085' or '\u2028' or '\u2029' or '\u200e' or '\u200f' or '\u061c'
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');

    private static object?[] Safe(object?[]? arguments) =>
        arguments is null ? new object?[0] : arguments.Select(a => a is string text ? OneLine(text) : a).ToArray();
}
