using System;
using System.Linq;

namespace FoiDsl.Tests.Clock;

public class BankHolidayCalendarTests
{
    private static DateTime D(int y, int m, int d) => new(y, m, d);

    [TestCase(1995, 5, 8, true)]
    [TestCase(1995, 5, 1, false)]
    [TestCase(1999, 12, 31, true)]
    [TestCase(2002, 6, 3, true)]
    [TestCase(2002, 6, 4, true)]
    [TestCase(2002, 5, 27, false)]
    [TestCase(2011, 4, 29, true)]
    [TestCase(2012, 6, 4, true)]
    [TestCase(2012, 6, 5, true)]
    [TestCase(2012, 5, 28, false)]
    [TestCase(2020, 5, 8, true)]
    [TestCase(2020, 5, 4, false)]
    [TestCase(2022, 6, 2, true)]
    [TestCase(2022, 6, 3, true)]
    [TestCase(2022, 5, 30, false)]
    [TestCase(2022, 9, 19, true)]
    [TestCase(2023, 5, 8, true)]
    public void One_off_days_apply_in_every_part_of_the_United_Kingdom(int y, int m, int d, bool holiday)
    {
        var nations = BankHolidayCalendar.Default.NationsOn(D(y, m, d));
        Assert.That(nations, Is.EqualTo(holiday ? UkNations.All : UkNations.None));
        Assert.That(WorkingDayCalendar.UkWide.IsWorkingDay(D(y, m, d)), Is.EqualTo(!holiday));
    }

    [Test]
    public void The_2026_World_Cup_day_is_Scottish_only_yet_stops_the_FOIA_clock_everywhere()
    {
        var day = D(2026, 6, 15);
        var holiday = BankHolidayCalendar.Default.HolidaysOn(day).Single();
        Assert.Multiple(() =>
        {
            Assert.That(holiday.Nations, Is.EqualTo(UkNations.Scotland));
            Assert.That(holiday.IsProclaimed, Is.True);
            Assert.That(holiday.Kind, Is.Null);
            Assert.That(BankHolidayCalendar.Default.IsBankHoliday(day, UkNations.EnglandAndWales), Is.False);
            Assert.That(WorkingDayCalendar.UkWide.IsWorkingDay(day), Is.False);
            Assert.That(new WorkingDayCalendar(BankHolidayCalendar.Default, UkNations.EnglandAndWales).IsWorkingDay(day), Is.True);
            Assert.That(BankHolidayCalendar.RulesOnly.IsBankHoliday(day), Is.False);
        });
    }

    [Test]
    public void Per_nation_queries_name_each_holiday_and_where_it_applies()
    {
        var calendar = BankHolidayCalendar.Default;
        Assert.Multiple(() =>
        {
            var boyne = calendar.HolidaysOn(D(2025, 7, 14)).Single();
            Assert.That(boyne.Name, Is.EqualTo("Battle of the Boyne (Orangemen's Day) (substitute day)"));
            Assert.That(boyne.Nations, Is.EqualTo(UkNations.NorthernIreland));
            Assert.That(boyne.IsSubstituteDay, Is.True);

            var standrew = calendar.HolidaysOn(D(2025, 12, 1)).Single();
            Assert.That(standrew.Kind, Is.EqualTo(BankHolidayKind.StAndrewsDay));
            Assert.That(standrew.Nations, Is.EqualTo(UkNations.Scotland));

            var summer = calendar.HolidaysIn(2025).Where(h => h.Kind == BankHolidayKind.Summer).ToArray();
            Assert.That(summer.Select(h => (h.Date, h.Nations)), Is.EqualTo(new[]
            {
                (D(2025, 8, 4), UkNations.Scotland),
                (D(2025, 8, 25), UkNations.EnglandAndWales | UkNations.NorthernIreland),
            }));

            // 2022: 1 Jan a Saturday — Scotland's pair becomes Mon 3 and Tue 4; elsewhere Mon 3.
            Assert.That(calendar.HolidaysIn(2022, UkNations.Scotland).Where(h => h.Date.Month == 1).Select(h => h.Date), Is.EqualTo(new[] { D(2022, 1, 3), D(2022, 1, 4) }));
            Assert.That(calendar.HolidaysIn(2022, UkNations.EnglandAndWales).Where(h => h.Date.Month == 1).Select(h => h.Date), Is.EqualTo(new[] { D(2022, 1, 3) }));

            // 2022: 25 Dec a Sunday — Boxing Day Mon 26, Christmas Day substitute Tue 27.
            var christmas = calendar.HolidaysIn(2022).Where(h => h.Date.Month == 12).Select(h => (h.Date, h.Kind, h.IsSubstituteDay)).ToArray();
            Assert.That(christmas, Is.EqualTo(new (DateTime, BankHolidayKind?, bool)[]
            {
                (D(2022, 12, 26), BankHolidayKind.BoxingDay, false),
                (D(2022, 12, 27), BankHolidayKind.ChristmasDay, true),
            }));
            Assert.That(calendar.HolidaysOn(D(2022, 12, 27)).Single().Nations, Is.EqualTo(UkNations.All));

            Assert.That(calendar.HolidaysOn(D(2025, 7, 15)), Is.Empty);
            Assert.That(calendar.NationsOn(D(2025, 7, 15)), Is.EqualTo(UkNations.None));
        });
    }

    [Test]
    public void A_newly_proclaimed_day_is_added_as_data_without_changing_the_default_calendar()
    {
        var day = D(2031, 6, 9);
        var extended = BankHolidayCalendar.Default.WithProclaimedDays(ProclaimedDay.Extra(day, "Extra bank holiday", UkNations.NorthernIreland));
        var clock = StatutoryClock.Foia.WithCalendar(WorkingDayCalendar.UkWide.WithBankHolidays(extended));
        Assert.Multiple(() =>
        {
            Assert.That(extended.NationsOn(day), Is.EqualTo(UkNations.NorthernIreland));
            Assert.That(BankHolidayCalendar.Default.IsBankHoliday(day), Is.False);
            Assert.That(clock.IsWorkingDay(day), Is.False);
            Assert.That(clock.DueDate(D(2031, 6, 2)), Is.EqualTo(StatutoryClock.Foia.DueDate(D(2031, 6, 2)).AddDays(1)));
            Assert.That(StatutoryClock.Foia.WithProclaimedDays(ProclaimedDay.Extra(day, "Extra")).IsWorkingDay(day), Is.False);
        });
    }

    [Test]
    public void A_moved_holiday_replaces_its_usual_date_only_where_proclaimed()
    {
        var extended = BankHolidayCalendar.Default.WithProclaimedDays(ProclaimedDay.Moved(BankHolidayKind.Summer, D(2030, 8, 12), UkNations.Scotland));
        Assert.Multiple(() =>
        {
            Assert.That(extended.NationsOn(D(2030, 8, 12)), Is.EqualTo(UkNations.Scotland));
            Assert.That(extended.NationsOn(D(2030, 8, 5)), Is.EqualTo(UkNations.None));
            Assert.That(extended.NationsOn(D(2030, 8, 26)), Is.EqualTo(UkNations.EnglandAndWales | UkNations.NorthernIreland));
        });
    }

    [Test]
    public void Proclaimed_days_read_from_text_and_bad_lines_name_their_line()
    {
        var text = "# extra days\n2031-06-09 | Scotland, NorthernIreland | Extra bank holiday\n\n2031-05-09 | All | moved: EarlyMay\n";
        var days = ProclaimedDay.Parse(text);
        var calendar = BankHolidayCalendar.Default.WithProclaimedDays(text);
        Assert.Multiple(() =>
        {
            Assert.That(days.Select(d => d.ToString()), Is.EqualTo(new[] { "2031-06-09 | Scotland, NorthernIreland | Extra bank holiday", "2031-05-09 | All | moved: EarlyMay" }));
            Assert.That(calendar.NationsOn(D(2031, 6, 9)), Is.EqualTo(UkNations.Scotland | UkNations.NorthernIreland));
            Assert.That(calendar.NationsOn(D(2031, 5, 9)), Is.EqualTo(UkNations.All));
            Assert.That(calendar.NationsOn(D(2031, 5, 5)), Is.EqualTo(UkNations.None));
        });

        Assert.That(() => ProclaimedDay.Parse("2031-06-09 | All | ok\n2031-13-01 | All | Bad"), Throws.TypeOf<FormatException>().With.Message.Contains("line 2").And.Message.Contains("2031-13-01"));
        Assert.That(() => ProclaimedDay.Parse("2031-06-09 | Wales | Day"), Throws.TypeOf<FormatException>().With.Message.Contains("'Wales' is not a part"));
        Assert.That(() => ProclaimedDay.Parse("2031-06-09 | All | moved: Halloween"), Throws.TypeOf<FormatException>().With.Message.Contains("'Halloween' is not a recurring holiday"));
        Assert.That(() => ProclaimedDay.Parse("2031-06-09 | All"), Throws.TypeOf<FormatException>().With.Message.Contains("three fields"));
        Assert.That(() => ProclaimedDay.Parse("2031-06-07 | All | Saturday"), Throws.TypeOf<FormatException>().With.Message.Contains("Saturday"));
    }

    [Test]
    public void Impossible_proclamations_are_refused_with_a_reason()
    {
        Assert.That(() => BankHolidayCalendar.Default.WithProclaimedDays(ProclaimedDay.Moved(BankHolidayKind.StAndrewsDay, D(2030, 12, 2), UkNations.EnglandAndWales)),
            Throws.ArgumentException.With.Message.Contains("St Andrew's Day").And.Message.Contains("exists only in Scotland"));
        Assert.That(() => BankHolidayCalendar.Default.WithProclaimedDays(ProclaimedDay.Moved(BankHolidayKind.Spring, D(2022, 6, 1))),
            Throws.ArgumentException.With.Message.Contains("moved twice"));
        Assert.That(() => ProclaimedDay.Extra(D(2030, 6, 3), "Day", UkNations.None), Throws.ArgumentException.With.Message.Contains("at least one part"));
        Assert.That(() => BankHolidayCalendar.Default.HolidaysIn(1900), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("1900 is outside"));
    }
}
