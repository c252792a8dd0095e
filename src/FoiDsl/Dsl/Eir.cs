namespace FoiDsl;

/// <summary>
/// Citations of the Environmental Information Regulations 2004 exceptions, for <see cref="ExemptAttribute"/>
/// on a request or question answered under <see cref="Regime.Eir"/>. Each starts with <c>EIR</c>, so it
/// cannot be mistaken for a FOIA section: cited in a FOIA question it is an error (FOI0006) naming the
/// FOIA counterpart. Names read as the regulation: <see cref="R12_5_e"/> is reg 12(5)(e).
/// </summary>
/// <remarks>
/// Every exception is qualified (reg 12(1)(b)) and the regulations presume disclosure (reg 12(2)); the
/// reg 12(5) exceptions need evidence that disclosure would adversely affect the interest. Personal data
/// is reg 13: <see cref="R13"/> (first condition, no public interest test), <see cref="R13Objection"/>
/// and <see cref="R13SubjectAccess"/> (qualified).
/// </remarks>
public static class Eir
{
    /// <summary>reg 12(4)(a) – Information not held when the request was received.</summary>
    public const string R12_4_a = "EIR reg 12(4)(a)";

    /// <summary>reg 12(4)(b) – Manifestly unreasonable request (the EIR's route for burden: no cost limit, the FOIA limit a guide only).</summary>
    public const string R12_4_b = "EIR reg 12(4)(b)";

    /// <summary>reg 12(4)(c) – Request formulated in too general a manner (only after advice under reg 9).</summary>
    public const string R12_4_c = "EIR reg 12(4)(c)";

    /// <summary>reg 12(4)(d) – Material in the course of completion, unfinished documents or incomplete data.</summary>
    public const string R12_4_d = "EIR reg 12(4)(d)";

    /// <summary>reg 12(4)(e) – Internal communications.</summary>
    public const string R12_4_e = "EIR reg 12(4)(e)";

    /// <summary>reg 12(5)(a) – International relations, defence, national security or public safety (NCND under reg 12(6)).</summary>
    public const string R12_5_a = "EIR reg 12(5)(a)";

    /// <summary>reg 12(5)(b) – The course of justice, fair trial, and inquiries of a criminal or disciplinary nature.</summary>
    public const string R12_5_b = "EIR reg 12(5)(b)";

    /// <summary>reg 12(5)(c) – Intellectual property rights.</summary>
    public const string R12_5_c = "EIR reg 12(5)(c)";

    /// <summary>reg 12(5)(d) – Confidentiality of proceedings provided by law (not for information on emissions, reg 12(9)).</summary>
    public const string R12_5_d = "EIR reg 12(5)(d)";

    /// <summary>reg 12(5)(e) – Confidentiality of commercial or industrial information (not for information on emissions, reg 12(9)).</summary>
    public const string R12_5_e = "EIR reg 12(5)(e)";

    /// <summary>reg 12(5)(f) – Interests of the person who provided the information voluntarily (not for information on emissions, reg 12(9)).</summary>
    public const string R12_5_f = "EIR reg 12(5)(f)";

    /// <summary>reg 12(5)(g) – Protection of the environment (not for information on emissions, reg 12(9)).</summary>
    public const string R12_5_g = "EIR reg 12(5)(g)";

    /// <summary>reg 13(2A) – Personal data of others, first condition: disclosure would breach the data protection principles (no public interest test).</summary>
    public const string R13 = "EIR reg 13(2A)";

    /// <summary>reg 13(2B) – Personal data of others, second condition: the data subject has objected (qualified).</summary>
    public const string R13Objection = "EIR reg 13(2B)";

    /// <summary>reg 13(3A) – Personal data of others, third condition: exempt from the right of access (qualified).</summary>
    public const string R13SubjectAccess = "EIR reg 13(3A)";
}

/// <summary>
/// Citations of the Environmental Information (Scotland) Regulations 2004 exceptions, for questions answered
/// under <see cref="Regime.EirScotland"/>. The same exceptions as the EIR under other numbers: reg 10(4),
/// 10(5) and personal data in reg 11.
/// </summary>
public static class EirScotland
{
    /// <summary>reg 10(4)(a) – Information not held when the request was received.</summary>
    public const string R10_4_a = "EIR (Scotland) reg 10(4)(a)";

    /// <summary>reg 10(4)(b) – Manifestly unreasonable request.</summary>
    public const string R10_4_b = "EIR (Scotland) reg 10(4)(b)";

    /// <summary>reg 10(4)(c) – Request formulated in too general a manner (only after advice under reg 9).</summary>
    public const string R10_4_c = "EIR (Scotland) reg 10(4)(c)";

    /// <summary>reg 10(4)(d) – Material in the course of completion, unfinished documents or incomplete data.</summary>
    public const string R10_4_d = "EIR (Scotland) reg 10(4)(d)";

    /// <summary>reg 10(4)(e) – Internal communications.</summary>
    public const string R10_4_e = "EIR (Scotland) reg 10(4)(e)";

    /// <summary>reg 10(5)(a) – International relations, defence, national security or public safety (NCND under reg 10(8)).</summary>
    public const string R10_5_a = "EIR (Scotland) reg 10(5)(a)";

    /// <summary>reg 10(5)(b) – The course of justice, fair trial, and inquiries of a criminal or disciplinary nature.</summary>
    public const string R10_5_b = "EIR (Scotland) reg 10(5)(b)";

    /// <summary>reg 10(5)(c) – Intellectual property rights.</summary>
    public const string R10_5_c = "EIR (Scotland) reg 10(5)(c)";

    /// <summary>reg 10(5)(d) – Confidentiality of proceedings provided by law (not for information on emissions, reg 10(6)).</summary>
    public const string R10_5_d = "EIR (Scotland) reg 10(5)(d)";

    /// <summary>reg 10(5)(e) – Confidentiality of commercial or industrial information (not for information on emissions, reg 10(6)).</summary>
    public const string R10_5_e = "EIR (Scotland) reg 10(5)(e)";

    /// <summary>reg 10(5)(f) – Interests of the person who provided the information voluntarily (not for information on emissions, reg 10(6)).</summary>
    public const string R10_5_f = "EIR (Scotland) reg 10(5)(f)";

    /// <summary>reg 10(5)(g) – Protection of the environment (not for information on emissions, reg 10(6)).</summary>
    public const string R10_5_g = "EIR (Scotland) reg 10(5)(g)";

    /// <summary>reg 11(2) – Personal data of others, first condition (no public interest test).</summary>
    public const string R11 = "EIR (Scotland) reg 11(2)";
}
