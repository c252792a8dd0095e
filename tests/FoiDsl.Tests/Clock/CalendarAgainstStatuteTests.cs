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

    private static bool ExpectedWorkingDay(DateTime day, UkNations nations) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !(day.Month == 12 && day.Day == 25)
        && day != StatuteCalendar.Easter(day.Year).AddDays(-2)
        && !Nations.Any(n => (nations & n) != 0 && ExpectedHoliday(day, n));

    private static DateTime ExpectedNthWorkingDay(DateTime from, int n, UkNations nations)
    {
        var day = from;
        for (var counted = 0; counted < n;)
        {
            day = day.AddDays(1);
            if (ExpectedWorkingDay(day, nations)) counted++;
        }

        return day;
    }

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
        var wrong = new List<string>();
        foreach (var day in EveryDay(From, To))
        {
            if (WorkingDayCalendar.UkWide.IsWorkingDay(day) != ExpectedWorkingDay(day, UkNations.All)) wrong.Add($"{day:yyyy-MM-dd ddd} UK-wide");
            if (WorkingDayCalendar.ScotlandOnly.IsWorkingDay(day) != ExpectedWorkingDay(day, UkNations.Scotland)) wrong.Add($"{day:yyyy-MM-dd ddd} Scotland");
        }

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void The_20th_and_40th_working_day_after_every_day_2010_to_2035_match_the_rules()
    {
        var wrong = new List<string>();
        foreach (var day in EveryDay(From, To))
        {
            var twentieth = ExpectedNthWorkingDay(day, 20, UkNations.All);
            var fortieth = ExpectedNthWorkingDay(twentieth, 20, UkNations.All);
            if (StatutoryClock.Foia.DueDate(day) != twentieth) wrong.Add($"{day:yyyy-MM-dd} due {StatutoryClock.Foia.DueDate(day):yyyy-MM-dd}, expected {twentieth:yyyy-MM-dd}");
            if (StatutoryClock.Foia.AddWorkingDays(day, 40) != fortieth) wrong.Add($"{day:yyyy-MM-dd} +40");
            if (StatutoryClock.Foia.WorkingDaysBetween(day, fortieth) != 40) wrong.Add($"{day:yyyy-MM-dd} between");
            if (WorkingDayCalendar.ScotlandOnly.AddWorkingDays(day, 20) != ExpectedNthWorkingDay(day, 20, UkNations.Scotland)) wrong.Add($"{day:yyyy-MM-dd} Scotland +20");
        }

        Assert.That(wrong, Is.Empty);
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
