// Shared with the analyzers: see Exemption.cs.
// Facts: FOIA 2000 Part II (ss.21–44), s2(3) for absolute exemptions, ss.8, 12 and 14 for procedural
// grounds. Each row is one citable ground; where the limbs of a section differ in status or test
// (s27, s30, s37, s40, s43) each limb is its own row.
using System;
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

    /// <summary>The citation as written when it is one the Act no longer uses (e.g. <c>s40(5)</c> before 2018); <see cref="Canonical"/> is then today's provision.</summary>
    public string? Replaces { get; init; }
}

/// <summary>
/// The FOIA 2000 exemption catalogue: every citable Part II exemption with its status (absolute or
/// qualified), harm test and neither-confirm-nor-deny provision, plus the procedural grounds s8, s12, s14.
/// </summary>
public static class ExemptionCatalogue
{
    private static readonly Dictionary<string, Exemption> ByCitation;
    private static readonly Dictionary<string, Exemption> ById;

    static ExemptionCatalogue()
    {
        All = Build();
        ByCitation = new Dictionary<string, Exemption>(StringComparer.Ordinal);
        ById = new Dictionary<string, Exemption>(StringComparer.Ordinal);
        foreach (var entry in All)
        {
            ById.Add(entry.Id, entry);
            foreach (var citation in entry.Citations)
            {
                ByCitation.Add(citation, entry);
            }
        }
    }

    /// <summary>Every entry, in section order.</summary>
    public static IReadOnlyList<Exemption> All { get; }

    /// <summary>Finds an entry by its catalogue id (e.g. <c>s24</c>, <c>s40.2a</c>).</summary>
    public static Exemption? FindById(string id) => ById.TryGetValue(id, out var entry) ? entry : null;

    /// <summary>
    /// Looks a citation up. A bare section (<c>s31</c>) resolves to its main provision when the
    /// section has one entry. Citations of neither-confirm-nor-deny provisions, of s25, and of
    /// subsections the section does not have are refused with a reason.
    /// </summary>
    public static CitationResolution Resolve(string? text)
    {
        if (Current(text) is { } current)
        {
            return Resolve(current.Today) with { Replaces = current.Written };
        }

        var citation = Citation.TryParse(text);
        if (citation is null)
        {
            var shown = text?.Trim() ?? string.Empty;
            return new CitationResolution(null, shown, $"'{shown}' is not a statutory citation; write it as a section and subsections, e.g. s31(1)(a).");
        }

        var canonical = citation.Canonical;
        if (ByCitation.TryGetValue(canonical, out var exact))
        {
            return new CitationResolution(exact, canonical, null);
        }

        var entries = All.Where(e => e.Section == citation.Section).ToList();
        if (citation.Section == "25")
        {
            return new CitationResolution(null, canonical, "s25 is not an exemption: it only supplements the ministerial certificates of ss.23 and 24. Cite s23 or s24 instead.");
        }

        if (entries.Count == 0)
        {
            return new CitationResolution(null, canonical, $"{canonical} is not an exemption: FOIA exemptions are ss.21–44 (Part II), and the procedural grounds are s8, s12 and s14.");
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
        return new CitationResolution(null, canonical, $"Section {citation.Section} has no provision {canonical}; the citable provisions are {valid}.");
    }

    /// <summary>
    /// Looks up a citation used to neither confirm nor deny (s1(1)(a)): an exemption (<c>s24(1)</c>)
    /// or its NCND provision (<c>s24(2)</c>). Resolves to the exemption, with the NCND provision as
    /// the canonical citation; refused with a reason when the exemption has no NCND limb (s21, s43(1)),
    /// and when the provision serves limbs that differ (s27(4), s30(3), s37(2)) and the limb is not named.
    /// </summary>
    public static CitationResolution ResolveNeitherConfirmNorDeny(string? text)
    {
        if (Current(text) is { } current)
        {
            return ResolveNeitherConfirmNorDeny(current.Today) with { Replaces = current.Written };
        }

        var citation = Citation.TryParse(text);
        var parents = citation is null ? new List<Exemption>() : ParentsOf(citation.Canonical, orParagraphs: true);
        if (parents.Count == 1)
        {
            return new CitationResolution(parents[0], parents[0].NeitherConfirmNorDeny!, null, NeitherConfirmNorDeny: true);
        }

        if (parents.Count > 1)
        {
            var limbs = string.Join("; ", parents.Select(e => $"{e.Provision} {e.Title} ({StatusWord(e)})"));
            return new CitationResolution(null, citation!.Canonical, $"{citation.Canonical} is the neither-confirm-nor-deny provision of more than one limb, and the limbs differ: name the limb relied on ({limbs}); the response still cites {citation.Canonical}.");
        }

        var resolved = Resolve(text);
        return resolved.Exemption switch
        {
            null => resolved,
            { Kind: not GroundKind.Exemption } ground => new CitationResolution(null, resolved.Canonical, $"{resolved.Canonical} ({ground.Title}) is a procedural ground, not an exemption with a neither-confirm-nor-deny limb."),
            { NeitherConfirmNorDeny: null } exemption => new CitationResolution(null, resolved.Canonical, $"{resolved.Canonical} – {exemption.Title} has no neither-confirm-nor-deny limb, so the authority must confirm or deny whether it holds the information. The exemptions that have one are {NeitherConfirmNorDenySections()}."),
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
    public static CitationResolution ResolveSection(string? text)
    {
        if (Current(text) is { } current)
        {
            return ResolveSection(current.Today) with { Replaces = current.Written };
        }

        var citation = Citation.TryParse(text);
        var parents = citation is null ? new List<Exemption>() : ParentsOf(citation.Canonical);
        if (parents.Count > 0)
        {
            // Of shared provisions prefer a qualified limb: only those need a test at all.
            var parent = parents.FirstOrDefault(e => e.RequiresPublicInterestTest) ?? parents[0];
            return new CitationResolution(parent, parent.NeitherConfirmNorDeny!, null, NeitherConfirmNorDeny: true);
        }

        return Resolve(text);
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
    private static List<Exemption> ParentsOf(string canonical, bool orParagraphs = false)
    {
        var exemptions = All.Where(e => e.Kind == GroundKind.Exemption).ToList();
        var exact = exemptions.Where(e => e.NeitherConfirmNorDenyCitations.Contains(canonical)).ToList();
        return exact.Count > 0 || !orParagraphs || canonical.IndexOf('(') < 0 ? exact
            : exemptions.Where(e => e.NeitherConfirmNorDenyCitations.Any(c => c.StartsWith(canonical + "(", StringComparison.Ordinal))).ToList();
    }

    /// <summary>
    /// Looks up the ground for refusing a whole request: s12(1), s12(2) (cost), s14(1) (vexatious)
    /// or s14(2) (repeated). Exemptions and s8 are refused with a reason.
    /// </summary>
    public static CitationResolution ResolveProceduralGround(string? text)
    {
        var citation = Citation.TryParse(text);
        var s12 = FindById("s12")!;
        if (citation is not null && citation.Canonical == s12.NeitherConfirmNorDeny)
        {
            return new CitationResolution(s12, citation.Canonical, null);
        }

        var resolved = Resolve(text);
        return resolved.Exemption switch
        {
            null => resolved,
            { Kind: GroundKind.Exemption } exemption => new CitationResolution(null, resolved.Canonical, $"{resolved.Canonical} – {exemption.Title} is an exemption: withhold the questions it covers with [Exempt] instead. A whole request is refused only under s12 (cost) or s14 (vexatious or repeated)."),
            { Id: "s8" } => new CitationResolution(null, resolved.Canonical, "s8 describes what a valid request is; it is not a ground for refusing one. A whole request is refused only under s12 (cost) or s14 (vexatious or repeated)."),
            _ => resolved,
        };
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
    public static string NeitherConfirmNorDenySections()
    {
        var parts = All.Where(e => e.Kind == GroundKind.Exemption)
            .GroupBy(e => e.Section)
            .Where(g => g.Any(e => e.NeitherConfirmNorDeny is not null))
            .Select(g => g.All(e => e.NeitherConfirmNorDeny is not null)
                ? "s" + g.Key
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

    private static IReadOnlyList<Exemption> Build()
    {
        const GroundKind Ex = GroundKind.Exemption;
        const GroundKind Proc = GroundKind.ProceduralGround;
        const ExemptionStatus Abs = ExemptionStatus.Absolute;
        const ExemptionStatus Qual = ExemptionStatus.Qualified;
        const ExemptionStatus None = ExemptionStatus.NotApplicable;

        return new[]
        {
            Entry("s8", "8", Proc, None, HarmTest.None, "Not a valid request for information", null, "s8(1)",
                "s8(1) sets the form of a valid request: in writing, giving the requester's real name and an address for correspondence, and describing the information requested. A request that lacks one of these is not a request under the Act.",
                Paragraphs("s8(1)", "a", "b", "c")),
            Entry("s12", "12", Proc, None, HarmTest.None, "Cost of compliance exceeds the appropriate limit", "s12(2)", "s12(1)",
                "Refuses the request when the cost of determining whether the information is held, locating it, retrieving it and extracting it (Fees Regulations 2004 reg 4(3)) would exceed the appropriate limit (£600 central government, £450 others, at £25 an hour). s12(2): where confirming or denying alone would exceed it. Advice and assistance under s16 is expected."),
            Entry("s14.1", "14", Proc, None, HarmTest.None, "Vexatious request", null, "s14(1)",
                "The request, not the requester, is vexatious. No public interest test."),
            Entry("s14.2", "14", Proc, None, HarmTest.None, "Repeated request", null, "s14(2)",
                "An identical or substantially similar request from the same person without a reasonable interval."),
            Entry("s21", "21", Ex, Abs, HarmTest.Class, "Information accessible to the applicant by other means", null, "s21(1)",
                "There is no neither-confirm-nor-deny limb: say where the information can be found."),
            Entry("s22", "22", Ex, Qual, HarmTest.Class, "Information intended for future publication", "s22(2)", "s22(1)",
                "A publication date need not be fixed, but withholding must be reasonable.",
                Paragraphs("s22(1)", "a", "b", "c")),
            Entry("s22A", "22A", Ex, Qual, HarmTest.Prejudice, "Research", "s22A(2)", "s22A(1)",
                "Information obtained in an ongoing programme of research; the prejudice element is in s22A(1)(b).",
                Paragraphs("s22A(1)", "a", "b")),
            Entry("s23", "23", Ex, Abs, HarmTest.Class, "Information supplied by, or relating to, bodies dealing with security matters", "s23(5)", "s23(1)",
                "The bodies are listed in s23(3). s23(1) and s24(1) cannot both be cited for the same information; s23(5) and s24(2) can."),
            Entry("s24", "24", Ex, Qual, HarmTest.RequiredForPurpose, "National security", "s24(2)", "s24(1)",
                "Engaged where exemption is required for the purpose of safeguarding national security.") with { Purpose = "safeguarding national security" },
            Entry("s26", "26", Ex, Qual, HarmTest.Prejudice, "Defence", "s26(3)", "s26(1)",
                "",
                Paragraphs("s26(1)", "a", "b")),
            Entry("s27.1", "27", Ex, Qual, HarmTest.Prejudice, "International relations", "s27(4)(a)", "s27(1)",
                "",
                Paragraphs("s27(1)", "a", "b", "c", "d")),
            Entry("s27.2", "27", Ex, Qual, HarmTest.Class, "Confidential information obtained from another State or an international organisation or court", "s27(4)(b)", "s27(2)",
                ""),
            Entry("s28", "28", Ex, Qual, HarmTest.Prejudice, "Relations within the United Kingdom", "s28(3)", "s28(1)",
                ""),
            Entry("s29", "29", Ex, Qual, HarmTest.Prejudice, "The economy", "s29(2)", "s29(1)",
                "",
                Paragraphs("s29(1)", "a", "b")),
            Entry("s30.1", "30", Ex, Qual, HarmTest.Class, "Investigations and proceedings conducted by public authorities", "s30(3)", "s30(1)",
                "Police use it for investigation files; s31 applies only to information not exempt under s30.",
                Paragraphs("s30(1)", "a", "b", "c")),
            Entry("s30.2", "30", Ex, Qual, HarmTest.Class, "Information relating to confidential sources and investigations", "s30(3)", "s30(2)",
                "",
                Paragraphs("s30(2)", "a", "b"),
                new[] { "s30(2)(a)(i)", "s30(2)(a)(ii)", "s30(2)(a)(iii)", "s30(2)(a)(iv)" }),
            Entry("s31", "31", Ex, Qual, HarmTest.Prejudice, "Law enforcement", "s31(3)", "s31(1)",
                "Only for information not exempt under s30. (a) prevention or detection of crime and (b) apprehension or prosecution of offenders are the usual police limbs; s31(2) lists the purposes for (g) to (i).",
                Paragraphs("s31(1)", "a", "b", "c", "d", "e", "f", "g", "h", "i"),
                Paragraphs("s31(2)", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j")),
            Entry("s32", "32", Ex, Abs, HarmTest.Class, "Court records", "s32(3)", "s32(1)",
                "s32(1) covers court records; s32(2) records of inquiries and arbitrations.",
                Paragraphs("s32(1)", "a", "b", "c"),
                Paragraphs("s32(2)", "a", "b")),
            Entry("s33", "33", Ex, Qual, HarmTest.Prejudice, "Audit functions", "s33(3)", "s33(2)",
                "Only for the audit bodies described in s33(1)."),
            Entry("s34", "34", Ex, Abs, HarmTest.RequiredForPurpose, "Parliamentary privilege", "s34(2)", "s34(1)",
                "Engaged where exemption is required to avoid an infringement of the privileges of either House.") with { Purpose = "avoiding an infringement of the privileges of either House of Parliament" },
            Entry("s35", "35", Ex, Qual, HarmTest.Class, "Formulation of government policy", "s35(3)", "s35(1)",
                "Only government departments and the Welsh Government can cite it.",
                Paragraphs("s35(1)", "a", "b", "c", "d")),
            Entry("s36", "36", Ex, Qual, HarmTest.Prejudice, "Prejudice to effective conduct of public affairs", "s36(3)", "s36(2)",
                "Engaged only by the reasonable opinion of a qualified person. Absolute for information held by the House of Commons or House of Lords. Not available where s35 applies.",
                new[] { "s36(2)(a)", "s36(2)(a)(i)", "s36(2)(a)(ii)", "s36(2)(a)(iii)", "s36(2)(b)", "s36(2)(b)(i)", "s36(2)(b)(ii)", "s36(2)(c)" }),
            Entry("s37.abs", "37", Ex, Abs, HarmTest.Class, "Communications with the Sovereign, the heir and the second in line to the throne", "s37(2)", "s37(1)(a)",
                "Absolute by s2(3)(ea) for paragraphs (a) to (ab).",
                new[] { "s37(1)(aa)", "s37(1)(ab)" }),
            Entry("s37.qual", "37", Ex, Qual, HarmTest.Class, "Communications with other members of the Royal Family or the Royal Household, and honours", "s37(2)", "s37(1)(b)",
                "Qualified for paragraphs (ac), (ad) and (b).",
                new[] { "s37(1)(ac)", "s37(1)(ad)" }),
            Entry("s38", "38", Ex, Qual, HarmTest.Endangerment, "Health and safety", "s38(2)", "s38(1)",
                "Disclosure would, or would be likely to, endanger physical or mental health or safety; danger to mental health must go beyond stress or worry.",
                Paragraphs("s38(1)", "a", "b")),
            Entry("s39", "39", Ex, Qual, HarmTest.Class, "Environmental information", "s39(2)", "s39(1)",
                "In practice the request is handled under the Environmental Information Regulations 2004.",
                Paragraphs("s39(1)", "a", "b")),
            Entry("s40.1", "40", Ex, Abs, HarmTest.Class, "Personal information of the applicant", "s40(5A)", "s40(1)",
                "The requester's own personal data: handle it as a subject access request."),
            Entry("s40.2a", "40", Ex, Abs, HarmTest.Class, "Personal information of others (disclosure would breach the data protection principles)", "s40(5B)(a)", "s40(2)",
                "The first condition (s40(3A)): absolute, but engaging it needs a legitimate-interests balance instead of a public interest test.",
                new[] { "s40(2)(a)", "s40(2)(b)", "s40(2)(a)(b)", "s40(3A)", "s40(3A)(a)" }) with { NeitherConfirmNorDenyAliases = new[] { "s40(5B)(a)(i)" } },
            // s2(3)(f)(ii) makes s40(2) absolute only where the first condition is met by virtue of s40(3A)(a);
            // the s40(3A)(b) case (manual unstructured data) and its NCND limb s40(5B)(a)(ii) are qualified.
            Entry("s40.2m", "40", Ex, Qual, HarmTest.Class, "Personal information of others held as manual unstructured data", "s40(5B)(a)(ii)", "s40(3A)(b)",
                "The first condition met through s40(3A)(b): disclosure would breach the principles if the Data Protection Act 2018 s24(1) exemptions for manual unstructured data were disregarded. Qualified."),
            Entry("s40.2b", "40", Ex, Qual, HarmTest.Class, "Personal information of others (data subject has objected under Article 21 UK GDPR)", "s40(5B)(b)", "s40(3B)",
                "The second condition of s40(2): qualified."),
            Entry("s40.2c", "40", Ex, Qual, HarmTest.Class, "Personal information of others (exempt from the data subject's right of access)", "s40(5B)(c)", "s40(4A)",
                "The third condition of s40(2): qualified.",
                Paragraphs("s40(4A)", "a", "b")) with { NeitherConfirmNorDenyAliases = new[] { "s40(5B)(d)" } },
            Entry("s41", "41", Ex, Abs, HarmTest.Class, "Information provided in confidence", "s41(2)", "s41(1)",
                "Disclosure must be an actionable breach of confidence.",
                Paragraphs("s41(1)", "a", "b")),
            Entry("s42", "42", Ex, Qual, HarmTest.Class, "Legal professional privilege", "s42(2)", "s42(1)",
                ""),
            Entry("s43.1", "43", Ex, Qual, HarmTest.Class, "Trade secrets", null, "s43(1)",
                "There is no neither-confirm-nor-deny limb for trade secrets (s43(3) covers s43(2) only)."),
            Entry("s43.2", "43", Ex, Qual, HarmTest.Prejudice, "Commercial interests", "s43(3)", "s43(2)",
                ""),
            Entry("s44", "44", Ex, Abs, HarmTest.Class, "Prohibitions on disclosure", "s44(2)", "s44(1)",
                "Disclosure is prohibited by an enactment, incompatible with a retained obligation, or would be contempt of court.",
                Paragraphs("s44(1)", "a", "b", "c")),
        };
    }

    private static Exemption Entry(
        string id, string section, GroundKind kind, ExemptionStatus status, HarmTest test, string title,
        string? ncnd, string provision, string note, params string[][] more)
    {
        var citations = new List<string> { provision };
        foreach (var group in more)
        {
            citations.AddRange(group.Where(c => !citations.Contains(c)));
        }

        return new Exemption(id, section, provision, title, kind, status, test, ncnd, citations, note);
    }

    /// <summary>A subsection and its lettered paragraphs: <c>s31(1)</c>, <c>s31(1)(a)</c>, …</summary>
    private static string[] Paragraphs(string subsection, params string[] letters)
    {
        var result = new List<string> { subsection };
        result.AddRange(letters.Select(letter => $"{subsection}({letter})"));
        return result.ToArray();
    }
}
