using System;

namespace FoiDsl;

/// <summary>
/// Neither confirms nor denies (NCND) that the information a question asks for is held: the duty
/// to confirm or deny (FOIA s1(1)(a)) is excluded by the NCND limb of each exemption cited, e.g.
/// s24(2) for <see cref="Exemptions.S24"/> and s31(3) for <see cref="Exemptions.S31"/>. Cite the
/// exemption (or its NCND provision); only exemptions with an NCND limb can be cited (FOI0012).
/// The question gets no answer method, and the response needs what each exemption needs:
/// evidence of harm for prejudice-based ones, a public interest test for qualified ones.
/// Placed on the request class, it neither confirms nor denies holding any of the information the
/// request asks for: every question is covered, and the response makes one statement for the whole
/// request (no question may then carry its own <c>[Exempt]</c> or <c>[NeitherConfirmNorDeny]</c>).
/// </summary>
/// <example>
/// <code>
/// [Question(3)][NeitherConfirmNorDeny(S24, S31)]
/// public const string Covert = "Do you use covert social media accounts?";
///
/// [FoiRequest("FOI 0101/24")]
/// [NeitherConfirmNorDeny(S23, S24)]   // the whole request: s23(5) and s24(2)
/// public partial class Informants { ... }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class NeitherConfirmNorDenyAttribute : Attribute
{
    /// <summary>Neither confirms nor denies under the exemptions cited.</summary>
    /// <param name="citations">Exemptions with a neither-confirm-nor-deny limb, e.g. <c>Exemptions.S24</c> or <c>"s24(2)"</c>.</param>
    public NeitherConfirmNorDenyAttribute(params string[] citations)
    {
        Citations = citations;
    }

    /// <summary>The exemptions cited.</summary>
    public string[] Citations { get; }
}
