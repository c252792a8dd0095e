// Shared with the analyzers: see Exemption.cs.
using System.Collections.Generic;
using System.Linq;

#if FOIDSL_ANALYZERS
namespace FoiDsl.Generators.Catalogue;
#else
namespace FoiDsl;
#endif

/// <summary>How the regimes' catalogue files write their rows.</summary>
internal static class CatalogueRows
{
    /// <summary>One row: its main provision first among its citations, then every further citation, each once.</summary>
    public static Exemption Row(
        Regime regime, string id, string section, GroundKind kind, ExemptionStatus status, HarmTest test, string title,
        string? ncnd, string provision, string note, params string[][] more)
    {
        var citations = new List<string> { provision };
        foreach (var group in more)
        {
            citations.AddRange(group.Where(c => !citations.Contains(c)));
        }

        return new Exemption(id, section, provision, title, kind, status, test, ncnd, citations, note) { Regime = regime };
    }

    /// <summary>A subsection and its lettered paragraphs: <c>s31(1)</c>, <c>s31(1)(a)</c>, …</summary>
    public static string[] Paragraphs(string subsection, params string[] letters)
    {
        var result = new List<string> { subsection };
        result.AddRange(letters.Select(letter => $"{subsection}({letter})"));
        return result.ToArray();
    }
}
