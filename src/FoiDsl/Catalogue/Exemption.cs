// This file is compiled into the runtime (namespace FoiDsl) and into the analyzers
// (namespace FoiDsl.Generators.Catalogue), so both read one catalogue.
using System.Collections.Generic;

#if FOIDSL_ANALYZERS
namespace FoiDsl.Generators.Catalogue;
#else
namespace FoiDsl;
#endif

/// <summary>Which statute a provision belongs to.</summary>
public enum Regime
{
    /// <summary>Freedom of Information Act 2000 (England, Wales, Northern Ireland, UK-wide bodies).</summary>
    Foia,
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
    string Note)
{
    /// <summary>True if a public interest test is required before withholding (qualified exemptions).</summary>
    public bool RequiresPublicInterestTest => Status == ExemptionStatus.Qualified;

    /// <summary>True if the response must show evidence of harm (prejudice and endangerment tests).</summary>
    public bool RequiresEvidenceOfHarm => Test is HarmTest.Prejudice or HarmTest.Endangerment;

    /// <summary>The section as cited in prose, e.g. <c>Section 24</c>.</summary>
    public string SectionName => "Section " + Section;

    /// <inheritdoc />
    public override string ToString() => Provision + " – " + Title;

    /// <inheritdoc />
    public bool Equals(Exemption? other) => other is not null && other.Id == Id;

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();
}
