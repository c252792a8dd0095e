namespace FoiDsl;

/// <summary>
/// Citations of the Freedom of Information (Scotland) Act 2002 exemptions and procedural grounds, for
/// requests answered under <see cref="Regime.Foisa"/>. Each starts with <c>FOISA</c>: FOISA numbers its
/// exemptions differently from FOIA (FOISA s35 is law enforcement, FOIA s35 government policy), so a
/// FOISA citation in a FOIA request, or the reverse, is an error (FOI0006) naming the counterpart.
/// Append a paragraph for a limb: <c>Foisa.S35 + "(a)"</c> is s35(1)(a).
/// </summary>
/// <remarks>
/// Absolute (s2(2)): s25, s26, s36(2), s37, s38(1)(a), (c), (d) and (b) under the first condition. The
/// prejudice-based exemptions need substantial prejudice. Neither confirm nor deny is the single power of
/// s18(1), for ss.28–35, 38, 39(1) and 41: write <c>[NeitherConfirmNorDeny(Foisa.S35)]</c> and the
/// response cites s18(1) with s35(1).
/// </remarks>
public static class Foisa
{
    /// <summary>s12(1) – Excessive cost of compliance (£600, staff time at no more than £15 an hour).</summary>
    public const string S12 = "FOISA s12(1)";

    /// <summary>s14(1) – Vexatious request.</summary>
    public const string S14 = "FOISA s14(1)";

    /// <summary>s14(2) – Repeated request.</summary>
    public const string S14Repeated = "FOISA s14(2)";

    /// <summary>s25(1) – Information otherwise accessible (absolute).</summary>
    public const string S25 = "FOISA s25(1)";

    /// <summary>s26 – Prohibitions on disclosure (absolute); cite the paragraph, e.g. <c>S26 + "(a)"</c>.</summary>
    public const string S26 = "FOISA s26";

    /// <summary>s27(1) – Information intended for future publication within twelve weeks (qualified).</summary>
    public const string S27 = "FOISA s27(1)";

    /// <summary>s27(2) – Research (qualified, substantial prejudice).</summary>
    public const string S27Research = "FOISA s27(2)";

    /// <summary>s28(1) – Relations within the United Kingdom (qualified, substantial prejudice).</summary>
    public const string S28 = "FOISA s28(1)";

    /// <summary>s29(1) – Formulation of Scottish Administration policy etc. (qualified, class).</summary>
    public const string S29 = "FOISA s29(1)";

    /// <summary>s30 – Prejudice to effective conduct of public affairs (qualified); cite the paragraph, e.g. <c>S30 + "(b)(i)"</c>.</summary>
    public const string S30 = "FOISA s30";

    /// <summary>s31(1) – National security (qualified, required for the purpose).</summary>
    public const string S31 = "FOISA s31(1)";

    /// <summary>s31(4) – Defence (qualified, substantial prejudice).</summary>
    public const string S31Defence = "FOISA s31(4)";

    /// <summary>s32(1)(a) – International relations (qualified, substantial prejudice).</summary>
    public const string S32 = "FOISA s32(1)(a)";

    /// <summary>s32(1)(b) – Confidential information from another State or an international organisation or court (qualified, class).</summary>
    public const string S32Confidential = "FOISA s32(1)(b)";

    /// <summary>s33(1)(a) – Trade secrets (qualified, class).</summary>
    public const string S33TradeSecrets = "FOISA s33(1)(a)";

    /// <summary>s33(1)(b) – Commercial interests (qualified, substantial prejudice).</summary>
    public const string S33 = "FOISA s33(1)(b)";

    /// <summary>s33(2) – The economy (qualified, substantial prejudice).</summary>
    public const string S33Economy = "FOISA s33(2)";

    /// <summary>s34(1) – Investigations by Scottish public authorities (qualified, class).</summary>
    public const string S34 = "FOISA s34(1)";

    /// <summary>s35(1) – Law enforcement (qualified, substantial prejudice).</summary>
    public const string S35 = "FOISA s35(1)";

    /// <summary>s36(1) – Confidentiality of communications in legal proceedings (qualified).</summary>
    public const string S36 = "FOISA s36(1)";

    /// <summary>s36(2) – Information obtained in confidence (absolute).</summary>
    public const string S36Confidence = "FOISA s36(2)";

    /// <summary>s37(1) – Court records, etc. (absolute).</summary>
    public const string S37 = "FOISA s37(1)";

    /// <summary>s38(1)(a) – Personal information of the applicant (absolute).</summary>
    public const string S38Applicant = "FOISA s38(1)(a)";

    /// <summary>s38(1)(b) – Personal information of others, first condition (absolute; legitimate-interests balance).</summary>
    public const string S38 = "FOISA s38(1)(b)";

    /// <summary>s39(1) – Health and safety (qualified, endangerment).</summary>
    public const string S39 = "FOISA s39(1)";

    /// <summary>s39(2) – Environmental information (qualified): answer under the EIR (Scotland) instead.</summary>
    public const string S39Environmental = "FOISA s39(2)";

    /// <summary>s40 – Audit functions (qualified, substantial prejudice).</summary>
    public const string S40 = "FOISA s40";

    /// <summary>s41 – Communications with His Majesty etc. and honours (qualified).</summary>
    public const string S41 = "FOISA s41";
}
