using System;

namespace FoiDsl;

/// <summary>
/// Marks a <c>const string</c> field of an <see cref="FoiRequestAttribute"/> class as a numbered
/// question of the request; the constant's value is the question's wording as received. The
/// generated builder has a method named after the field to answer it.
/// </summary>
/// <example>
/// <code>
/// [Question(1)]       public const string UsesSocialListening = "Do you use a social listening platform?";
/// [Question(2, If = 1)] public const string SocialListeningTools = "If so, what tools do you use?";
/// [Question(3, IfNot = 1)] public const string Plans = "If not, do you plan to?";
/// [Question(4, Label = "4a")] public const string Budget = "What is the budget?";   // numbered 4a by the requester
///
/// [Question] public const string FleetPolicy = "Please send me your fleet policy.";   // a request of one unnumbered question
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
public sealed class QuestionAttribute : Attribute
{
    /// <summary>
    /// Declares the only question of a request the requester did not number. It is printed as the
    /// request itself, without a label; its builder method is named after the field as usual.
    /// </summary>
    public QuestionAttribute()
    {
        Number = 1;
    }

    /// <summary>Declares question <paramref name="number"/>.</summary>
    /// <param name="number">The question's number in the request (Q1, Q2, …).</param>
    public QuestionAttribute(int number)
    {
        Number = number;
    }

    /// <summary>The question's number in the request.</summary>
    public int Number { get; }

    /// <summary>
    /// The number of an earlier question this one depends on ("If so, …"); 0 when it stands alone.
    /// When that question is answered No, this one is answered <see cref="Answer.NotApplicable"/>.
    /// </summary>
    public int If { get; set; }

    /// <summary>
    /// The number of an earlier question this one applies to when it is answered No ("If not, …");
    /// 0 when it stands alone. When that question is answered Yes, this one is answered
    /// <see cref="Answer.NotApplicable"/>.
    /// </summary>
    public int IfNot { get; set; }

    /// <summary>
    /// The question's number as the requester wrote it, when it is not simply <see cref="Number"/>:
    /// sub-questions (<c>"1a"</c>, <c>"1b"</c>), roman numerals, or a request quoted from its second
    /// paragraph. Printed as <c>Q1a</c>. <see cref="Number"/> still orders the questions and is what
    /// <see cref="If"/> refers to.
    /// </summary>
    public string? Label { get; set; }

    /// <summary>
    /// The regime this question is answered under when it is not the request's: in a mixed request, the
    /// environmental questions of a FOIA request are answered under the EIR (<c>Regime = Regime.Eir</c>),
    /// as FOIA s39 requires, and those of a FOISA request under the EIR (Scotland). Its citations are read
    /// in that regime's catalogue. Unset, the question takes the request's regime.
    /// </summary>
    public Regime Regime { get; set; }

    /// <summary>
    /// True when the information asked for is on emissions. The EIR then deny reg 12(5)(d) to (g)
    /// (confidential proceedings, commercial confidentiality, voluntary suppliers, protection of the
    /// environment) for it (reg 12(9); EIR (Scotland) reg 10(6)): claiming one is an error (FOI0037).
    /// </summary>
    public bool OnEmissions { get; set; }
}
