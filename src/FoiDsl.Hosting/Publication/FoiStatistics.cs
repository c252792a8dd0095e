using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace FoiDsl.Hosting.Publication;

/// <summary>
/// FOI statistics for a period, in the categories public bodies report quarterly: requests received,
/// how many were answered in time (with or without a permitted s10(3) extension) or late, each outcome
/// category, and how often each exemption was cited. A request counts in the period it was received.
/// </summary>
public sealed class FoiStatistics
{
    private FoiStatistics(DateTime? from, DateTime? to, IReadOnlyList<(string Measure, int Count)> rows, IReadOnlyList<(string Citation, int Count)> exemptions)
    {
        From = from;
        To = to;
        Rows = rows;
        Exemptions = exemptions;
    }

    /// <summary>The first day of the period, or null for no lower bound.</summary>
    public DateTime? From { get; }

    /// <summary>The last day of the period, or null for no upper bound.</summary>
    public DateTime? To { get; }

    /// <summary>Each measure and its count, in reporting order.</summary>
    public IReadOnlyList<(string Measure, int Count)> Rows { get; }

    /// <summary>How many requests cited each exemption or procedural ground, most cited first.</summary>
    public IReadOnlyList<(string Citation, int Count)> Exemptions { get; }

    /// <summary>The count for <paramref name="measure"/>.</summary>
    public int this[string measure] => Rows.FirstOrDefault(r => r.Measure == measure).Count;

    /// <summary>Requests received in the period.</summary>
    public const string Received = "requests received";

    /// <summary>Answered by the 20th working day.</summary>
    public const string InTime = "answered in time";

    /// <summary>Answered by the date of a permitted extension (FOIA s10(3), EIR reg 7(1)).</summary>
    public const string InTimeWithExtension = "answered in time with a permitted extension";

    /// <summary>Answered after the due date.</summary>
    public const string Late = "answered late";

    /// <summary>No date of receipt or of response (or one outside the calendar), so timeliness not known.</summary>
    public const string TimelinessUnknown = "timeliness not known (no date of receipt or of response)";

    /// <summary>
    /// The statistics of the responses whose request was received from <paramref name="from"/> to
    /// <paramref name="to"/>, both included (null for no bound). Requests with no date of receipt are
    /// counted only when the period is unbounded.
    /// </summary>
    public static FoiStatistics For(IEnumerable<FoiResponse> responses, DateTime? from = null, DateTime? to = null)
    {
        var inPeriod = responses.Where(r => r.Request.Received is { } received
            ? (from is null || received >= from.Value.Date) && (to is null || received <= to.Value.Date)
            : from is null && to is null).ToList();

        var rows = new List<(string, int)>
        {
            (Received, inPeriod.Count),
            (InTime, inPeriod.Count(r => r.Timeliness is { IsJudged: true, IsLate: false, ExtendedDueDate: null })),
            (InTimeWithExtension, inPeriod.Count(r => r.Timeliness is { IsJudged: true, IsLate: false, ExtendedDueDate: not null })),
            (Late, inPeriod.Count(r => r.Timeliness is { IsLate: true })),
            (TimelinessUnknown, inPeriod.Count(r => r.Timeliness is null or { IsJudged: false })),
        };
        foreach (var category in new[]
                 {
                     OutcomeCategories.GrantedInFull, OutcomeCategories.PartiallyWithheld, OutcomeCategories.WithheldInFull,
                     OutcomeCategories.NeitherConfirmNorDeny, OutcomeCategories.NotHeld, OutcomeCategories.RefusedCost, OutcomeCategories.RefusedVexatious,
                 })
        {
            rows.Add((category, inPeriod.Count(r => OutcomeCategories.Of(r) == category)));
        }

        var exemptions = inPeriod.SelectMany(OutcomeCategories.Grounds)
            .GroupBy(c => c, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(e => e.Item2).ThenBy(e => e.Key, StringComparer.Ordinal)
            .ToArray();
        return new FoiStatistics(from?.Date, to?.Date, rows, exemptions);
    }

    /// <summary>The statistics as CSV (RFC 4180): <c>measure,count</c>, then one row per exemption as <c>exemption s31(1),3</c>.</summary>
    public string ToCsv()
    {
        var csv = new StringBuilder();
        DisclosureLog.Row(csv, new[] { "measure", "count" });
        foreach (var (measure, count) in Rows.Concat(Exemptions.Select(e => ("exemption " + e.Citation, e.Count))))
        {
            DisclosureLog.Row(csv, new[] { measure, count.ToString(CultureInfo.InvariantCulture) });
        }

        return csv.ToString();
    }

    /// <summary>The statistics as a plain-text table with the period in its heading; ends with a newline.</summary>
    public string ToTable()
    {
        string Day(DateTime? date) => date?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "…";
        var lines = Rows.Select(r => (r.Measure, r.Count)).ToList();
        if (Exemptions.Count > 0)
        {
            lines.AddRange(Exemptions.Select(e => ("  cited: " + e.Citation, e.Count)));
        }

        var width = lines.Max(l => l.Item1.Length);
        var table = new StringBuilder();
        table.Append("FOI statistics, requests received ").Append(From is null && To is null ? "at any date" : Day(From) + " to " + Day(To)).Append('\n');
        foreach (var (measure, count) in lines)
        {
            table.Append(measure.PadRight(width)).Append("  ").Append(count.ToString(CultureInfo.InvariantCulture).PadLeft(5)).Append('\n');
        }

        return table.ToString();
    }
}
