using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace FoiDsl.Rendering;

/// <summary>Small rules of English used by the layout and the renderers.</summary>
internal static class Prose
{
    private static readonly string[] MonthNames =
    {
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    };

    /// <summary>A date as written in UK correspondence, e.g. <c>2 May 2023</c>, whatever the current culture.</summary>
    public static string Date(DateTime date) =>
        date.Day.ToString(CultureInfo.InvariantCulture) + " " + MonthNames[date.Month - 1] + " " + date.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Joins items as a list in prose: <c>A</c>, <c>A and B</c>, <c>A, B and C</c>.</summary>
    public static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    /// <summary>Joins items as prose: "a", "a and b", "a, b and c".</summary>
    public static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count switch
        {
            0 => string.Empty,
            1 => all[0],
            _ => string.Join(", ", all.Take(all.Count - 1)) + " and " + all[all.Count - 1],
        };
    }

    /// <summary>Collapses every run of white space (line breaks included) to one space and trims the ends.</summary>
    public static string Tidy(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var result = new StringBuilder(text!.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
