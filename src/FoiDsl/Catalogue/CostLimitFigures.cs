// Shared with the analyzers: see Exemption.cs. The runtime's AppropriateLimit and rule FOI0030 read
// these figures, so the limit an estimate is judged against at build time and at Build() is one.
#if FOIDSL_ANALYZERS
namespace FoiDsl.Generators.Catalogue;
#else
namespace FoiDsl;
#endif

/// <summary>
/// The figures of one cost limit of a regime's cost ground: the sum, the hourly rate staff time is costed at,
/// and what the regime calls it. FOIA s12 with the Appropriate Limit and Fees Regulations 2004 (SI 2004/3244):
/// £450 (reg 3(3)) or £600 (reg 3(2)) at £25 an hour (reg 4(4)). FOISA s12 with the Fees for Required Disclosure
/// (Scotland) Regulations 2004: £600 at no more than £15 an hour (reg 3).
/// </summary>
/// <param name="Member">The <c>AppropriateLimit</c> property that holds the limit, e.g. <c>Standard</c>.</param>
/// <param name="Pounds">The limit in pounds.</param>
/// <param name="HourlyRate">The rate staff time is costed at, in pounds per person per hour.</param>
/// <param name="Name">What the regime calls the limit: "appropriate limit" (FOIA) or "prescribed amount" (FOISA).</param>
public sealed record CostLimitFigures(string Member, decimal Pounds, decimal HourlyRate, string Name)
{
    /// <summary>The limit in hours of staff time at <see cref="HourlyRate"/>.</summary>
    public decimal Hours => Pounds / HourlyRate;

    /// <summary>How code names the limit, e.g. <c>AppropriateLimit.Standard</c>.</summary>
    public string Written => "AppropriateLimit." + Member;
}
