using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace FoiDsl;

/// <summary>
/// The activities whose cost may be counted towards a cost limit. Each limit counts only some of them
/// (<see cref="AppropriateLimit.Counts"/>): under FOIA, regulation 4(3) of the Freedom of Information
/// and Data Protection (Appropriate Limit and Fees) Regulations 2004 (SI 2004/3244) counts determining
/// whether the information is held, locating, retrieving and extracting it; under FOISA, regulation 3
/// of the Freedom of Information (Fees for Required Disclosure) (Scotland) Regulations 2004 counts
/// locating, retrieving and providing it, and not determining whether it is held. Work neither counts —
/// considering exemptions, redacting, consulting third parties — has no value here, so an estimate
/// cannot state it.
/// </summary>
public enum CostActivity
{
    /// <summary>Determining whether the authority holds the information (FOIA: reg 4(3)(a), the only activity a refusal under s12(2) may count; not counted under FOISA).</summary>
    DeterminingWhetherHeld,

    /// <summary>Locating the information, or a document which may contain it (FOIA reg 4(3)(b); FOISA reg 3).</summary>
    Locating,

    /// <summary>Retrieving the information, or a document which may contain it (FOIA reg 4(3)(c); FOISA reg 3).</summary>
    Retrieving,

    /// <summary>Extracting the information from a document containing it (FOIA reg 4(3)(d)).</summary>
    Extracting,

    /// <summary>Providing the information to the requester, e.g. putting it in the form asked for (FOISA reg 3; not counted under FOIA).</summary>
    Providing,
}

/// <summary>
/// A cost limit as data: the sum, the rate at which staff time is costed, the activities it counts, and
/// the words a refusal uses for it. FOIA s12 and the Fees Regulations 2004 (SI 2004/3244): £450 or £600
/// at a flat £25 an hour (regulations 3 and 4(4)). FOISA s12 and the Fees for Required Disclosure
/// (Scotland) Regulations 2004: £600, staff time at no more than £15 an hour (regulation 3).
/// </summary>
public sealed class AppropriateLimit
{
    private const string FoiaRegulations = "the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004";
    private const string FoisaRegulations = "the Freedom of Information (Fees for Required Disclosure) (Scotland) Regulations 2004";

    private AppropriateLimit(Regime regime, string member, string provision, string appliesTo)
    {
        // the figures are the regime's data, which rule FOI0030 reads too
        var figures = RegimeDefinition.For(regime).CostLimits.Single(l => l.Member == member);
        Regime = regime;
        Pounds = figures.Pounds;
        HourlyRate = figures.HourlyRate;
        Name = figures.Name;
        Written = figures.Written;
        Provision = provision;
        AppliesTo = appliesTo;
    }

    /// <summary>£450 (18 hours): every public authority not listed in Part I of Schedule 1 to FOIA — police forces, councils, the NHS (reg 3(3)).</summary>
    public static AppropriateLimit Standard { get; } = Foia(nameof(Standard), "regulation 3(3)", "public authorities other than those in Part I of Schedule 1 to the Act");

    /// <summary>£600 (24 hours): the authorities in Part I of Schedule 1 to FOIA — government departments, the Houses of Parliament, the devolved legislatures, the armed forces (reg 3(2)).</summary>
    public static AppropriateLimit CentralGovernment { get; } = Foia(nameof(CentralGovernment), "regulation 3(2)", "the public authorities in Part I of Schedule 1 to the Act");

    /// <summary>
    /// £600 (40 hours at £15): the prescribed amount for every Scottish public authority under FOISA s12(1), with
    /// staff time costed at no more than £15 an hour and the time spent determining whether the information is
    /// held not counted (Fees for Required Disclosure (Scotland) Regulations 2004, regulation 3).
    /// </summary>
    public static AppropriateLimit Scotland { get; } = new(Regime.Foisa, nameof(Scotland), FoisaRegulations, "Scottish public authorities")
    {
        RateWording = "no more than {rate} per person per hour (regulation 3)",
        Counts = new[] { CostActivity.Locating, CostActivity.Retrieving, CostActivity.Providing },
        Basis = "Section 12(1) of the Freedom of Information (Scotland) Act 2002 means we do not have to comply with a request where we estimate that the cost of complying would exceed the prescribed amount. Only the cost of locating, retrieving and providing the information may be counted; the time spent determining whether we hold it is not (regulation 3 of " + FoisaRegulations + ").",
        NotCounted = "Under FOISA only locating, retrieving and providing the information count towards the prescribed amount (regulation 3 of " + FoisaRegulations + "); determining whether it is held does not",
    };

    /// <summary>Every limit, FOIA's and FOISA's.</summary>
    public static IReadOnlyList<AppropriateLimit> All => new[] { Standard, CentralGovernment, Scotland };

    /// <summary>How code names the limit, e.g. <c>AppropriateLimit.Standard</c>, for messages.</summary>
    public string Written { get; }

    /// <summary>The regime whose cost ground the limit belongs to: <see cref="FoiDsl.Regime.Foia"/> or <see cref="FoiDsl.Regime.Foisa"/>.</summary>
    public Regime Regime { get; }

    /// <summary>The limit in pounds.</summary>
    public decimal Pounds { get; }

    /// <summary>The rate at which staff time is costed, in pounds per person per hour: £25 under FOIA (reg 4(4)), at most £15 under FOISA.</summary>
    public decimal HourlyRate { get; }

    /// <summary>The limit in hours of staff time at <see cref="HourlyRate"/>.</summary>
    public decimal Hours => Pounds / HourlyRate;

    /// <summary>The provision that sets it, e.g. <c>regulation 3(3)</c>.</summary>
    public string Provision { get; }

    /// <summary>Which authorities it applies to.</summary>
    public string AppliesTo { get; }

    /// <summary>What the regime calls it: "appropriate limit" (FOIA) or "prescribed amount" (FOISA).</summary>
    public string Name { get; }

    /// <summary>How staff time is costed, after "costed at"; <c>{rate}</c> is the rate in pounds.</summary>
    public string RateWording { get; private init; } = "{rate} per person per hour (regulation 4(4))";

    /// <summary>The activities whose cost the limit counts.</summary>
    public IReadOnlyList<CostActivity> Counts { get; private init; } = new[] { CostActivity.DeterminingWhetherHeld, CostActivity.Locating, CostActivity.Retrieving, CostActivity.Extracting };

    /// <summary>The sentence that states the cost ground and what may be counted (s12(1)).</summary>
    public string Basis { get; private init; } = "";

    /// <summary>Why an activity the limit does not count cannot be stated, for the message that refuses it.</summary>
    public string NotCounted { get; private init; } = "Under FOIA only determining whether the information is held, locating, retrieving and extracting it count towards the appropriate limit (regulation 4(3) of " + FoiaRegulations + ")";

    /// <summary>The regulation that lets requests be costed together, in words; null where FoiDsl knows none.</summary>
    public string? AggregationProvision { get; private init; }

    /// <inheritdoc />
    public override string ToString() => $"£{Pounds.ToString("0", CultureInfo.InvariantCulture)} ({Hours.ToString("0.##", CultureInfo.InvariantCulture)} hours)";

    private static AppropriateLimit Foia(string member, string provision, string appliesTo) => new(Regime.Foia, member, provision, appliesTo)
    {
        Basis = "Section 12(1) of the Freedom of Information Act 2000 means we do not have to comply with a request where we estimate that the cost of complying would exceed the appropriate limit. Only the time it would take to determine whether the information is held, and to locate, retrieve and extract it, may be counted (regulation 4(3) of " + FoiaRegulations + ").",
        AggregationProvision = "regulation 5",
    };
}

/// <summary>One line of a cost estimate: an activity, what it involves, and the staff time it takes.</summary>
/// <param name="Activity">The activity, one the limit counts (FOIA reg 4(3); FOISA reg 3).</param>
/// <param name="Description">What the work is, e.g. <c>read each custody record from 2023</c>.</param>
/// <param name="Records">How many records or documents, when the time is estimated per record.</param>
/// <param name="MinutesEach">The minutes each record takes, when the time is estimated per record.</param>
/// <param name="Hours">The staff time for this line, in hours.</param>
public sealed record CostLine(CostActivity Activity, string Description, int? Records, decimal? MinutesEach, decimal Hours);

/// <summary>
/// The estimate behind a refusal on grounds of cost (FOIA s12, FOISA s12): the staff time each activity the
/// limit counts would take (FOIA: Fees Regulations 2004 reg 4(3)–(4); FOISA: Fees for Required Disclosure
/// (Scotland) Regulations 2004 reg 3), totalled and compared with the limit, with any other requests costed
/// together under FOIA's regulation 5. Write it as
/// <c>CostEstimate.Against(AppropriateLimit.Standard).Activity(CostActivity.Extracting, "read each file", 400, 5)</c>.
/// Rule FOI0030 and <c>Build()</c> refuse an estimate that does not exceed the limit: s12 then gives no ground to refuse.
/// </summary>
public sealed class CostEstimate
{
    private readonly List<CostLine> _lines = new();
    private readonly List<string> _aggregated = new();

    private CostEstimate(AppropriateLimit limit) => Limit = limit;

    /// <summary>Starts an estimate against <paramref name="limit"/>.</summary>
    public static CostEstimate Against(AppropriateLimit limit) => new(limit ?? throw new ArgumentNullException(nameof(limit)));

    /// <summary>The limit the estimate is compared with: FOIA's appropriate limit or FOISA's prescribed amount.</summary>
    public AppropriateLimit Limit { get; }

    /// <summary>The lines of the estimate, in the order written.</summary>
    public IReadOnlyList<CostLine> Lines => _lines;

    /// <summary>The references of the other requests costed together with this one (FOIA: Fees Regulations 2004 reg 5); empty when none.</summary>
    public IReadOnlyList<string> AggregatedWith => _aggregated;

    /// <summary>The total staff time, in hours.</summary>
    public decimal TotalHours => _lines.Sum(l => l.Hours);

    /// <summary>The total cost at the limit's hourly rate: £25 per person per hour under FOIA (reg 4(4)), at most £15 under FOISA (reg 3).</summary>
    public decimal TotalCost => TotalHours * Limit.HourlyRate;

    /// <summary>True when the estimated cost exceeds the limit, as s12(1) of FOIA and of FOISA requires (equal to the limit does not exceed it).</summary>
    public bool ExceedsLimit => TotalCost > Limit.Pounds;

    /// <summary>Adds an activity estimated per record: <paramref name="records"/> records at <paramref name="minutesEach"/> minutes each.</summary>
    /// <exception cref="ArgumentException">The description is empty, the limit does not count the activity, or a number is not positive.</exception>
    public CostEstimate Activity(CostActivity activity, string description, int records, decimal minutesEach)
    {
        if (records <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(records), records, $"The number of records for \"{description}\" must be at least 1.");
        }

        if (minutesEach <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minutesEach), minutesEach, $"The minutes each record of \"{description}\" takes must be more than 0.");
        }

        return Add(new CostLine(activity, Describe(activity, description), records, minutesEach, records * minutesEach / 60m));
    }

    /// <summary>Adds an activity estimated as a whole, in hours.</summary>
    /// <exception cref="ArgumentException">The description is empty, the limit does not count the activity, or the hours are not positive.</exception>
    public CostEstimate Activity(CostActivity activity, string description, decimal hours)
    {
        if (hours <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(hours), hours, $"The hours \"{description}\" takes must be more than 0.");
        }

        return Add(new CostLine(activity, Describe(activity, description), null, null, hours));
    }

    /// <summary>
    /// Names the other requests costed together with this one (FOIA only: Fees Regulations 2004 reg 5): requests
    /// for the same or similar information, made by one person or by people who appear to act in
    /// concert or in a campaign, received within 60 consecutive working days.
    /// </summary>
    /// <exception cref="ArgumentException">No reference is given, or one is empty.</exception>
    public CostEstimate Aggregating(params string[] references)
    {
        if (references is null || references.Length == 0 || references.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Aggregating requests needs the reference of each request costed together, none empty.", nameof(references));
        }

        if (Limit.AggregationProvision is null)
        {
            throw new ArgumentException($"Requests cannot be costed together against the {Limit.Name} of {Limit.Provision}: FoiDsl knows no rule for aggregating requests under {RegimeDefinition.For(Limit.Regime).ShortName}. Cost this request on its own.", nameof(references));
        }

        _aggregated.AddRange(references.Select(r => r.Trim()).Where(r => !_aggregated.Contains(r)));
        return this;
    }

    /// <summary>Why the estimate cannot support a refusal under <paramref name="ground"/>; empty when it can.</summary>
    public IReadOnlyList<string> Problems(ExemptionClaim ground)
    {
        var problems = new List<string>();
        if (_lines.Count == 0)
        {
            problems.Add("The cost estimate has no activities: add each with Activity(...).");
            return problems;
        }

        if (Limit.Regime != ground.Exemption.Regime)
        {
            var regime = RegimeDefinition.For(ground.Exemption.Regime);
            problems.Add($"The cost estimate is made against the {Limit.Name} of the {RegimeDefinition.For(Limit.Regime).Name}, but the request is refused under {regime.CitationPrefix}{ground.Citation}: estimate against {regime.CostLimitsWritten}.");
            return problems;
        }

        if (!ExceedsLimit)
        {
            problems.Add($"The cost estimate ({CostEstimateFigures.Hours(TotalHours)}, {CostEstimateFigures.Pounds(TotalCost)}) does not exceed the {Limit.Name} of {Limit}, so s12 gives no ground to refuse the request: answer it, or correct the estimate.");
        }

        if (ground.Citation == ProceduralGrounds.S12ConfirmOrDeny)
        {
            // s12(2): only the cost of complying with s1(1)(a) "alone" counts — telling the requester whether the
            // information is held, which is reg 4(3)(a). Searches made only to find out whether it is held belong there.
            foreach (var line in _lines.Where(l => l.Activity != CostActivity.DeterminingWhetherHeld))
            {
                problems.Add($"Under s12(2) only the cost of determining whether the information is held (Fees Regulations 2004 reg 4(3)(a)) counts, but \"{line.Description}\" is {CostEstimateFigures.ActivityName(line.Activity)}: state searches made to establish whether the information is held as CostActivity.DeterminingWhetherHeld, or refuse under s12(1).");
            }
        }

        return problems;
    }

    private CostEstimate Add(CostLine line)
    {
        _lines.Add(line);
        return this;
    }

    private string Describe(CostActivity activity, string description)
    {
        if (!Enum.IsDefined(typeof(CostActivity), activity))
        {
            throw new ArgumentException($"{activity} is not an activity whose cost can be counted: use one of {string.Join(", ", Limit.Counts)}.", nameof(activity));
        }

        if (!Limit.Counts.Contains(activity))
        {
            throw new ArgumentException($"{Limit.NotCounted}, so \"{description}\" ({CostEstimateFigures.ActivityName(activity)}) cannot be counted: state it as one of {string.Join(", ", Limit.Counts.Select(a => "CostActivity." + a))}, or leave it out.", nameof(activity));
        }

        return string.IsNullOrWhiteSpace(description)
            ? throw new ArgumentException("Each activity of a cost estimate needs a description of the work.", nameof(description))
            : description.Trim();
    }
}

/// <summary>How the figures of a cost estimate are written.</summary>
internal static class CostEstimateFigures
{
    internal static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture) + (hours == 1m ? " hour" : " hours");

    internal static string Pounds(decimal pounds) => "£" + pounds.ToString(pounds == decimal.Truncate(pounds) ? "#,0" : "#,0.00", CultureInfo.InvariantCulture);

    internal static string ActivityName(CostActivity activity) => activity switch
    {
        CostActivity.DeterminingWhetherHeld => "determining whether the information is held",
        CostActivity.Locating => "locating the information",
        CostActivity.Retrieving => "retrieving the information",
        CostActivity.Extracting => "extracting the information",
        CostActivity.Providing => "providing the information",
        _ => throw new ArgumentOutOfRangeException(nameof(activity), activity, "Not an activity a cost limit counts."),
    };
}
