// Shared with the analyzers: see Exemption.cs.
// Facts: Freedom of Information (Scotland) Act 2002 Part 2 (ss.25–41) with its own numbers and titles;
// absolute exemptions per s2(2): s25, s26, s36(2), s37 and s38(1)(a), (c), (d) and (b) where the first
// condition is met. Prejudice-based exemptions need disclosure that "would, or would be likely to,
// prejudice substantially" (s30(b): "inhibit substantially"); s39(1) endangers. Neither confirm nor deny
// is the single power of s18(1), available only where the information, if held, would be exempt under
// ss.28–35, 38, 39(1) or 41 and revealing whether it exists or is held would be contrary to the public
// interest (s38 added by the Freedom of Information (Amendment) (Scotland) Act 2013 s2). Procedural grounds:
// s12 (excessive cost: £600, staff time at no more than £15 an hour, under the Fees for Required Disclosure
// Regulations 2004) and s14 (vexatious or repeated).
using System.Collections.Generic;

#if FOIDSL_ANALYZERS
namespace FoiDsl.Generators.Catalogue;
#else
namespace FoiDsl;
#endif

/// <summary>The rows of the FOISA 2002 catalogue: Part 2 exemptions and the procedural grounds s12 and s14.</summary>
internal static class FoisaCatalogue
{
    private const string Ncnd = "s18(1)";
    private const GroundKind Ex = GroundKind.Exemption;
    private const ExemptionStatus Abs = ExemptionStatus.Absolute;
    private const ExemptionStatus Qual = ExemptionStatus.Qualified;

    internal static IReadOnlyList<Exemption> Rows() => new[]
    {
        Row("foisa.s12", "12", GroundKind.ProceduralGround, ExemptionStatus.NotApplicable, HarmTest.None, "Excessive cost of compliance", null, "s12(1)",
            "The cost of locating, retrieving and providing the information would exceed £600, staff time counted at no more than £15 an hour; time spent finding out whether the information is held does not count."),
        Row("foisa.s14.1", "14", GroundKind.ProceduralGround, ExemptionStatus.NotApplicable, HarmTest.None, "Vexatious request", null, "s14(1)",
            "The request, not the requester, is vexatious. No public interest test."),
        Row("foisa.s14.2", "14", GroundKind.ProceduralGround, ExemptionStatus.NotApplicable, HarmTest.None, "Repeated request", null, "s14(2)",
            "An identical or substantially similar request from the same person without a reasonable period between them."),
        Row("foisa.s25", "25", Ex, Abs, HarmTest.Class, "Information otherwise accessible", null, "s25(1)",
            "Say where the applicant can reasonably obtain the information.") with { ReasonOverride = ReasonSection.ReasonablyAccessible },
        Row("foisa.s26", "26", Ex, Abs, HarmTest.Class, "Prohibitions on disclosure", null, "s26",
            "Disclosure is prohibited by an enactment, incompatible with an international obligation, or would be contempt of court.",
            CatalogueRows.Paragraphs("s26", "a", "b", "c")),
        Row("foisa.s27.1", "27", Ex, Qual, HarmTest.Class, "Information intended for future publication", null, "s27(1)",
            "Publication must be intended within twelve weeks of the request.",
            CatalogueRows.Paragraphs("s27(1)", "a", "b", "c")) with { ReasonOverride = ReasonSection.IntendedPublication },
        Row("foisa.s27.2", "27", Ex, Qual, HarmTest.Prejudice, "Research", null, "s27(2)",
            "Information obtained in a programme of research whose disclosure would, or would be likely to, prejudice it substantially.",
            CatalogueRows.Paragraphs("s27(2)", "a", "b")) with { Wording = HarmWording.PrejudiceSubstantially },
        Substantial("foisa.s28", "28", "Relations within the United Kingdom", "s28(1)", ""),
        Row("foisa.s29", "29", Ex, Qual, HarmTest.Class, "Formulation of Scottish Administration policy etc.", Ncnd, "s29(1)",
            "Only information held by the Scottish Administration.",
            CatalogueRows.Paragraphs("s29(1)", "a", "b", "c", "d")),
        Substantial("foisa.s30", "30", "Prejudice to effective conduct of public affairs", "s30",
            "(a) collective responsibility of the Scottish Ministers, (b) free and frank advice (i) or exchange of views (ii) — inhibit substantially, (c) otherwise prejudice substantially the effective conduct of public affairs. No qualified person's opinion is needed.",
            new[] { "s30(a)", "s30(b)", "s30(b)(i)", "s30(b)(ii)", "s30(c)" }),
        Row("foisa.s31.1", "31", Ex, Qual, HarmTest.RequiredForPurpose, "National security", Ncnd, "s31(1)",
            "Engaged where exemption is required for the purpose of safeguarding national security.") with { Purpose = "safeguarding national security" },
        Substantial("foisa.s31.4", "31", "Defence", "s31(4)", "", CatalogueRows.Paragraphs("s31(4)", "a", "b")),
        Substantial("foisa.s32.1a", "32", "International relations", "s32(1)(a)", "", new[] { "s32(1)(a)(i)", "s32(1)(a)(ii)", "s32(1)(a)(iii)", "s32(1)(a)(iv)" }),
        Row("foisa.s32.1b", "32", Ex, Qual, HarmTest.Class, "Confidential information obtained from another State or an international organisation or court", Ncnd, "s32(1)(b)", ""),
        Row("foisa.s33.1a", "33", Ex, Qual, HarmTest.Class, "Trade secrets", Ncnd, "s33(1)(a)", ""),
        Substantial("foisa.s33.1b", "33", "Commercial interests", "s33(1)(b)", ""),
        Substantial("foisa.s33.2", "33", "The economy", "s33(2)", "", CatalogueRows.Paragraphs("s33(2)", "a", "b")),
        Row("foisa.s34", "34", Ex, Qual, HarmTest.Class, "Investigations by Scottish public authorities and proceedings arising out of such investigations", Ncnd, "s34(1)",
            "Police Scotland and prosecutors use it for investigation and case files; s35 applies to the harm of disclosing other information.",
            CatalogueRows.Paragraphs("s34(1)", "a", "b"), new[] { "s34(2)", "s34(2)(a)", "s34(2)(b)", "s34(3)", "s34(3)(a)", "s34(3)(b)", "s34(4)" }),
        Substantial("foisa.s35", "35", "Law enforcement", "s35(1)",
            "(a) prevention or detection of crime and (b) apprehension or prosecution of offenders are the usual police limbs; s35(2) lists the purposes for (g).",
            CatalogueRows.Paragraphs("s35(1)", "a", "b", "c", "d", "e", "f", "g", "h"),
            CatalogueRows.Paragraphs("s35(2)", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j")),
        Row("foisa.s36.1", "36", Ex, Qual, HarmTest.Class, "Confidentiality of communications in legal proceedings", null, "s36(1)",
            "Legal professional privilege."),
        Row("foisa.s36.2", "36", Ex, Abs, HarmTest.Class, "Information obtained in confidence", null, "s36(2)",
            "Disclosure would be an actionable breach of confidence.",
            CatalogueRows.Paragraphs("s36(2)", "a", "b")),
        Row("foisa.s37", "37", Ex, Abs, HarmTest.Class, "Court records, etc.", null, "s37(1)", "",
            CatalogueRows.Paragraphs("s37(1)", "a", "b")),
        Row("foisa.s38.1a", "38", Ex, Abs, HarmTest.Class, "Personal information of the applicant", Ncnd, "s38(1)(a)",
            "The applicant's own personal data: handle it as a subject access request."),
        Row("foisa.s38.1b", "38", Ex, Abs, HarmTest.Class, "Personal information of others (disclosure would breach the data protection principles)", Ncnd, "s38(1)(b)",
            "Absolute where the first condition (s38(2A)) is met; the legitimate-interests balance decides it.",
            new[] { "s38(2A)", "s38(2A)(a)", "s38(2A)(b)" }) with { ReasonOverride = ReasonSection.LegitimateInterestsTest },
        Row("foisa.s38.other", "38", Ex, Qual, HarmTest.Class, "Personal information of others (objection, or exempt from the right of access)", Ncnd, "s38(2B)",
            "The second and third conditions of s38(1)(b): qualified.",
            new[] { "s38(3A)" }),
        Row("foisa.s38.1cd", "38", Ex, Abs, HarmTest.Class, "Personal census information and deceased persons' health records", Ncnd, "s38(1)(c)",
            "", new[] { "s38(1)(d)" }),
        Row("foisa.s39.1", "39", Ex, Qual, HarmTest.Endangerment, "Health and safety", Ncnd, "s39(1)",
            "Disclosure would, or would be likely to, endanger the physical or mental health or the safety of an individual."),
        Row("foisa.s39.2", "39", Ex, Qual, HarmTest.Class, "Environmental information", null, "s39(2)",
            "Answer the question under the Environmental Information (Scotland) Regulations 2004 instead.",
            CatalogueRows.Paragraphs("s39(2)", "a", "b")),
        Substantial("foisa.s40", "40", "Audit functions", "s40", "", CatalogueRows.Paragraphs("s40", "a", "b")) with { NeitherConfirmNorDeny = null },
        Row("foisa.s41", "41", Ex, Qual, HarmTest.Class, "Communications with His Majesty etc. and honours", Ncnd, "s41",
            "", CatalogueRows.Paragraphs("s41", "a", "b")),
    };

    /// <summary>A qualified exemption engaged by substantial prejudice, with the s18 power to neither confirm nor deny.</summary>
    private static Exemption Substantial(string id, string section, string title, string provision, string note, params string[][] more) =>
        Row(id, section, Ex, Qual, HarmTest.Prejudice, title, Ncnd, provision, note, more) with { Wording = HarmWording.PrejudiceSubstantially };

    private static Exemption Row(
        string id, string section, GroundKind kind, ExemptionStatus status, HarmTest test, string title,
        string? ncnd, string provision, string note, params string[][] more) =>
        CatalogueRows.Row(Regime.Foisa, id, section, kind, status, test, title, ncnd, provision, note, more);
}
