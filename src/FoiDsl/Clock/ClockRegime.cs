using System;

// Compiled into the runtime (namespace FoiDsl) and into the analyzers (FoiDsl.Generators.Clock), so
// the rules that judge a response's dates at compile time count days exactly as Build() does.
#if FOIDSL_ANALYZERS
namespace FoiDsl.Generators.Clock;
#else
namespace FoiDsl;
#endif

/// <summary>
/// How a regime extends its time limit. FOIA s10(3): "such time as is reasonable" for the public
/// interest test, with the ICO's normal maximum of 20 further working days (40 in total) — guidance,
/// not statute. EIR reg 7(1): up to 40 working days in total for complex and voluminous requests — a
/// statutory cap.
/// </summary>
public sealed class ExtensionRule
{
    /// <summary>An extension rule.</summary>
    /// <param name="citation">The provision allowing it, e.g. "FOIA s10(3)".</param>
    /// <param name="maximumTotalWorkingDays">The most working days in total (time limit included) the extension should reach.</param>
    /// <param name="maximumIsStatutory">True when the maximum is law (going past it is an error and the due date is capped); false when it is guidance (going past it is a warning).</param>
    /// <param name="maximumSource">Where the maximum comes from, e.g. "ICO guidance" or "EIR reg 7(1)".</param>
    public ExtensionRule(string citation, int maximumTotalWorkingDays, bool maximumIsStatutory, string maximumSource)
    {
        if (string.IsNullOrWhiteSpace(citation)) throw new ArgumentException("An extension rule needs its citation.", nameof(citation));
        if (maximumTotalWorkingDays <= 0) throw new ArgumentOutOfRangeException(nameof(maximumTotalWorkingDays), maximumTotalWorkingDays, "The maximum must be a positive number of working days.");
        Citation = citation;
        MaximumTotalWorkingDays = maximumTotalWorkingDays;
        MaximumIsStatutory = maximumIsStatutory;
        MaximumSource = string.IsNullOrWhiteSpace(maximumSource) ? citation : maximumSource;
    }

    /// <summary>The provision allowing the extension.</summary>
    public string Citation { get; }

    /// <summary>The most working days in total (from the clock's start) an extended due date should reach.</summary>
    public int MaximumTotalWorkingDays { get; }

    /// <summary>Whether <see cref="MaximumTotalWorkingDays"/> is law rather than guidance.</summary>
    public bool MaximumIsStatutory { get; }

    /// <summary>Where the maximum comes from.</summary>
    public string MaximumSource { get; }
}

/// <summary>
/// A statutory clock as data: the working-day calendar it counts on, its time limit in working days
/// and how it may be extended. <see cref="StatutoryClock.Foia"/> is FOIA's; EIR and FOISA are the
/// same type with other data (EIR: UK-wide, 20 days, reg 7 to 40; FOISA: Scotland only, 20 days, no
/// extension).
/// </summary>
public sealed class ClockRegime
{
    /// <summary>A regime.</summary>
    /// <param name="name">The regime's name, e.g. "Freedom of Information Act 2000".</param>
    /// <param name="timeLimitCitation">The provision setting the time limit, e.g. "FOIA s10(1)".</param>
    /// <param name="calendar">The working days it counts.</param>
    /// <param name="timeLimit">The time limit in working days following receipt.</param>
    /// <param name="extension">How the limit may be extended, or <see langword="null"/> if it may not.</param>
    public ClockRegime(string name, string timeLimitCitation, WorkingDayCalendar calendar, int timeLimit, ExtensionRule? extension)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A clock regime needs a name.", nameof(name));
        if (string.IsNullOrWhiteSpace(timeLimitCitation)) throw new ArgumentException($"The clock regime '{name}' needs the citation of its time limit.", nameof(timeLimitCitation));
        if (timeLimit <= 0) throw new ArgumentOutOfRangeException(nameof(timeLimit), timeLimit, $"The clock regime '{name}' needs a positive time limit in working days.");
        if (extension is not null && extension.MaximumTotalWorkingDays <= timeLimit)
            throw new ArgumentException($"The clock regime '{name}': an extension's maximum ({extension.MaximumTotalWorkingDays} working days) must be longer than the time limit ({timeLimit}).", nameof(extension));
        Name = name;
        TimeLimitCitation = timeLimitCitation;
        Calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        TimeLimit = timeLimit;
        Extension = extension;
    }

    /// <summary>The regime's name.</summary>
    public string Name { get; }

    /// <summary>The provision setting the time limit.</summary>
    public string TimeLimitCitation { get; }

    /// <summary>The working days counted.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>The time limit in working days following receipt.</summary>
    public int TimeLimit { get; }

    /// <summary>How the limit may be extended, or <see langword="null"/>.</summary>
    public ExtensionRule? Extension { get; }

    /// <summary>The provision restarting the clock when the authority asks the requester to clarify (FOIA s1(3)).</summary>
    public string? ClarificationCitation { get; init; }

    /// <summary>The provision disregarding the days between a fees notice and payment (FOIA s9 and s10(2)).</summary>
    public string? FeesCitation { get; init; }

    /// <summary>The same regime over another calendar — e.g. one with a newly proclaimed bank holiday.</summary>
    public ClockRegime WithCalendar(WorkingDayCalendar calendar) =>
        new(Name, TimeLimitCitation, calendar, TimeLimit, Extension) { ClarificationCitation = ClarificationCitation, FeesCitation = FeesCitation };

    /// <summary>The same regime with <paramref name="days"/> added to its bank holidays.</summary>
    public ClockRegime WithProclaimedDays(params ProclaimedDay[] days) =>
        WithCalendar(Calendar.WithBankHolidays(Calendar.BankHolidays.WithProclaimedDays(days)));

    /// <summary>The due date: the <see cref="TimeLimit"/>-th working day following the date of receipt (the receipt day may itself be a non-working day).</summary>
    public DateTime DueDate(DateTime received) => Calendar.AddWorkingDays(received, TimeLimit);

    /// <summary>Whether <paramref name="date"/> is a working day for this regime.</summary>
    public bool IsWorkingDay(DateTime date) => Calendar.IsWorkingDay(date);

    /// <summary>See <see cref="WorkingDayCalendar.AddWorkingDays(DateTime, int)"/>.</summary>
    public DateTime AddWorkingDays(DateTime from, int workingDays) => Calendar.AddWorkingDays(from, workingDays);

    /// <summary>See <see cref="WorkingDayCalendar.WorkingDaysBetween(DateTime, DateTime)"/>.</summary>
    public int WorkingDaysBetween(DateTime from, DateTime to) => Calendar.WorkingDaysBetween(from, to);

    /// <summary>Judges a response's dates against this regime: due dates, lateness and every problem found.</summary>
    public Timeliness Assess(ResponseTimeline timeline) => Timeliness.Assess(this, timeline ?? throw new ArgumentNullException(nameof(timeline)));

    /// <inheritdoc />
    public override string ToString() => Name + " (" + TimeLimit + " working days, " + TimeLimitCitation + ")";
}

/// <summary>The statutory clocks FoiDsl knows, one per regime.</summary>
public static class StatutoryClock
{
    /// <summary>
    /// Freedom of Information Act 2000: 20 working days following receipt (s10(1)) on the UK-wide
    /// working-day calendar (s10(6)); s10(3) extension for the public interest test, normally no more
    /// than 20 further working days (ICO guidance); clarification restarts the clock (s1(3)); the fee
    /// period is disregarded (s9, s10(2)).
    /// </summary>
    public static ClockRegime Foia { get; } = new(
        "Freedom of Information Act 2000",
        "FOIA s10(1)",
        WorkingDayCalendar.UkWide,
        20,
        new ExtensionRule("FOIA s10(3)", 40, maximumIsStatutory: false, "ICO guidance: normally no more than 20 further working days"))
    {
        ClarificationCitation = "FOIA s1(3)",
        FeesCitation = "FOIA s9 and s10(2)",
    };

    /// <summary>
    /// Environmental Information Regulations 2004: 20 working days following receipt (reg 5(2)); a
    /// working day has the meaning of FOIA s10(6), so bank holidays anywhere in the UK count (reg 2(1));
    /// reg 7(1) extends to 40 working days where the complexity and volume of the information make 20
    /// impracticable, a statutory cap; the 20 days run from the particulars asked for under reg 9(2)
    /// (reg 9(4)); charges under reg 8.
    /// </summary>
    public static ClockRegime Eir { get; } = new(
        "Environmental Information Regulations 2004",
        "EIR reg 5(2)",
        WorkingDayCalendar.UkWide,
        20,
        new ExtensionRule("EIR reg 7(1)", 40, maximumIsStatutory: true, "EIR reg 7(1)"))
    {
        ClarificationCitation = "EIR reg 9(4)",
        FeesCitation = "EIR reg 8",
    };

    /// <summary>
    /// Freedom of Information (Scotland) Act 2002: 20 working days following receipt (s10(1)), counting
    /// Scotland's bank holidays only (s73); no extension for the public interest; the clock runs from the
    /// further information asked for under s1(3) (s10(1)(b)); the days between a fees notice and payment
    /// are disregarded (s9, s10(2)).
    /// </summary>
    public static ClockRegime Foisa { get; } = new(
        "Freedom of Information (Scotland) Act 2002",
        "FOISA s10(1)",
        WorkingDayCalendar.ScotlandOnly,
        20,
        null)
    {
        ClarificationCitation = "FOISA s1(3)",
        FeesCitation = "FOISA s9 and s10(2)",
    };

    /// <summary>
    /// Environmental Information (Scotland) Regulations 2004: 20 working days following receipt
    /// (reg 5(2)(a)), counting Scotland's bank holidays only (reg 2(1), the FOISA s73 meaning); reg 7(1)
    /// extends to 40 working days for complexity and volume, a statutory cap; the clock runs from the
    /// particulars asked for under reg 9(2) (reg 9(3)); charges under reg 8.
    /// </summary>
    public static ClockRegime EirScotland { get; } = new(
        "Environmental Information (Scotland) Regulations 2004",
        "EIR (Scotland) reg 5(2)(a)",
        WorkingDayCalendar.ScotlandOnly,
        20,
        new ExtensionRule("EIR (Scotland) reg 7(1)", 40, maximumIsStatutory: true, "EIR (Scotland) reg 7(1)"))
    {
        ClarificationCitation = "EIR (Scotland) reg 9(3)",
        FeesCitation = "EIR (Scotland) reg 8",
    };
}
