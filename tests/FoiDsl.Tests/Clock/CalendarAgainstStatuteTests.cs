using System;
using System.Collections.Generic;
using System.Linq;

namespace FoiDsl.Tests.Clock;

/// <summary>The calendar, day by day for 2010–2035, against the independent statement of the rules.</summary>
public class CalendarAgainstStatuteTests
{
    private const int From = 2010;
    private const int To = 2035;

    private static readonly UkNations[] Nations = { UkNations.EnglandAndWales, UkNations.Scotland, UkNations.NorthernIreland };

    private static IEnumerable<DateTime> EveryDay(int fromYear, int toYear)
    {
        for (var day = new DateTime(fromYear, 1, 1); day.Year <= toYear; day = day.AddDays(1)) yield return day;
    }

    private static readonly Dictionary<(int, UkNations), HashSet<DateTime>> Expected =
        Enumerable.Range(From, To - From + 3).SelectMany(y => Nations.Select(n => (y, n))).ToDictionary(k => k, k => StatuteCalendar.Holidays(k.y, k.n));

    private static bool ExpectedHoliday(DateTime day, UkNations nation) => Expected[(day.Year, nation)].Contains(day);

    [Test]
    public void Every_day_2010_to_2035_is_a_bank_holiday_in_exactly_the_parts_the_rules_say()
    {
        var calendar = BankHolidayCalendar.Default;
        var wrong = new List<string>();
        foreach (var day in EveryDay(From, To))
        {
            var expected = Nations.Where(n => ExpectedHoliday(day, n)).Aggregate(UkNations.None, (a, n) => a | n);
            var actual = calendar.NationsOn(day);
            if (actual != expected) wrong.Add($"{day:yyyy-MM-dd ddd}: expected {expected}, got {actual}");
            foreach (var nation in Nations)
                if (calendar.IsBankHoliday(day, nation) != ((expected & nation) != 0)) wrong.Add($"{day:yyyy-MM-dd} IsBankHoliday({nation})");
        }

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void Every_day_2010_to_2035_is_a_working_day_exactly_when_the_rules_say_UK_wide_and_in_Scotland()
    {
        var ukWide = StatuteWorkingDays.For(UkNations.All);
        var scotland = StatuteWorkingDays.For(UkNations.Scotland);
        var wrong = new List<string>();
        foreach (var day in EveryDay(From, To))
        {
            if (WorkingDayCalendar.UkWide.IsWorkingDay(day) != ukWide.IsWorkingDay(day)) wrong.Add($"{day:yyyy-MM-dd ddd} UK-wide");
            if (WorkingDayCalendar.ScotlandOnly.IsWorkingDay(day) != scotland.IsWorkingDay(day)) wrong.Add($"{day:yyyy-MM-dd ddd} Scotland");
        }

        Assert.That(wrong, Is.Empty);
    }

    /// <summary>
    /// Every receipt date 2010–2035, for each of the four clocks: the due date is the 20th working day
    /// after receipt (FOIA s10(1), EIR reg 5(2), FOISA s10(1), EIR (Scotland) reg 5(2)(a)) on the calendar
    /// the statute names — bank holidays anywhere in the UK for FOIA and EIR, Scotland's only for FOISA
    /// and EIR (Scotland) — and the 40th (the EIR reg 7(1) cap, the FOIA guidance maximum) is counted the
    /// same way in both directions.
    /// </summary>
    [TestCaseSource(typeof(Regimes), nameof(Regimes.Names))]
    public void Every_receipt_date_2010_to_2035_is_due_on_the_20th_working_day_of_the_regimes_calendar(string name)
    {
        var regime = Regimes.Named(name);
        var expected = StatuteWorkingDays.For(Regimes.NationsOf(name));
        Assert.That(regime.TimeLimit, Is.EqualTo(20), "every regime's time limit is 20 working days");
        var wrong = new List<string>();
        foreach (var day in EveryDay(From, To))
        {
            var due = expected.Nth(day, 20);
            var fortieth = expected.Nth(day, 40);
            if (regime.DueDate(day) != due) wrong.Add($"{day:yyyy-MM-dd ddd} due {regime.DueDate(day):yyyy-MM-dd}, expected {due:yyyy-MM-dd}");
            if (regime.AddWorkingDays(day, 40) != fortieth) wrong.Add($"{day:yyyy-MM-dd ddd} +40 {regime.AddWorkingDays(day, 40):yyyy-MM-dd}, expected {fortieth:yyyy-MM-dd}");
            if (regime.WorkingDaysBetween(day, fortieth) != 40) wrong.Add($"{day:yyyy-MM-dd ddd} between");
            if (regime.WorkingDaysBetween(fortieth, day) != -40) wrong.Add($"{day:yyyy-MM-dd ddd} between backwards");
        }

        Assert.That(wrong.Take(20), Is.Empty, $"{regime}: {wrong.Count} wrong (the first 20 shown)");
    }

    [Test]
    public void Easter_Sundays_2020_to_2030_are_the_published_ones()
    {
        var published = new[] { "2020-04-12", "2021-04-04", "2022-04-17", "2023-04-09", "2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16", "2029-04-01", "2030-04-21" };
        foreach (var text in published)
        {
            var easter = DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Multiple(() =>
            {
                Assert.That(StatuteCalendar.Easter(easter.Year), Is.EqualTo(easter), "test oracle");
                var goodFriday = BankHolidayCalendar.Default.HolidaysOn(easter.AddDays(-2)).Single();
                Assert.That(goodFriday.Kind, Is.EqualTo(BankHolidayKind.GoodFriday), text);
                Assert.That(goodFriday.Nations, Is.EqualTo(UkNations.All));
                var easterMonday = BankHolidayCalendar.Default.HolidaysOn(easter.AddDays(1)).Single();
                Assert.That(easterMonday.Kind, Is.EqualTo(BankHolidayKind.EasterMonday), text);
                Assert.That(easterMonday.Nations, Is.EqualTo(UkNations.EnglandAndWales | UkNations.NorthernIreland), "Easter Monday is not a Scottish bank holiday");
            });
        }
    }
}
