using System;

// Compiled into the runtime (namespace FoiDsl) and into the analyzers (FoiDsl.Generators.Clock), so
// the rules that judge a response's dates at compile time count days exactly as Build() does.
#if FOIDSL_ANALYZERS
namespace FoiDsl.Generators.Clock;
#else
namespace FoiDsl;
#endif

/// <summary>
/// Which days count as working days for a statutory time limit: every day except Saturdays,
/// Sundays, Christmas Day, Good Friday and the bank holidays of the chosen parts of the United
/// Kingdom. FOIA s10(6) and EIR reg 2(1) count bank holidays in any part (<see cref="UkWide"/>);
/// FOISA s73 counts Scotland's only (<see cref="ScotlandOnly"/>).
/// </summary>
public sealed class WorkingDayCalendar
{
    /// <summary>A calendar counting the bank holidays of <paramref name="nations"/> in <paramref name="bankHolidays"/>.</summary>
    public WorkingDayCalendar(BankHolidayCalendar bankHolidays, UkNations nations)
    {
        if ((nations & UkNations.All) == UkNations.None || (nations & ~UkNations.All) != UkNations.None)
            throw new ArgumentException($"A working-day calendar must count the bank holidays of at least one part of the United Kingdom (got {nations}).", nameof(nations));
        BankHolidays = bankHolidays ?? throw new ArgumentNullException(nameof(bankHolidays));
        Nations = nations;
    }

    /// <summary>FOIA s10(6): bank holidays anywhere in the United Kingdom stop the clock, with the known proclaimed days.</summary>
    public static WorkingDayCalendar UkWide { get; } = new(BankHolidayCalendar.Default, UkNations.All);

    /// <summary>FOISA s73: Scotland's bank holidays only, with the known proclaimed days.</summary>
    public static WorkingDayCalendar ScotlandOnly { get; } = new(BankHolidayCalendar.Default, UkNations.Scotland);

    /// <summary>The bank holidays consulted.</summary>
    public BankHolidayCalendar BankHolidays { get; }

    /// <summary>The parts of the United Kingdom whose bank holidays are not working days.</summary>
    public UkNations Nations { get; }

    /// <summary>The same rule over another bank-holiday calendar (e.g. one with a newly proclaimed day).</summary>
    public WorkingDayCalendar WithBankHolidays(BankHolidayCalendar bankHolidays) => new(bankHolidays, Nations);

    /// <summary>Whether <paramref name="date"/> is a working day.</summary>
    public bool IsWorkingDay(DateTime date)
    {
        var day = date.Date;
        if (BankHolidayRules.IsWeekend(day)) return false;
        if (day.Month == 12 && day.Day == 25) return false;
        if (day == BankHolidayRules.EasterSunday(day.Year).AddDays(-2)) return false;
        return !BankHolidays.IsBankHoliday(day, Nations);
    }

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day following <paramref name="from"/> (which
    /// need not be a working day itself): 1 is the first working day after it. 0 gives
    /// <paramref name="from"/>'s date; a negative number counts backwards (−1 is the last working day before it).
    /// </summary>
    public DateTime AddWorkingDays(DateTime from, int workingDays)
    {
        var date = from.Date;
        var step = workingDays < 0 ? -1 : 1;
        for (var left = Math.Abs(workingDays); left > 0;)
        {
            date = Step(date, step);
            if (IsWorkingDay(date)) left--;
        }

        return date;
    }

    /// <summary>
    /// How many working days fall after <paramref name="from"/> up to and including
    /// <paramref name="to"/> — so <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c>. When
    /// <paramref name="to"/> is before <paramref name="from"/> the count is negative: minus the
    /// working days after <paramref name="to"/> up to and including <paramref name="from"/>.
    /// </summary>
    public int WorkingDaysBetween(DateTime from, DateTime to)
    {
        var start = from.Date;
        var end = to.Date;
        if (end < start) return -WorkingDaysBetween(end, start);
        var count = 0;
        for (var date = start.AddDays(1); date <= end; date = date.AddDays(1))
        {
            if (IsWorkingDay(date)) count++;
        }

        return count;
    }

    /// <summary>The first working day on or after <paramref name="date"/>.</summary>
    public DateTime OnOrNextWorkingDay(DateTime date) =>
        IsWorkingDay(date) ? date.Date : AddWorkingDays(date, 1);

    private static DateTime Step(DateTime date, int step)
    {
        if ((step > 0 && date.Year >= BankHolidayCalendar.LastYear && date.Month == 12 && date.Day == 31)
            || (step < 0 && date.Year <= BankHolidayCalendar.FirstYear && date.Month == 1 && date.Day == 1))
            throw new ArgumentOutOfRangeException(nameof(date), date, $"Counting working days ran outside the calendar's years ({BankHolidayCalendar.FirstYear}–{BankHolidayCalendar.LastYear}).");
        return date.AddDays(step);
    }
}
