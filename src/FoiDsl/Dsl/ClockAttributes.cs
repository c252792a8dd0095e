using System;

namespace FoiDsl;

/// <summary>
/// The time for the response was extended to consider the public interest (FOIA s10(3)): a notice
/// under s17(2) was given within the 20 working days, naming the exemption being considered and a
/// reasonable estimate of the date of the decision. The response is then due by that date, not by
/// the 20th working day. The ICO expects no more than 20 further working days (40 in all).
/// Dates are written <c>yyyy-MM-dd</c>.
/// </summary>
/// <example>
/// <code>
/// [FoiRequest("FOI 0311/24", Received = "2024-03-01")]
/// [PublicInterestExtension(NoticeGiven = "2024-03-27", NewDueDate = "2024-04-26")]
/// public static partial class SurveillanceContracts { ... }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class PublicInterestExtensionAttribute : Attribute
{
    /// <summary>The day the requester was given the s17(2) notice, <c>yyyy-MM-dd</c>.</summary>
    public string? NoticeGiven { get; set; }

    /// <summary>The estimated date of the decision given in the notice, <c>yyyy-MM-dd</c>.</summary>
    public string? NewDueDate { get; set; }
}

/// <summary>
/// The time for an environmental response was extended because the complexity and volume of the
/// information make the 20 working days impracticable (EIR reg 7(1); EIR (Scotland) reg 7(1)): the
/// requester was told so within the 20 working days (reg 7(3)). The response is then due by the new
/// date, which may be no later than the 40th working day after receipt — a statutory cap (FOI0033).
/// Only the environmental regimes extend this way; FOIA uses <see cref="PublicInterestExtensionAttribute"/>
/// and FOISA allows no extension. Dates are written <c>yyyy-MM-dd</c>.
/// </summary>
/// <example>
/// <code>
/// [FoiRequest("EIR 25/0140", Received = "2025-03-03", Regime = Regime.Eir)]
/// [ComplexityExtension(NoticeGiven = "2025-03-24", NewDueDate = "2025-04-29")]
/// public static partial class FloodModelling { ... }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class ComplexityExtensionAttribute : Attribute
{
    /// <summary>The day the requester was told of the extension (reg 7(3)), <c>yyyy-MM-dd</c>.</summary>
    public string? NoticeGiven { get; set; }

    /// <summary>The new due date, no later than the 40th working day after receipt, <c>yyyy-MM-dd</c>.</summary>
    public string? NewDueDate { get; set; }
}

/// <summary>
/// A fees notice was given (FOIA s9): the working days from the day it was given to the day the fee
/// was received are not counted towards the 20 (s10(2)). Dates are written <c>yyyy-MM-dd</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class FeesNoticeAttribute : Attribute
{
    /// <summary>The day the fees notice was given, <c>yyyy-MM-dd</c>.</summary>
    public string? Given { get; set; }

    /// <summary>The day the fee was received, <c>yyyy-MM-dd</c>.</summary>
    public string? Paid { get; set; }
}
