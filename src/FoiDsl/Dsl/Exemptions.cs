namespace FoiDsl;

/// <summary>
/// Citations of the FOIA 2000 exemptions, for <see cref="ExemptAttribute"/> and the response
/// builder. Each constant names the section's main provision and starts with <c>FOIA</c>, so it cannot
/// be mistaken for a FOISA section with the same number (<see cref="Foisa"/>) or used in an EIR question
/// (<see cref="Eir"/>): that is an error (FOI0006) naming the counterpart. Append a paragraph for a
/// specific limb (<c>S31 + "(a)"</c> is <c>s31(1)(a)</c>) or write the citation as a string
/// (<c>"s40(3B)"</c>, read under the request's regime). Every citation is checked against
/// <see cref="ExemptionCatalogue"/> at compile time (FOI0006).
/// </summary>
/// <remarks>
/// Sections whose limbs differ in status have one constant per limb: s27 (<see cref="S27"/>,
/// <see cref="S27Confidential"/>), s30 (<see cref="S30"/>, <see cref="S30Sources"/>), s40
/// (<see cref="S40"/>, <see cref="S40Applicant"/>), s43 (<see cref="S43"/>,
/// <see cref="S43TradeSecrets"/>). s37 has none: cite the paragraph, since (a) to (ab) are
/// absolute and (ac), (ad) and (b) qualified, e.g. <c>"s37(1)(b)"</c>.
/// </remarks>
public static class Exemptions
{
    /// <summary>s21(1) – Information accessible to the applicant by other means (absolute).</summary>
    public const string S21 = "FOIA s21(1)";

    /// <summary>s22(1) – Information intended for future publication (qualified).</summary>
    public const string S22 = "FOIA s22(1)";

    /// <summary>s22A(1) – Research (qualified, prejudice).</summary>
    public const string S22A = "FOIA s22A(1)";

    /// <summary>s23(1) – Information supplied by, or relating to, security bodies (absolute).</summary>
    public const string S23 = "FOIA s23(1)";

    /// <summary>s24(1) – National security (qualified, required for the purpose).</summary>
    public const string S24 = "FOIA s24(1)";

    /// <summary>s26(1) – Defence (qualified, prejudice).</summary>
    public const string S26 = "FOIA s26(1)";

    /// <summary>s27(1) – International relations (qualified, prejudice).</summary>
    public const string S27 = "FOIA s27(1)";

    /// <summary>s27(2) – Confidential information from another State or international body (qualified, class).</summary>
    public const string S27Confidential = "FOIA s27(2)";

    /// <summary>s28(1) – Relations within the United Kingdom (qualified, prejudice).</summary>
    public const string S28 = "FOIA s28(1)";

    /// <summary>s29(1) – The economy (qualified, prejudice).</summary>
    public const string S29 = "FOIA s29(1)";

    /// <summary>s30(1) – Investigations and proceedings (qualified, class).</summary>
    public const string S30 = "FOIA s30(1)";

    /// <summary>s30(2) – Confidential sources and investigations (qualified, class).</summary>
    public const string S30Sources = "FOIA s30(2)";

    /// <summary>s31(1) – Law enforcement (qualified, prejudice).</summary>
    public const string S31 = "FOIA s31(1)";

    /// <summary>s32(1) – Court records (absolute).</summary>
    public const string S32 = "FOIA s32(1)";

    /// <summary>s33(2) – Audit functions (qualified, prejudice).</summary>
    public const string S33 = "FOIA s33(2)";

    /// <summary>s34(1) – Parliamentary privilege (absolute).</summary>
    public const string S34 = "FOIA s34(1)";

    /// <summary>s35(1) – Formulation of government policy (qualified, class).</summary>
    public const string S35 = "FOIA s35(1)";

    /// <summary>s36(2) – Prejudice to effective conduct of public affairs (qualified, prejudice).</summary>
    public const string S36 = "FOIA s36(2)";

    /// <summary>s38(1) – Health and safety (qualified, endangerment).</summary>
    public const string S38 = "FOIA s38(1)";

    /// <summary>s39(1) – Environmental information (qualified, class).</summary>
    public const string S39 = "FOIA s39(1)";

    /// <summary>s40(1) – The applicant's own personal information (absolute).</summary>
    public const string S40Applicant = "FOIA s40(1)";

    /// <summary>s40(2) – Personal information of others, first condition (absolute).</summary>
    public const string S40 = "FOIA s40(2)";

    /// <summary>s41(1) – Information provided in confidence (absolute).</summary>
    public const string S41 = "FOIA s41(1)";

    /// <summary>s42(1) – Legal professional privilege (qualified, class).</summary>
    public const string S42 = "FOIA s42(1)";

    /// <summary>s43(1) – Trade secrets (qualified, class).</summary>
    public const string S43TradeSecrets = "FOIA s43(1)";

    /// <summary>s43(2) – Commercial interests (qualified, prejudice).</summary>
    public const string S43 = "FOIA s43(2)";

    /// <summary>s44(1) – Prohibitions on disclosure (absolute).</summary>
    public const string S44 = "FOIA s44(1)";
}
