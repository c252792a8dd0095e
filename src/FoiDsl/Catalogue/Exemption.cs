// This file is compiled into the runtime (namespace FoiDsl) and into the analyzers
// (namespace FoiDsl.Generators.Catalogue), so both read one catalogue.
using System.Collections.Generic;
using System.Linq;

#if FOIDSL_ANALYZERS
namespace FoiDsl.Generators.Catalogue;
#else
namespace FoiDsl;
#endif

/// <summary>
/// Which access regime a request, or one question of it, is answered under. Each is data —
/// its catalogue, clock, wording and rights — described by <see cref="RegimeDefinition"/>.
/// </summary>
public enum Regime
{
    /// <summary>Freedom of Information Act 2000 (England, Wales, Northern Ireland, UK-wide bodies).</summary>
    Foia,

    /// <summary>Environmental Information Regulations 2004: environmental information held by the same authorities (FOIA s39 routes it here).</summary>
    Eir,

    /// <summary>Freedom of Information (Scotland) Act 2002: Scottish public authorities.</summary>
    Foisa,

    /// <summary>Environmental Information (Scotland) Regulations 2004: environmental information held by Scottish public authorities (FOISA s39(2)).</summary>
    EirScotland,
}

/// <summary>What kind of ground a catalogue entry is.</summary>
public enum GroundKind
{
    /// <summary>A Part II exemption (FOIA ss.21–44): withholds information that is held.</summary>
    Exemption,

    /// <summary>A procedural ground outside Part II (s8, s12, s14): the request need not be complied with.</summary>
    ProceduralGround,
}

/// <summary>Whether an exemption needs a public interest test (FOIA s2).</summary>
public enum ExemptionStatus
{
    /// <summary>Listed in s2(3): no public interest test is carried out.</summary>
    Absolute,

    /// <summary>Not listed in s2(3): withheld only if the public interest in maintaining the exemption outweighs the public interest in disclosure (s2(2)(b)).</summary>
    Qualified,

    /// <summary>Procedural grounds (s8, s12, s14) have no public interest test.</summary>
    NotApplicable,
}

/// <summary>
/// How the harm an exemption protects against is put into words in a refusal notice. It follows the
/// words of the provision: "prejudice" (e.g. s31), "endanger" (s38), "inhibit" (s36(2)(b)),
/// "required for the purpose of" (s24, s34), and nothing for class exemptions.
/// </summary>
public enum HarmWording
{
    /// <summary>A class exemption: engaged by what the information is, with no harm and no likelihood to state.</summary>
    None,

    /// <summary>"would, or would be likely to, prejudice" (e.g. s26, s27(1), s28, s29, s31, s33, s36(2)(a) and (c), s43(2), s22A).</summary>
    Prejudice,

    /// <summary>"would, or would be likely to, endanger" the physical or mental health or the safety of an individual (s38).</summary>
    Endanger,

    /// <summary>"would, or would be likely to, inhibit" the free and frank provision of advice or exchange of views (s36(2)(b)).</summary>
    Inhibit,

    /// <summary>s36(2) cited without its paragraph: prejudice (paragraphs (a) and (c)) or inhibition (paragraph (b)).</summary>
    PrejudiceOrInhibit,

    /// <summary>"required for the purpose of" a stated purpose (s24 national security, s34 parliamentary privilege): no likelihood is stated.</summary>
    RequiredForPurpose,

    /// <summary>EIR reg 12(5) and EIR (Scotland) reg 10(5): disclosure "would adversely affect" the interest — one standard, "would", so no likelihood is stated.</summary>
    AdverselyAffect,

    /// <summary>FOISA: "would, or would be likely to, prejudice substantially" (e.g. s28, s33(1)(b), s35, s40).</summary>
    PrejudiceSubstantially,

    /// <summary>FOISA s30(b): "would, or would be likely to, inhibit substantially" the free and frank provision of advice or exchange of views.</summary>
    InhibitSubstantially,
}

/// <summary>
/// The section of a refusal notice that states why a withheld exemption applies (FOIA s17(1)(c)),
/// where evidence of harm does not already do so. Each names the builder method that writes it.
/// </summary>
public enum ReasonSection
{
    /// <summary>The evidence of harm is the reason (prejudice and endangerment tests).</summary>
    EvidenceOfHarm,

    /// <summary>Why the information falls in the class the exemption describes (class and required-for-purpose exemptions): <c>WhyExempt</c>.</summary>
    WhyExempt,

    /// <summary>s21: where and how the information is reasonably accessible to the requester: <c>ReasonablyAccessible</c>.</summary>
    ReasonablyAccessible,

    /// <summary>s22: who intends to publish the information and roughly when: <c>IntendedPublication</c>.</summary>
    IntendedPublication,

    /// <summary>s36: the reasonable opinion of the qualified person, who gave it and when (s36(2) is engaged only by it): <c>QualifiedPersonsOpinion</c>.</summary>
    QualifiedPersonsOpinion,

    /// <summary>s40(2), first condition: the legitimate-interests test (Article 6(1)(f) UK GDPR): <c>LegitimateInterestsTest</c>.</summary>
    LegitimateInterestsTest,

    /// <summary>
    /// EIR reg 12(4)(d), EIR (Scotland) reg 10(4)(d): why the information is unfinished, and (EIR reg 14(4), EIR (Scotland)
    /// reg 13(d)) any other authority preparing it and when it will be finished: <c>InCourseOfCompletion</c>.
    /// </summary>
    InCourseOfCompletion,
}

/// <summary>How an exemption is engaged.</summary>
public enum HarmTest
{
    /// <summary>Engaged when the information is of the described kind.</summary>
    Class,

    /// <summary>Engaged only if disclosure would, or would be likely to, prejudice the protected interest; evidence of harm is needed.</summary>
    Prejudice,

    /// <summary>Engaged if exemption is required for a purpose (s24 national security, s34 parliamentary privilege).</summary>
    RequiredForPurpose,

    /// <summary>Engaged if disclosure would, or would be likely to, endanger health or safety (s38); the ICO applies the prejudice standard.</summary>
    Endangerment,

    /// <summary>Procedural grounds are not harm-based.</summary>
    None,

    /// <summary>EIR reg 12(5), EIR (Scotland) reg 10(5): engaged only if disclosure would adversely affect the interest; evidence of the effect is needed, and the standard is always "would".</summary>
    AdverseEffect,
}

/// <summary>
/// One citable ground for withholding or refusing: a Part II exemption (or one limb of it where the
/// limbs differ in status) or a procedural ground.
/// </summary>
/// <param name="Id">Stable catalogue key, e.g. <c>s24</c>, <c>s40.2a</c>.</param>
/// <param name="Section">The section number as printed, e.g. <c>24</c>, <c>22A</c>.</param>
/// <param name="Provision">The main citation, e.g. <c>s24(1)</c>.</param>
/// <param name="Title">Short title as used in responses, e.g. <c>National security</c>.</param>
/// <param name="Kind">Exemption or procedural ground.</param>
/// <param name="Status">Absolute or qualified (s2(3)).</param>
/// <param name="Test">Class, prejudice, required-for-purpose or endangerment.</param>
/// <param name="NeitherConfirmNorDeny">The provision that removes the duty to confirm or deny (s1(1)(a)), or null where there is none.</param>
/// <param name="Citations">Every citation that resolves to this entry, in canonical form (main provision first).</param>
/// <param name="Note">Guidance on when the entry applies.</param>
/// <param name="Purpose">For a required-for-purpose test, the purpose, e.g. <c>safeguarding national security</c>; otherwise null.</param>
/// <param name="NeitherConfirmNorDenyAliases">Further citations of the neither-confirm-nor-deny provision that name this entry, e.g. <c>s40(5B)(a)(i)</c>.</param>
public sealed record Exemption(
    string Id,
    string Section,
    string Provision,
    string Title,
    GroundKind Kind,
    ExemptionStatus Status,
    HarmTest Test,
    string? NeitherConfirmNorDeny,
    IReadOnlyList<string> Citations,
    string Note,
    string? Purpose = null,
    IReadOnlyList<string>? NeitherConfirmNorDenyAliases = null)
{
    /// <summary>The regime whose catalogue holds this entry.</summary>
    public Regime Regime { get; init; } = Regime.Foia;

    /// <summary>How the harm is worded when the words of the provision differ from its test's usual ones (FOISA "substantially"); null for the usual words.</summary>
    public HarmWording? Wording { get; init; }

    /// <summary>The section stating why the entry applies, where it is not the one its test implies (e.g. FOISA s25 and s27(1), the legitimate-interests test of a personal-data provision); null otherwise.</summary>
    public ReasonSection? ReasonOverride { get; init; }

    /// <summary>True when the entry is engaged only by the reasonable opinion of a qualified person (FOIA s36(2)).</summary>
    public bool QualifiedPersonsOpinionRequired { get; init; }

    /// <summary>
    /// True when the entry withholds information only where the public interest favours it (FOIA s2(2)(b),
    /// EIR reg 12(1)(b), FOISA s2(1)(b)), and so needs a public interest test.
    /// </summary>
    public bool IsQualified => Status == ExemptionStatus.Qualified;
    /// <summary>True if a public interest test is required before withholding (qualified exemptions).</summary>
    public bool RequiresPublicInterestTest => Status == ExemptionStatus.Qualified;

    /// <summary>True if the response must show evidence of harm (prejudice, endangerment and adverse-effect tests).</summary>
    public bool RequiresEvidenceOfHarm => Test is HarmTest.Prejudice or HarmTest.Endangerment or HarmTest.AdverseEffect;

    /// <summary>Every citation of this entry's neither-confirm-nor-deny provision: the canonical one first, then its aliases.</summary>
    public IReadOnlyList<string> NeitherConfirmNorDenyCitations =>
        NeitherConfirmNorDeny is null ? new string[0]
        : NeitherConfirmNorDenyAliases is null ? new[] { NeitherConfirmNorDeny }
        : new[] { NeitherConfirmNorDeny }.Concat(NeitherConfirmNorDenyAliases).ToArray();

    /// <summary>
    /// How the harm is worded for <paramref name="citation"/> (a citation of this entry, or its NCND
    /// provision). s36 depends on the paragraph: (b) inhibits, (a) and (c) prejudice.
    /// </summary>
    public HarmWording WordingFor(string citation) => Wording is { } wording ? WordingOfParagraph(wording, citation) : Test switch
    {
        HarmTest.Prejudice when IsFoiaSection36 && citation.StartsWith("s36(2)(b)", System.StringComparison.Ordinal) => HarmWording.Inhibit,
        HarmTest.Prejudice when IsFoiaSection36 && (citation.StartsWith("s36(2)(a)", System.StringComparison.Ordinal) || citation.StartsWith("s36(2)(c)", System.StringComparison.Ordinal)) => HarmWording.Prejudice,
        HarmTest.Prejudice when IsFoiaSection36 => HarmWording.PrejudiceOrInhibit,
        HarmTest.Prejudice => HarmWording.Prejudice,
        HarmTest.Endangerment => HarmWording.Endanger,
        HarmTest.RequiredForPurpose => HarmWording.RequiredForPurpose,
        HarmTest.AdverseEffect => HarmWording.AdverselyAffect,
        _ => HarmWording.None,
    };

    private bool IsFoiaSection36 => Regime == Regime.Foia && Section == "36";

    /// <summary>FOISA s30: paragraph (b) inhibits substantially, (a) and (c) prejudice substantially; the section cited whole has both.</summary>
    private HarmWording WordingOfParagraph(HarmWording wording, string citation) =>
        wording == HarmWording.PrejudiceSubstantially && Regime == Regime.Foisa && Section == "30"
            ? citation.StartsWith("s30(b)", System.StringComparison.Ordinal) ? HarmWording.InhibitSubstantially
            : citation.StartsWith("s30(a)", System.StringComparison.Ordinal) || citation.StartsWith("s30(c)", System.StringComparison.Ordinal) ? HarmWording.PrejudiceSubstantially
            : HarmWording.PrejudiceOrInhibit
            : wording;

    /// <summary>True when the test asks how likely the harm is ("would" or "would be likely to"): prejudice, endanger and inhibit, not class, required-for-purpose or the EIR's adverse effect (always "would").</summary>
    public bool HasLikelihood => Test is HarmTest.Prejudice or HarmTest.Endangerment;

    /// <summary>
    /// The section that states why this exemption applies when information is withheld under it
    /// (s17(1)(c)): s21 where the information is accessible, s22 its intended publication, s36 the
    /// qualified person's opinion, s40(2) the legitimate-interests test, other class and
    /// required-for-purpose exemptions why the information is in the class; for prejudice and
    /// endangerment tests the evidence of harm.
    /// </summary>
    public ReasonSection Reason => ReasonOverride ?? Id switch
    {
        "s21" => ReasonSection.ReasonablyAccessible,
        "s22" => ReasonSection.IntendedPublication,
        "s36" => ReasonSection.QualifiedPersonsOpinion,
        "s40.2a" => ReasonSection.LegitimateInterestsTest,
        _ when Test is HarmTest.Class or HarmTest.RequiredForPurpose => ReasonSection.WhyExempt,
        _ => ReasonSection.EvidenceOfHarm,
    };

    /// <summary>True for FOIA s36, which is engaged only by the reasonable opinion of a qualified person (s36(2)).</summary>
    public bool NeedsQualifiedPersonsOpinion => QualifiedPersonsOpinionRequired;

    /// <summary>The section or regulation as cited in prose, e.g. <c>Section 24</c>, <c>Regulation 12(5)(e)</c>.</summary>
    public string SectionName => Provision.StartsWith("reg ", System.StringComparison.Ordinal) ? "Regulation " + Provision.Substring(4) : "Section " + Section;

    /// <inheritdoc />
    public override string ToString() => Provision + " – " + Title;

    /// <inheritdoc />
    public bool Equals(Exemption? other) => other is not null && other.Id == Id;

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();
}
