using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

// Compiled into the runtime (namespace FoiDsl) and into the analyzers (FoiDsl.Generators.Clock), so
// the rules that judge a response's dates at compile time count days exactly as Build() does.
#if FOIDSL_ANALYZERS
namespace FoiDsl.Generators.Clock;
#else
namespace FoiDsl;
#endif

/// <summary>What is wrong with a response's dates.</summary>
public enum TimelinessProblemKind
{
    /// <summary>The response is dated before the request was received.</summary>
    RespondedBeforeReceipt,

    /// <summary>The response is dated after the (possibly extended) due date.</summary>
    Late,

    /// <summary>The clarification is dated before the request was received (it is ignored).</summary>
    ClarificationBeforeReceipt,

    /// <summary>The fees notice is dated before receipt, or the fee is paid before the notice (the fee period is ignored).</summary>
    FeesOutOfOrder,

    /// <summary>An extension is claimed under a regime that has none (it is ignored).</summary>
    ExtensionNotAvailable,

    /// <summary>The extension notice was given before receipt or after the time limit had run out (it is ignored).</summary>
    ExtensionNoticeOutOfTime,

    /// <summary>The extension's new date is not after the due date (it extends nothing).</summary>
    ExtensionDoesNotExtend,

    /// <summary>A date falls outside the years the bank-holiday calendar covers, so nothing could be counted.</summary>
    DateOutsideCalendar,

    /// <summary>The extension goes past the regime's maximum: an error when the maximum is statutory (the due date is capped), a warning when it is guidance.</summary>
    ExtensionBeyondMaximum,
}

/// <summary>How serious a timeliness problem is.</summary>
public enum TimelinessSeverity
{
    /// <summary>Allowed by law but outside guidance or odd; worth a look.</summary>
    Warning,

    /// <summary>A breach of the time limit or an impossible date.</summary>
    Error,
}

/// <summary>One problem with a response's dates, with a message naming the dates and the provision.</summary>
public sealed class TimelinessProblem
{
    internal TimelinessProblem(TimelinessProblemKind kind, TimelinessSeverity severity, string message)
    {
        Kind = kind;
        Severity = severity;
        Message = message;
    }

    /// <summary>What is wrong.</summary>
    public TimelinessProblemKind Kind { get; }

    /// <summary>How serious it is.</summary>
    public TimelinessSeverity Severity { get; }

    /// <summary>A sentence naming the dates and the provision.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => Severity + ": " + Message;
}

/// <summary>
/// A response's dates judged against a <see cref="ClockRegime"/>: when the clock started, when the
/// response was due (statutory and extended), whether and by how much it was late, and every problem.
/// </summary>
public sealed class Timeliness
{
    private Timeliness(ClockRegime regime, ResponseTimeline timeline)
    {
        Regime = regime;
        Received = timeline.Received;
        RespondedOn = timeline.RespondedOn;
    }

    /// <summary>The regime judged against.</summary>
    public ClockRegime Regime { get; }

    /// <summary>The date the request was received.</summary>
    public DateTime Received { get; }

    /// <summary>The date of the response.</summary>
    public DateTime RespondedOn { get; }

    /// <summary>The day the clock counts from: receipt, or the arrival of a clarification (s1(3)).</summary>
    public DateTime ClockStart { get; private set; }

    /// <summary>The working days disregarded for a fees notice (s10(2)) before the statutory due date.</summary>
    public int DisregardedWorkingDays { get; private set; }

    /// <summary>The statutory due date: the time limit's last working day after <see cref="ClockStart"/>, fee period disregarded.</summary>
    public DateTime StatutoryDueDate { get; private set; }

    /// <summary>The due date under a valid extension, or <see langword="null"/>.</summary>
    public DateTime? ExtendedDueDate { get; private set; }

    /// <summary>The date the response had to be sent by: <see cref="ExtendedDueDate"/> if any, else <see cref="StatutoryDueDate"/>.</summary>
    public DateTime DueDate => ExtendedDueDate ?? StatutoryDueDate;

    /// <summary>The working days from <see cref="ClockStart"/> to the response (fee period disregarded); negative for a response before the clock started.</summary>
    public int WorkingDaysTaken { get; private set; }

    /// <summary>Whether the response is dated after <see cref="DueDate"/>.</summary>
    public bool IsLate => IsJudged && RespondedOn > DueDate && !RespondedBeforeReceipt;

    /// <summary>False when a date falls outside the calendar (<see cref="TimelinessProblemKind.DateOutsideCalendar"/>): nothing was counted.</summary>
    public bool IsJudged { get; private set; } = true;

    /// <summary>The working days after <see cref="DueDate"/> up to the response (0 when on time; can be 0 for a response on a weekend just after the due date).</summary>
    public int WorkingDaysLate => IsLate ? Regime.Calendar.WorkingDaysBetween(DueDate, RespondedOn) : 0;

    /// <summary>The calendar days after <see cref="DueDate"/> up to the response (0 when on time).</summary>
    public int CalendarDaysLate => IsLate ? (RespondedOn - DueDate).Days : 0;

    /// <summary>Whether the response is dated before receipt (an error in the response's dates).</summary>
    public bool RespondedBeforeReceipt => RespondedOn < Received;

    /// <summary>Every problem found, errors and warnings.</summary>
    public IReadOnlyList<TimelinessProblem> Problems { get; private set; } = Array.Empty<TimelinessProblem>();

    /// <summary>Whether any problem is an error.</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == TimelinessSeverity.Error);

    internal static Timeliness Assess(ClockRegime regime, ResponseTimeline timeline)
    {
        var result = new Timeliness(regime, timeline);
        var problems = new List<TimelinessProblem>();
        void Report(TimelinessProblemKind kind, TimelinessSeverity severity, string message) => problems.Add(new TimelinessProblem(kind, severity, message));
        var calendar = regime.Calendar;
        var received = timeline.Received;

        // Counting needs the calendar a year either side of every date; a mistyped year (0024, 2924) is reported, never thrown.
        var dates = new DateTime?[] { received, timeline.RespondedOn, timeline.ClarificationReceived, timeline.FeesNotice?.Given, timeline.FeesNotice?.Paid, timeline.Extension?.NoticeGiven, timeline.Extension?.NewDueDate };
        if (dates.FirstOrDefault(d => d is { Year: <= BankHolidayCalendar.FirstYear or >= BankHolidayCalendar.LastYear }) is { } outside)
        {
            result.IsJudged = false;
            result.ClockStart = received;
            result.StatutoryDueDate = received;
            Report(TimelinessProblemKind.DateOutsideCalendar, TimelinessSeverity.Error,
                $"The date {D(outside)} is outside the years the working-day calendar covers ({BankHolidayCalendar.FirstYear + 1}–{BankHolidayCalendar.LastYear - 1}), so the time limit cannot be counted; check the year.");
            result.Problems = problems;
            return result;
        }

        result.ClockStart = received;
        if (timeline.ClarificationReceived is { } clarified)
        {
            if (clarified.Date < received)
                Report(TimelinessProblemKind.ClarificationBeforeReceipt, TimelinessSeverity.Error, $"The clarification ({D(clarified)}) is dated before the request was received ({D(received)}), so it cannot restart the clock{Under(regime.ClarificationCitation)}; the clock runs from receipt.");
            else
                result.ClockStart = clarified.Date;
        }

        // s10(2): working days from the fees notice to payment, both included, do not count.
        DateTime? feesFrom = null, feesTo = null;
        if (timeline.FeesNotice is { } fees)
        {
            if (fees.Given < received || fees.Paid < fees.Given)
                Report(TimelinessProblemKind.FeesOutOfOrder, TimelinessSeverity.Error, $"The fees notice ({D(fees.Given)}) and payment ({D(fees.Paid)}) must fall in that order after receipt ({D(received)}); the fee period is ignored and no days are disregarded{Under(regime.FeesCitation)}.");
            else
                (feesFrom, feesTo) = (fees.Given, fees.Paid);
        }

        bool Counts(DateTime day) => calendar.IsWorkingDay(day) && !(day >= feesFrom && day <= feesTo);
        DateTime CountForward(int days)
        {
            var day = result.ClockStart;
            for (var left = days; left > 0;)
            {
                day = day.AddDays(1);
                if (Counts(day)) left--;
            }

            return day;
        }

        int CountTo(DateTime end)
        {
            var count = 0;
            for (var day = result.ClockStart.AddDays(1); day <= end; day = day.AddDays(1))
                if (Counts(day)) count++;
            return count;
        }

        result.StatutoryDueDate = CountForward(regime.TimeLimit);
        result.DisregardedWorkingDays = calendar.WorkingDaysBetween(result.ClockStart, result.StatutoryDueDate) - regime.TimeLimit;
        result.WorkingDaysTaken = timeline.RespondedOn < result.ClockStart
            ? calendar.WorkingDaysBetween(result.ClockStart, timeline.RespondedOn)
            : CountTo(timeline.RespondedOn);

        if (timeline.Extension is { } extension)
            result.ExtendedDueDate = AssessExtension(regime, result, extension, CountForward, CountTo, Report);

        if (result.RespondedBeforeReceipt)
            Report(TimelinessProblemKind.RespondedBeforeReceipt, TimelinessSeverity.Error, $"The response is dated {D(timeline.RespondedOn)}, before the request was received ({D(received)}).");
        else if (result.IsLate)
            Report(TimelinessProblemKind.Late, TimelinessSeverity.Error,
                $"The response ({D(timeline.RespondedOn)}) is late: it was due by {D(result.DueDate)} ({(result.ExtendedDueDate is null ? regime.TimeLimitCitation + ", " + regime.TimeLimit + " working days" : "as extended under " + regime.Extension!.Citation)}), so {Plural(result.WorkingDaysLate, "working day")} ({Plural(result.CalendarDaysLate, "calendar day")}) late.");

        result.Problems = problems;
        return result;
    }

    private static DateTime? AssessExtension(ClockRegime regime, Timeliness result, ClockExtension extension, Func<int, DateTime> countForward, Func<DateTime, int> countTo, Action<TimelinessProblemKind, TimelinessSeverity, string> report)
    {
        if (regime.Extension is not { } rule)
        {
            // FOISA s10(1) has no public interest extension (unlike FOIA s10(3)) and none for complexity (unlike EIR reg 7(1)).
            report(TimelinessProblemKind.ExtensionNotAvailable, TimelinessSeverity.Error,
                $"The {regime.Name} allows no extension of its time limit ({regime.TimeLimitCitation}: {regime.TimeLimit} working days); the extension to {D(extension.NewDueDate)} is ignored and the response was due by {D(result.StatutoryDueDate)}.");
            return null;
        }

        if (extension.NoticeGiven < result.Received || extension.NoticeGiven > result.StatutoryDueDate)
        {
            report(TimelinessProblemKind.ExtensionNoticeOutOfTime, TimelinessSeverity.Error, $"The extension notice ({D(extension.NoticeGiven)}) must be given between receipt ({D(result.Received)}) and the due date ({D(result.StatutoryDueDate)}, {regime.TimeLimitCitation}); the extension under {rule.Citation} is ignored.");
            return null;
        }

        if (extension.NewDueDate <= result.StatutoryDueDate)
        {
            report(TimelinessProblemKind.ExtensionDoesNotExtend, TimelinessSeverity.Warning, $"The extension's new date ({D(extension.NewDueDate)}) is not after the due date ({D(result.StatutoryDueDate)}); it extends nothing.");
            return null;
        }

        var total = countTo(extension.NewDueDate);
        if (total <= rule.MaximumTotalWorkingDays) return extension.NewDueDate;
        var limit = countForward(rule.MaximumTotalWorkingDays);
        if (rule.MaximumIsStatutory)
        {
            report(TimelinessProblemKind.ExtensionBeyondMaximum, TimelinessSeverity.Error, $"The extension to {D(extension.NewDueDate)} makes {total} working days; {rule.MaximumSource} allows at most {rule.MaximumTotalWorkingDays}, so the response was due by {D(limit)}.");
            return limit;
        }

        report(TimelinessProblemKind.ExtensionBeyondMaximum, TimelinessSeverity.Warning, $"The extension to {D(extension.NewDueDate)} makes {total} working days, more than {rule.MaximumTotalWorkingDays} ({D(limit)}), the most {rule.MaximumSource} expects under {rule.Citation}.");
        return extension.NewDueDate;
    }

    private static string D(DateTime date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Under(string? citation) => citation is null ? string.Empty : " under " + citation;

    private static string Plural(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
