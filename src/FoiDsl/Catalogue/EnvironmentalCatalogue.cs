// Shared with the analyzers: see Exemption.cs.
// Facts: the Environmental Information Regulations 2004 (EIR) and the Environmental Information (Scotland)
// Regulations 2004 (EIR (Scotland)) have the same exceptions under other numbers:
//   EIR reg 12(4)/12(5) = EIR (Scotland) reg 10(4)/10(5): the exceptions;
//   EIR reg 12(6) = EIR (Scotland) reg 10(8): neither confirm nor deny, for 12(5)(a)/10(5)(a) only;
//   EIR reg 12(9) = EIR (Scotland) reg 10(6): (d) to (g) unavailable for information on emissions;
//   EIR reg 13 = EIR (Scotland) reg 11: personal data (as amended by the Data Protection Act 2018).
// Every exception is qualified (EIR reg 12(1)(b), EIR (Scotland) reg 10(1)(b)) and both presume in favour
// of disclosure (reg 12(2), reg 10(2)); the (4) exceptions are engaged by the kind of information or
// request; the EIR (5) ones only where disclosure "would adversely affect" the interest (one standard,
// "would"), the EIR (Scotland) (5) ones where it "would, or would be likely to, prejudice substantially" it.
// For personal data the first condition needs no public interest test. The EIR (Scotland) personal-data
// paragraph numbers are standard knowledge not re-checked against the statute: see docs/regimes.md.
using System.Collections.Generic;
using System.Linq;

#if FOIDSL_ANALYZERS
namespace FoiDsl.Generators.Catalogue;
#else
namespace FoiDsl;
#endif

/// <summary>The rows of the two environmental catalogues: the exceptions and personal data.</summary>
internal static class EnvironmentalCatalogue
{
    /// <summary>The EIR 2004: reg 12(4), 12(5), reg 13.</summary>
    internal static IReadOnlyList<Exemption> Eir() => Rows(new Numbers(Regime.Eir, "eir", 12, "reg 12(6)", "reg 12(9)", "reg 9",
        FirstCondition: "reg 13(2A)", FirstConditionAliases: new[] { "reg 13(1)(a)", "reg 13(2A)(a)", "reg 13(2A)(b)" },
        Objection: "reg 13(2B)", SubjectAccess: "reg 13(3A)", PersonalDataNcnd: "reg 13(5A)", PublicInterest: "reg 13(1)(b)",
        Harm: HarmTest.AdverseEffect, Wording: null, CompletionNotice: "reg 14(4)"));

    /// <summary>The EIR (Scotland) 2004: reg 10(4), 10(5), reg 11.</summary>
    internal static IReadOnlyList<Exemption> EirScotland() => Rows(new Numbers(Regime.EirScotland, "eirs", 10, "reg 10(8)", "reg 10(6)", "reg 9",
        FirstCondition: "reg 11(2)", FirstConditionAliases: new[] { "reg 11(3A)", "reg 11(2)(a)" },
        Objection: "reg 11(3B)", SubjectAccess: "reg 11(4A)", PersonalDataNcnd: "reg 11(6)", PublicInterest: "reg 11(2)(b)",
        Harm: HarmTest.Prejudice, Wording: HarmWording.PrejudiceSubstantially, CompletionNotice: "reg 13(d)"));

    private sealed record Numbers(
        Regime Regime, string IdPrefix, int Exceptions, string Ncnd, string Emissions, string Advice,
        string FirstCondition, string[] FirstConditionAliases, string Objection, string SubjectAccess, string PersonalDataNcnd, string PublicInterest,
        HarmTest Harm, HarmWording? Wording, string CompletionNotice);

    private static IReadOnlyList<Exemption> Rows(Numbers n)
    {
        Exemption Class(string paragraph, string title, string note) =>
            CatalogueRows.Row(n.Regime, $"{n.IdPrefix}.{n.Exceptions}.4.{paragraph}", n.Exceptions.ToString(), GroundKind.Exemption, ExemptionStatus.Qualified, HarmTest.Class,
                title, null, $"reg {n.Exceptions}(4)({paragraph})", note);

        Exemption Adverse(string paragraph, string title, bool ncnd, string note) =>
            CatalogueRows.Row(n.Regime, $"{n.IdPrefix}.{n.Exceptions}.5.{paragraph}", n.Exceptions.ToString(), GroundKind.Exemption, ExemptionStatus.Qualified, n.Harm,
                title, ncnd ? n.Ncnd : null, $"reg {n.Exceptions}(5)({paragraph})", note) with { Wording = n.Wording };

        var personal = n.FirstCondition.Substring(4, n.FirstCondition.IndexOf('(') - 4);
        var notOnEmissions = $"Not available for information on emissions ({n.Emissions}).";
        return new[]
        {
            Class("a", "Information not held when the request was received",
                "Cite it when the information is not held; the public interest test has nothing to weigh."),
            Class("b", "Manifestly unreasonable request",
                "The route for burden and for vexatious requests: there is no cost limit, and the FOIA appropriate limit (18 or 24 hours) is a guide only. Qualified: weigh the public interest."),
            Class("c", "Request formulated in too general a manner",
                $"Only after advice and assistance under {n.Advice} to help the requester make the request more particular."),
            Class("d", "Material still in the course of completion, unfinished documents or incomplete data",
                $"Not an exception for information intended for future publication, which the regulations do not have. The refusal names any other authority preparing the information and when it will be finished ({n.CompletionNotice}).") with { ReasonOverride = ReasonSection.InCourseOfCompletion },
            Class("e", "Internal communications",
                "Communications within the authority."),
            Adverse("a", "International relations, defence, national security or public safety", ncnd: true,
                $"The only exception with a neither-confirm-nor-deny power ({n.Ncnd})."),
            Adverse("b", "The course of justice, fair trial, and inquiries of a criminal or disciplinary nature", ncnd: false,
                "Covers legal professional privilege."),
            Adverse("c", "Intellectual property rights", ncnd: false, ""),
            Adverse("d", "Confidentiality of proceedings where the confidentiality is provided by law", ncnd: false, notOnEmissions),
            Adverse("e", "Confidentiality of commercial or industrial information protecting a legitimate economic interest", ncnd: false,
                "The confidentiality must be provided by law. " + notOnEmissions),
            Adverse("f", "Interests of the person who provided the information voluntarily", ncnd: false,
                "The person was under no legal obligation to supply it and has not consented to disclosure. " + notOnEmissions),
            Adverse("g", "Protection of the environment to which the information relates", ncnd: false,
                "E.g. the location of rare species. " + notOnEmissions),
            CatalogueRows.Row(n.Regime, $"{n.IdPrefix}.{personal}.first", personal, GroundKind.Exemption, ExemptionStatus.Absolute, HarmTest.Class,
                "Personal data of others (disclosure would breach the data protection principles)", n.PersonalDataNcnd, n.FirstCondition,
                "The first condition: no public interest test, but the legitimate-interests balance instead.",
                n.FirstConditionAliases) with { ReasonOverride = ReasonSection.LegitimateInterestsTest },
            CatalogueRows.Row(n.Regime, $"{n.IdPrefix}.{personal}.objection", personal, GroundKind.Exemption, ExemptionStatus.Qualified, HarmTest.Class,
                "Personal data of others (the data subject has objected under Article 21 UK GDPR)", n.PersonalDataNcnd, n.Objection,
                $"The second condition: withheld only where the public interest favours it ({n.PublicInterest})."),
            CatalogueRows.Row(n.Regime, $"{n.IdPrefix}.{personal}.access", personal, GroundKind.Exemption, ExemptionStatus.Qualified, HarmTest.Class,
                "Personal data of others (exempt from the data subject's right of access)", n.PersonalDataNcnd, n.SubjectAccess,
                $"The third condition: withheld only where the public interest favours it ({n.PublicInterest})."),
        };
    }

    /// <summary>True for the exception for requests formulated in too general a manner (EIR reg 12(4)(c), EIR (Scotland) reg 10(4)(c)).</summary>
    internal static bool IsTooGeneral(Exemption exemption) =>
        exemption.Regime is Regime.Eir or Regime.EirScotland && exemption.Test == HarmTest.Class && exemption.Provision.EndsWith("(4)(c)", System.StringComparison.Ordinal);

    /// <summary>The paragraphs that cannot be relied on for information on emissions (EIR reg 12(9), EIR (Scotland) reg 10(6)).</summary>
    internal static bool UnavailableForEmissions(Exemption exemption) =>
        exemption.Regime is Regime.Eir or Regime.EirScotland
        && new[] { "(5)(d)", "(5)(e)", "(5)(f)", "(5)(g)" }.Any(p => exemption.Provision.EndsWith(p, System.StringComparison.Ordinal));
}
