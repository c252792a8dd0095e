using System;

namespace FoiDsl;

/// <summary>
/// Answering this question — or the <see cref="Part"/> named — would cost more than the appropriate
/// limit (FOIA s12, Fees Regulations 2004), while the rest of the request is answered.
/// <para>
/// s12 relieves an authority of the duty to answer a <em>request</em> whose cost exceeds the limit, so
/// it could refuse the whole request; many authorities instead answer what they can and refuse only the
/// costly question or period. The response then says so in those terms: s12 applies to the request
/// because of this question, and the other questions are answered all the same. Give the estimate with
/// <c>CostEstimate(...)</c> and advise how the question could be narrowed (s16, FOI0015).
/// </para>
/// <para>
/// Without a <see cref="Part"/>, the question gets no answer method. With one (e.g. the years before
/// 2020), it keeps its answer method for the rest, and the response records it as answered in part.
/// Cite <see cref="ProceduralGrounds.S12ConfirmOrDeny"/> (s12(2)) when even finding out whether the
/// information is held would exceed the limit.
/// </para>
/// </summary>
/// <example>
/// <code>
/// [Question(3)][ExceedsCostLimit]
/// public const string AllIncidents = "Please list every incident involving a drone since 2010.";
///
/// [Question(4)][ExceedsCostLimit(Part = "the years 2015 to 2019")]
/// public const string Flights = "How many drone flights were made in each year from 2015 to 2024?";
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
public sealed class ExceedsCostLimitAttribute : Attribute
{
    /// <summary>The cost of complying with the question exceeds the limit (s12(1)).</summary>
    public ExceedsCostLimitAttribute()
        : this(ProceduralGrounds.S12)
    {
    }

    /// <summary>The cost exceeds the limit under <paramref name="ground"/>: <see cref="ProceduralGrounds.S12"/> or <see cref="ProceduralGrounds.S12ConfirmOrDeny"/>.</summary>
    public ExceedsCostLimitAttribute(string ground)
    {
        Ground = ground;
    }

    /// <summary>The provision cited: s12(1) or s12(2).</summary>
    public string Ground { get; }

    /// <summary>
    /// The part of the question whose cost exceeds the limit, in words ("the years 2015 to 2019"),
    /// when the rest is answered. Without it the whole question is refused on cost.
    /// </summary>
    public string? Part { get; set; }
}
