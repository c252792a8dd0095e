// Shared with the analyzers: see Exemption.cs.
// Facts: FOIA 2000 Part II (ss.21–44), s2(3) for absolute exemptions, ss.8, 12 and 14 for procedural
// grounds. Each row is one citable ground; where the limbs of a section differ in status or test
// (s27, s30, s37, s40, s43) each limb is its own row.
using System.Collections.Generic;

#if FOIDSL_ANALYZERS
namespace FoiDsl.Generators.Catalogue;
#else
namespace FoiDsl;
#endif

/// <summary>The rows of the FOIA 2000 catalogue: Part II exemptions and the procedural grounds s8, s12 and s14.</summary>
internal static class FoiaCatalogue
{
    internal static IReadOnlyList<Exemption> Rows()
    {
        const GroundKind Ex = GroundKind.Exemption;
        const GroundKind Proc = GroundKind.ProceduralGround;
        const ExemptionStatus Abs = ExemptionStatus.Absolute;
        const ExemptionStatus Qual = ExemptionStatus.Qualified;
        const ExemptionStatus None = ExemptionStatus.NotApplicable;

        return new[]
        {
            Row("s8", "8", Proc, None, HarmTest.None, "Not a valid request for information", null, "s8(1)",
                "s8(1) sets the form of a valid request: in writing, giving the requester's real name and an address for correspondence, and describing the information requested. A request that lacks one of these is not a request under the Act.",
                CatalogueRows.Paragraphs("s8(1)", "a", "b", "c")),
            Row("s12", "12", Proc, None, HarmTest.None, "Cost of compliance exceeds the appropriate limit", "s12(2)", "s12(1)",
                "Refuses the request when the cost of determining whether the information is held, locating it, retrieving it and extracting it (Fees Regulations 2004 reg 4(3)) would exceed the appropriate limit (£600 central government, £450 others, at £25 an hour). s12(2): where confirming or denying alone would exceed it. Advice and assistance under s16 is expected."),
            Row("s14.1", "14", Proc, None, HarmTest.None, "Vexatious request", null, "s14(1)",
                "The request, not the requester, is vexatious. No public interest test."),
            Row("s14.2", "14", Proc, None, HarmTest.None, "Repeated request", null, "s14(2)",
                "An identical or substantially similar request from the same person without a reasonable interval."),
            Row("s21", "21", Ex, Abs, HarmTest.Class, "Information accessible to the applicant by other means", null, "s21(1)",
                "There is no neither-confirm-nor-deny limb: say where the information can be found."),
            Row("s22", "22", Ex, Qual, HarmTest.Class, "Information intended for future publication", "s22(2)", "s22(1)",
                "A publication date need not be fixed, but withholding must be reasonable.",
                CatalogueRows.Paragraphs("s22(1)", "a", "b", "c")),
            Row("s22A", "22A", Ex, Qual, HarmTest.Prejudice, "Research", "s22A(2)", "s22A(1)",
                "Information obtained in an ongoing programme of research; the prejudice element is in s22A(1)(b).",
                CatalogueRows.Paragraphs("s22A(1)", "a", "b")),
            Row("s23", "23", Ex, Abs, HarmTest.Class, "Information supplied by, or relating to, bodies dealing with security matters", "s23(5)", "s23(1)",
                "The bodies are listed in s23(3). s23(1) and s24(1) cannot both be cited for the same information; s23(5) and s24(2) can."),
            Row("s24", "24", Ex, Qual, HarmTest.RequiredForPurpose, "National security", "s24(2)", "s24(1)",
                "Engaged where exemption is required for the purpose of safeguarding national security.") with { Purpose = "safeguarding national security" },
            Row("s26", "26", Ex, Qual, HarmTest.Prejudice, "Defence", "s26(3)", "s26(1)",
                "",
                CatalogueRows.Paragraphs("s26(1)", "a", "b")),
            Row("s27.1", "27", Ex, Qual, HarmTest.Prejudice, "International relations", "s27(4)(a)", "s27(1)",
                "",
                CatalogueRows.Paragraphs("s27(1)", "a", "b", "c", "d")),
            Row("s27.2", "27", Ex, Qual, HarmTest.Class, "Confidential information obtained from another State or an international organisation or court", "s27(4)(b)", "s27(2)",
                ""),
            Row("s28", "28", Ex, Qual, HarmTest.Prejudice, "Relations within the United Kingdom", "s28(3)", "s28(1)",
                ""),
            Row("s29", "29", Ex, Qual, HarmTest.Prejudice, "The economy", "s29(2)", "s29(1)",
                "",
                CatalogueRows.Paragraphs("s29(1)", "a", "b")),
            Row("s30.1", "30", Ex, Qual, HarmTest.Class, "Investigations and proceedings conducted by public authorities", "s30(3)", "s30(1)",
                "Police use it for investigation files; s31 applies only to information not exempt under s30.",
                CatalogueRows.Paragraphs("s30(1)", "a", "b", "c")),
            Row("s30.2", "30", Ex, Qual, HarmTest.Class, "Information relating to confidential sources and investigations", "s30(3)", "s30(2)",
                "",
                CatalogueRows.Paragraphs("s30(2)", "a", "b"),
                new[] { "s30(2)(a)(i)", "s30(2)(a)(ii)", "s30(2)(a)(iii)", "s30(2)(a)(iv)" }),
            Row("s31", "31", Ex, Qual, HarmTest.Prejudice, "Law enforcement", "s31(3)", "s31(1)",
                "Only for information not exempt under s30. (a) prevention or detection of crime and (b) apprehension or prosecution of offenders are the usual police limbs; s31(2) lists the purposes for (g) to (i).",
                CatalogueRows.Paragraphs("s31(1)", "a", "b", "c", "d", "e", "f", "g", "h", "i"),
                CatalogueRows.Paragraphs("s31(2)", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j")),
            Row("s32", "32", Ex, Abs, HarmTest.Class, "Court records", "s32(3)", "s32(1)",
                "s32(1) covers court records; s32(2) records of inquiries and arbitrations.",
                CatalogueRows.Paragraphs("s32(1)", "a", "b", "c"),
                CatalogueRows.Paragraphs("s32(2)", "a", "b")),
            Row("s33", "33", Ex, Qual, HarmTest.Prejudice, "Audit functions", "s33(3)", "s33(2)",
                "Only for the audit bodies described in s33(1)."),
            Row("s34", "34", Ex, Abs, HarmTest.RequiredForPurpose, "Parliamentary privilege", "s34(2)", "s34(1)",
                "Engaged where exemption is required to avoid an infringement of the privileges of either House.") with { Purpose = "avoiding an infringement of the privileges of either House of Parliament" },
            Row("s35", "35", Ex, Qual, HarmTest.Class, "Formulation of government policy", "s35(3)", "s35(1)",
                "Only government departments and the Welsh Government can cite it.",
                CatalogueRows.Paragraphs("s35(1)", "a", "b", "c", "d")),
            Row("s36", "36", Ex, Qual, HarmTest.Prejudice, "Prejudice to effective conduct of public affairs", "s36(3)", "s36(2)",
                "Engaged only by the reasonable opinion of a qualified person. Absolute for information held by the House of Commons or House of Lords. Not available where s35 applies.",
                new[] { "s36(2)(a)", "s36(2)(a)(i)", "s36(2)(a)(ii)", "s36(2)(a)(iii)", "s36(2)(b)", "s36(2)(b)(i)", "s36(2)(b)(ii)", "s36(2)(c)" }) with { QualifiedPersonsOpinionRequired = true },
            Row("s37.abs", "37", Ex, Abs, HarmTest.Class, "Communications with the Sovereign, the heir and the second in line to the throne", "s37(2)", "s37(1)(a)",
                "Absolute by s2(3)(ea) for paragraphs (a) to (ab).",
                new[] { "s37(1)(aa)", "s37(1)(ab)" }),
            Row("s37.qual", "37", Ex, Qual, HarmTest.Class, "Communications with other members of the Royal Family or the Royal Household, and honours", "s37(2)", "s37(1)(b)",
                "Qualified for paragraphs (ac), (ad) and (b).",
                new[] { "s37(1)(ac)", "s37(1)(ad)" }),
            Row("s38", "38", Ex, Qual, HarmTest.Endangerment, "Health and safety", "s38(2)", "s38(1)",
                "Disclosure would, or would be likely to, endanger physical or mental health or safety; danger to mental health must go beyond stress or worry.",
                CatalogueRows.Paragraphs("s38(1)", "a", "b")),
            Row("s39", "39", Ex, Qual, HarmTest.Class, "Environmental information", "s39(2)", "s39(1)",
                "In practice the request is handled under the Environmental Information Regulations 2004.",
                CatalogueRows.Paragraphs("s39(1)", "a", "b")),
            Row("s40.1", "40", Ex, Abs, HarmTest.Class, "Personal information of the applicant", "s40(5A)", "s40(1)",
                "The requester's own personal data: handle it as a subject access request."),
            Row("s40.2a", "40", Ex, Abs, HarmTest.Class, "Personal information of others (disclosure would breach the data protection principles)", "s40(5B)(a)", "s40(2)",
                "The first condition (s40(3A)): absolute, but engaging it needs a legitimate-interests balance instead of a public interest test.",
                new[] { "s40(2)(a)", "s40(2)(b)", "s40(2)(a)(b)", "s40(3A)", "s40(3A)(a)" }) with { NeitherConfirmNorDenyAliases = new[] { "s40(5B)(a)(i)" } },
            // s2(3)(f)(ii) makes s40(2) absolute only where the first condition is met by virtue of s40(3A)(a);
            // the s40(3A)(b) case (manual unstructured data) and its NCND limb s40(5B)(a)(ii) are qualified.
            Row("s40.2m", "40", Ex, Qual, HarmTest.Class, "Personal information of others held as manual unstructured data", "s40(5B)(a)(ii)", "s40(3A)(b)",
                "The first condition met through s40(3A)(b): disclosure would breach the principles if the Data Protection Act 2018 s24(1) exemptions for manual unstructured data were disregarded. Qualified."),
            Row("s40.2b", "40", Ex, Qual, HarmTest.Class, "Personal information of others (data subject has objected under Article 21 UK GDPR)", "s40(5B)(b)", "s40(3B)",
                "The second condition of s40(2): qualified."),
            Row("s40.2c", "40", Ex, Qual, HarmTest.Class, "Personal information of others (exempt from the data subject's right of access)", "s40(5B)(c)", "s40(4A)",
                "The third condition of s40(2): qualified.",
                CatalogueRows.Paragraphs("s40(4A)", "a", "b")) with { NeitherConfirmNorDenyAliases = new[] { "s40(5B)(d)" } },
            Row("s41", "41", Ex, Abs, HarmTest.Class, "Information provided in confidence", "s41(2)", "s41(1)",
                "Disclosure must be an actionable breach of confidence.",
                CatalogueRows.Paragraphs("s41(1)", "a", "b")),
            Row("s42", "42", Ex, Qual, HarmTest.Class, "Legal professional privilege", "s42(2)", "s42(1)",
                ""),
            Row("s43.1", "43", Ex, Qual, HarmTest.Class, "Trade secrets", null, "s43(1)",
                "There is no neither-confirm-nor-deny limb for trade secrets (s43(3) covers s43(2) only)."),
            Row("s43.2", "43", Ex, Qual, HarmTest.Prejudice, "Commercial interests", "s43(3)", "s43(2)",
                ""),
            Row("s44", "44", Ex, Abs, HarmTest.Class, "Prohibitions on disclosure", "s44(2)", "s44(1)",
                "Disclosure is prohibited by an enactment, incompatible with a retained obligation, or would be contempt of court.",
                CatalogueRows.Paragraphs("s44(1)", "a", "b", "c")),
        };
    }

    private static Exemption Row(
        string id, string section, GroundKind kind, ExemptionStatus status, HarmTest test, string title,
        string? ncnd, string provision, string note, params string[][] more) =>
        CatalogueRows.Row(Regime.Foia, id, section, kind, status, test, title, ncnd, provision, note, more);
}
