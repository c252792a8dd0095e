// Shared with the analyzers: see Exemption.cs.
// Facts: FOIA 2000 Part II (ss.21–44), s2(3) for absolute exemptions, ss.8, 12 and 14 for procedural
// grounds. Each row is one citable ground; where the limbs of a section differ in status or test
// (s27, s30, s37, s40, s43) each limb is its own row.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

#if FOIDSL_ANALYZERS
namespace FoiDsl.Generators.Catalogue;
#else
namespace FoiDsl;
#endif

/// <summary>The outcome of looking a citation up in the catalogue.</summary>
/// <param name="Exemption">The entry the citation names, or null.</param>
/// <param name="Canonical">The citation in canonical form (e.g. <c>s31(1)(a)</c>), or the text as given when it is not a citation.</param>
/// <param name="Problem">Why the citation cannot be used, in words for an FOI officer; null when it resolved.</param>
/// <param name="NeitherConfirmNorDeny">True when the citation is read as the exemption from the duty to confirm or deny (s1(1)(a)); <paramref name="Canonical"/> is then the NCND provision, e.g. <c>s24(2)</c>.</param>
public sealed record CitationResolution(Exemption? Exemption, string Canonical, string? Problem, bool NeitherConfirmNorDeny = false)
{
    /// <summary>True when the citation names a catalogue entry.</summary>
    public bool IsResolved => Exemption is not null;

    /// <summary>The regime a typed citation named when it is not the one the request is answered under; null otherwise.</summary>
    public Regime? OtherRegime { get; init; }

    /// <summary>For a citation of another regime, the entry to cite instead under the request's regime, where there is one.</summary>
    public Exemption? Counterpart { get; init; }

    /// <summary>The citation as written when it is one the Act no longer uses (e.g. <c>s40(5)</c> before 2018); <see cref="Canonical"/> is then today's provision.</summary>
    public string? Replaces { get; init; }
}

/// <summary>
/// The catalogues of every regime (<see cref="RegimeDefinition.Catalogue"/>) and how a citation is
/// looked up in them: every citable ground with its status (absolute or qualified), harm test and
/// neither-confirm-nor-deny provision. Every lookup is made under a regime, FOIA unless named; a typed
/// citation naming another regime (<c>"EIR reg 12(5)(e)"</c> in a FOIA request) is refused with the
/// counterpart to use.
/// </summary>
public static class ExemptionCatalogue
{
    private sealed class Table
    {
        public Table(RegimeDefinition regime)
        {
            Regime = regime;
            foreach (var entry in regime.Catalogue)
            {
                ById.Add(entry.Id, entry);
                foreach (var citation in entry.Citations)
                {
                    ByCitation.Add(citation, entry);
                }
            }
        }

        public RegimeDefinition Regime { get; }

        public Dictionary<string, Exemption> ById { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Exemption> ByCitation { get; } = new(StringComparer.Ordinal);

        public IReadOnlyList<Exemption> All => Regime.Catalogue;
    }

    private static readonly Dictionary<Regime, Table> Tables = RegimeDefinition.All.ToDictionary(r => r.Regime, r => new Table(r));

    /// <summary>
    /// Resolutions already made. A resolution depends only on the text and the regime, and the rules of one
    /// build ask for the same few citations thousands of times; the cache stops growing at
    /// <see cref="MaxRemembered"/> entries, so an editor session typing many citations cannot fill memory.
    /// </summary>
    private static readonly ConcurrentDictionary<(string Kind, string Text, Regime Regime), CitationResolution> Remembered = new();

    private const int MaxRemembered = 4096;

    private static CitationResolution Memo(string kind, string? text, Regime regime, Func<string?, Regime, CitationResolution> resolve)
    {
        if (text is null)
        {
            return resolve(text, regime);
        }

        var key = (kind, text, regime);
        if (Remembered.TryGetValue(key, out var known))
        {
            return known;
        }

        var resolution = resolve(text, regime);
        if (Remembered.Count < MaxRemembered)
        {
            Remembered.TryAdd(key, resolution);
        }

        return resolution;
    }

    /// <summary>Every entry of the FOIA catalogue, in section order (<see cref="For"/> gives another regime's).</summary>
    public static IReadOnlyList<Exemption> All => Tables[Regime.Foia].All;

    /// <summary>Every entry of <paramref name="regime"/>'s catalogue, in statute order.</summary>
    public static IReadOnlyList<Exemption> For(Regime regime) => Tables[regime].All;

    /// <summary>Finds an entry by its catalogue id (e.g. <c>s24</c>, <c>s40.2a</c>, <c>eir.12.5.e</c>, <c>foisa.s35</c>), in any regime.</summary>
    public static Exemption? FindById(string id)
    {
        foreach (var table in Tables.Values)
        {
            if (table.ById.TryGetValue(id, out var entry))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>
    /// Looks a citation up under <paramref name="regime"/>. A bare section (<c>s31</c>) resolves to its
    /// main provision when the section has one entry. Citations of neither-confirm-nor-deny provisions,
    /// of provisions that are not grounds (FOIA s25), of subsections the section does not have, and of
    /// another regime (<c>"EIR reg 12(5)(e)"</c> under FOIA) are refused with a reason.
    /// </summary>
    public static CitationResolution Resolve(string? text, Regime regime = Regime.Foia) =>
        Memo(nameof(Resolve), text, regime, ResolveUncached);

    private static CitationResolution ResolveUncached(string? text, Regime regime)
    {
        if (OtherRegime(text, regime) is { } foreign)
        {
            return foreign;
        }

        text = RegimeDefinition.SplitPrefix(text).Citation;
        var table = Tables[regime];
        if (regime == Regime.Foia && Current(text) is { } current)
        {
            return Resolve(current.Today) with { Replaces = current.Written };
        }

        var citation = Citation.TryParse(text);
        if (citation is null)
        {
            var shown = text?.Trim() ?? string.Empty;
            return new CitationResolution(null, shown, $"'{shown}' is not a statutory citation; write it as a {(table.Regime.IsEnvironmental ? "regulation" : "section")} and its subsections, e.g. {table.Regime.CitationExample}.");
        }

        var canonical = citation.Canonical;
        if (citation.IsRegulation != table.Regime.IsEnvironmental)
        {
            return new CitationResolution(null, canonical, $"{canonical} is not a provision of the {table.Regime.Name}: {table.Regime.CatalogueScope}.");
        }

        if (table.ByCitation.TryGetValue(canonical, out var exact))
        {
            return new CitationResolution(exact, canonical, null);
        }

        var entries = table.All.Where(e => e.Section == citation.Section).ToList();
        if (table.Regime.NotGrounds.TryGetValue(citation.Section, out var notAGround))
        {
            return new CitationResolution(null, canonical, notAGround);
        }

        if (entries.Count == 0)
        {
            return new CitationResolution(null, canonical, $"{canonical} is not {(table.Regime.IsEnvironmental ? "an exception" : "an exemption")}: {table.Regime.CatalogueScope}.");
        }

        if (citation.Path.Count == 0)
        {
            if (entries.Count == 1)
            {
                var only = entries[0];
                return new CitationResolution(only, only.Provision, null);
            }

            var limbs = entries.Select(e => e.Status).Distinct().Count() > 1 ? "limbs that differ in status" : "more than one limb";
            return new CitationResolution(null, canonical, $"{canonical} has {limbs}; cite one: {Describe(entries)}.");
        }

        var ncnd = entries.FirstOrDefault(e => e.NeitherConfirmNorDenyCitations.Contains(canonical));
        if (ncnd is not null)
        {
            return new CitationResolution(null, canonical, $"{canonical} is the neither-confirm-nor-deny provision of {ncnd.Provision} ({ncnd.Title}), not a ground for withholding information; cite {ncnd.Provision} for information that is withheld, or use {canonical} with [NeitherConfirmNorDeny].");
        }

        var valid = string.Join(", ", entries.SelectMany(e => e.Citations));
        return new CitationResolution(null, canonical, $"{(citation.IsRegulation ? "Regulation" : "Section")} {citation.Section} has no provision {canonical}; the citable provisions are {valid}.");
    }

    /// <summary>
    /// The refusal of a typed citation naming another regime than <paramref name="regime"/>, with the
    /// counterpart to use where there is one; null when the citation names no regime or the same one.
    /// </summary>
    public static CitationResolution? OtherRegime(string? text, Regime regime)
    {
        var (named, rest) = RegimeDefinition.SplitPrefix(text);
        if (named is not { } written || written == regime)
        {
            return null;
        }

        var from = RegimeDefinition.For(written);
        var to = RegimeDefinition.For(regime);
        var resolved = Resolve(rest, written);
        var shown = resolved.Exemption is { } entry ? $"{from.ShortName} {resolved.Canonical} – {entry.Title}" : $"{from.ShortName} {rest}";
        var counterpart = resolved.Exemption is null ? null : Counterparts.For(resolved.Exemption, regime);
        var hint = counterpart is null
            ? $"cite a ground of the {to.Name} instead ({to.CatalogueScope})"
            : $"the {to.ShortName} counterpart is {counterpart.Provision} – {counterpart.Title}";
        var route = from.EnvironmentalRegime == regime || to.EnvironmentalRegime == written
            ? $", or answer the question under the {from.ShortName} with Regime = Regime.{written} on its [Question]"
            : string.Empty;
        return new CitationResolution(null, rest, $"{shown} is a ground of the {from.Name}, but this is answered under the {to.Name}: {hint}{route}.")
        {
            OtherRegime = written,
            Counterpart = counterpart,
        };
    }

    /// <summary>
    /// Looks up a citation used to neither confirm nor deny (s1(1)(a)): an exemption (<c>s24(1)</c>)
    /// or its NCND provision (<c>s24(2)</c>). Resolves to the exemption, with the NCND provision as
    /// the canonical citation; refused with a reason when the exemption has no NCND limb (s21, s43(1)),
    /// and when the provision serves limbs that differ (s27(4), s30(3), s37(2)) and the limb is not named.
    /// </summary>
    public static CitationResolution ResolveNeitherConfirmNorDeny(string? text, Regime regime = Regime.Foia) =>
        Memo(nameof(ResolveNeitherConfirmNorDeny), text, regime, ResolveNeitherConfirmNorDenyUncached);

    private static CitationResolution ResolveNeitherConfirmNorDenyUncached(string? text, Regime regime)
    {
        if (OtherRegime(text, regime) is { } foreign)
        {
            return foreign;
        }

        text = RegimeDefinition.SplitPrefix(text).Citation;
        if (regime == Regime.Foia && Current(text) is { } current)
        {
            return ResolveNeitherConfirmNorDeny(current.Today) with { Replaces = current.Written };
        }

        var citation = Citation.TryParse(text);
        var parents = citation is null ? new List<Exemption>() : ParentsOf(Tables[regime], citation.Canonical, orParagraphs: true);
        if (parents.Count == 1)
        {
            return new CitationResolution(parents[0], parents[0].NeitherConfirmNorDeny!, null, NeitherConfirmNorDeny: true);
        }

        if (parents.Count > 1)
        {
            var limbs = string.Join("; ", parents.Select(e => $"{e.Provision} {e.Title} ({StatusWord(e)})"));
            return new CitationResolution(null, citation!.Canonical, $"{citation.Canonical} is the neither-confirm-nor-deny provision of more than one limb, and the limbs differ: name the limb relied on ({limbs}); the response still cites {citation.Canonical}.");
        }

        var resolved = Resolve(text, regime);
        return resolved.Exemption switch
        {
            null => resolved,
            { Kind: not GroundKind.Exemption } ground => new CitationResolution(null, resolved.Canonical, $"{resolved.Canonical} ({ground.Title}) is a procedural ground, not an exemption with a neither-confirm-nor-deny limb."),
            { NeitherConfirmNorDeny: null } exemption => new CitationResolution(null, resolved.Canonical, $"{resolved.Canonical} – {exemption.Title} has no neither-confirm-nor-deny {(Tables[regime].Regime.SharedNeitherConfirmNorDeny is { } shared ? "power (" + shared + " does not extend to it)" : "limb")}, so the authority must confirm or deny whether it holds the information. The {Tables[regime].Regime.GroundWordPlural} that have one are {NeitherConfirmNorDenySections(regime)}."),
            { } exemption => new CitationResolution(exemption, exemption.NeitherConfirmNorDeny!, null, NeitherConfirmNorDeny: true),
        };
    }

    /// <summary>
    /// Looks up the citation a public interest test or evidence of harm is written for. An exemption
    /// (<c>s31(1)</c>) means the duty to communicate the information (s1(1)(b), s2(2)); its
    /// neither-confirm-nor-deny provision (<c>s31(3)</c>) means the duty to confirm or deny
    /// (s1(1)(a), s2(1)). A provision shared by limbs (<c>s37(2)</c>) is accepted here: the test is
    /// for that provision, whichever limb the request relies on.
    /// </summary>
    public static CitationResolution ResolveSection(string? text, Regime regime = Regime.Foia) =>
        Memo(nameof(ResolveSection), text, regime, ResolveSectionUncached);

    private static CitationResolution ResolveSectionUncached(string? text, Regime regime)
    {
        if (OtherRegime(text, regime) is { } foreign)
        {
            return foreign;
        }

        text = RegimeDefinition.SplitPrefix(text).Citation;
        if (regime == Regime.Foia && Current(text) is { } current)
        {
            return ResolveSection(current.Today) with { Replaces = current.Written };
        }

        var citation = Citation.TryParse(text);
        var parents = citation is null ? new List<Exemption>() : ParentsOf(Tables[regime], citation.Canonical);
        if (parents.Count > 0)
        {
            // Of shared provisions prefer a qualified limb: only those need a test at all.
            var parent = parents.FirstOrDefault(e => e.RequiresPublicInterestTest) ?? parents[0];
            return new CitationResolution(parent, parent.NeitherConfirmNorDeny!, null, NeitherConfirmNorDeny: true);
        }

        return Resolve(text, regime);
    }

    /// <summary>True when a section written for <paramref name="section"/> covers the claim <paramref name="claimed"/>: the same duty, and the same exemption (to withhold) or the same NCND provision (to neither confirm nor deny).</summary>
    public static bool Covers(CitationResolution section, CitationResolution claimed) =>
        section.Exemption is not null && claimed.Exemption is not null
        && section.NeitherConfirmNorDeny == claimed.NeitherConfirmNorDeny
        && (section.NeitherConfirmNorDeny ? section.Canonical == claimed.Canonical : section.Exemption.Id == claimed.Exemption.Id);

    /// <summary>
    /// The entries whose NCND provision is <paramref name="canonical"/>; with <paramref name="orParagraphs"/>,
    /// when none is, those whose NCND provision is a paragraph of that subsection (s27(4) for s27(4)(a) and (b)).
    /// </summary>
    private static List<Exemption> ParentsOf(Table table, string canonical, bool orParagraphs = false)
    {
        var exemptions = table.All.Where(e => e.Kind == GroundKind.Exemption).ToList();
        var exact = exemptions.Where(e => e.NeitherConfirmNorDenyCitations.Contains(canonical)).ToList();
        return exact.Count > 0 || !orParagraphs || canonical.IndexOf('(') < 0 ? exact
            : exemptions.Where(e => e.NeitherConfirmNorDenyCitations.Any(c => c.StartsWith(canonical + "(", StringComparison.Ordinal))).ToList();
    }

    /// <summary>
    /// Looks up the ground for refusing a whole request: s12(1), s12(2) (cost), s14(1) (vexatious)
    /// or s14(2) (repeated). Exemptions and s8 are refused with a reason.
    /// </summary>
    public static CitationResolution ResolveProceduralGround(string? text, Regime regime = Regime.Foia) =>
        Memo(nameof(ResolveProceduralGround), text, regime, ResolveProceduralGroundUncached);

    private static CitationResolution ResolveProceduralGroundUncached(string? text, Regime regime)
    {
        var definition = Tables[regime].Regime;
        if (OtherRegime(text, regime) is { } foreign)
        {
            return foreign;
        }

        if (definition.NoProceduralGrounds is { } none)
        {
            return new CitationResolution(null, Citation.Normalize(RegimeDefinition.SplitPrefix(text).Citation), none);
        }

        text = RegimeDefinition.SplitPrefix(text).Citation;
        var citation = Citation.TryParse(text);
        if (citation is not null && definition.CostGroundId is { } costId && FindById(costId) is { NeitherConfirmNorDeny: { } costNcnd } cost && citation.Canonical == costNcnd)
        {
            return new CitationResolution(cost, citation.Canonical, null);
        }

        var grounds = $"A whole request is refused only under {Prose(definition.Catalogue.Where(e => e.Kind == GroundKind.ProceduralGround && e.Id != "s8").Select(e => e.Provision))}.";
        var resolved = Resolve(text, regime);
        return resolved.Exemption switch
        {
            null => resolved,
            { Kind: GroundKind.Exemption } exemption => new CitationResolution(null, resolved.Canonical, $"{resolved.Canonical} – {exemption.Title} is an exemption: withhold the questions it covers with [Exempt] instead. {grounds}"),
            { Id: "s8" } => new CitationResolution(null, resolved.Canonical, $"s8 describes what a valid request is; it is not a ground for refusing one. {grounds}"),
            _ => resolved,
        };
    }

    /// <summary>
    /// True when a claim needs a public interest test: a qualified ground, or any ground relied on through
    /// a shared neither-confirm-nor-deny power that is itself conditional on the public interest (FOISA
    /// s18(1): revealing whether the information exists or is held "would be contrary to the public
    /// interest", whether the exemption it is used with is absolute or not).
    /// </summary>
    public static bool NeedsPublicInterestTest(CitationResolution claim) =>
        claim.Exemption is { } entry
        && (entry.RequiresPublicInterestTest
            || (claim.NeitherConfirmNorDeny && RegimeDefinition.For(entry.Regime).SharedNeitherConfirmNorDeny == claim.Canonical));

    /// <summary>True when <paramref name="ground"/> is a cost ground: FOIA s12(1) or s12(2), FOISA s12(1).</summary>
    public static bool IsCostGround(CitationResolution ground) =>
        ground.Exemption is { } entry && RegimeDefinition.For(entry.Regime).CostGroundId == entry.Id;

    private static string Prose(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " or " + list[list.Count - 1];
    }

    /// <summary>
    /// Today's provision for a citation written as the Act read before the Data Protection Act 2018
    /// rewrote s40 (Sch 19 para 58): police and council templates still cite them. Null when the
    /// citation is current (or not a citation).
    /// </summary>
    public static (string Written, string Today)? Current(string? text)
    {
        var canonical = Citation.TryParse(text)?.Canonical;
        return canonical is not null && Superseded.TryGetValue(canonical, out var today) ? (canonical, today) : null;
    }

    /// <summary>Pre-2018 citations of s40 and the provisions that replaced them.</summary>
    private static readonly Dictionary<string, string> Superseded = new(StringComparer.Ordinal)
    {
        ["s40(3)(a)"] = "s40(3A)",
        ["s40(3)(a)(i)"] = "s40(3A)(a)",
        ["s40(4)"] = "s40(4A)",
        ["s40(5)"] = "s40(5B)(a)",
        ["s40(5)(a)"] = "s40(5A)",
        ["s40(5)(b)"] = "s40(5B)(a)",
        ["s40(5)(b)(i)"] = "s40(5B)(a)",
    };

    /// <summary>The sections whose exemptions have a neither-confirm-nor-deny limb, e.g. "s22, s22A, …, s43(2) and s44".</summary>
    public static string NeitherConfirmNorDenySections(Regime regime = Regime.Foia)
    {
        var parts = Tables[regime].All.Where(e => e.Kind == GroundKind.Exemption)
            .GroupBy(e => e.Section)
            .Where(g => g.Any(e => e.NeitherConfirmNorDeny is not null))
            .Select(g => g.All(e => e.NeitherConfirmNorDeny is not null)
                ? (g.First().Provision.StartsWith("reg ", StringComparison.Ordinal) ? "reg " : "s") + g.Key
                : string.Join(", ", g.Where(e => e.NeitherConfirmNorDeny is not null).Select(e => e.Provision)))
            .ToList();
        return parts.Count <= 1 ? string.Concat(parts) : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[parts.Count - 1];
    }

    private static string Describe(IEnumerable<Exemption> entries) =>
        string.Join("; ", entries.Select(e => $"{e.Provision} {e.Title} ({StatusWord(e)})"));

    /// <summary>"absolute", "qualified", or for s8, s12 and s14 "procedural, no public interest test".</summary>
    public static string StatusWord(Exemption entry) => entry.Status switch
    {
        ExemptionStatus.Absolute => "absolute",
        ExemptionStatus.Qualified => "qualified",
        _ => "procedural, no public interest test",
    };
}
