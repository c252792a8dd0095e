using System;
using System.Linq;

namespace FoiDsl.Tests.Clock;

public class StatutoryClockTests
{
    private static DateTime D(int y, int m, int d) => new(y, m, d);

    private static readonly WorkingDayCalendar EnglandAndWalesOnly = new(BankHolidayCalendar.Default, UkNations.EnglandAndWales);

    // Fact sheet §5.3: received, 20th working day UK-wide (s10(6)), and the wrong E&W-only answer.
    [TestCase("2022-05-27", "2022-06-28", "2022-06-28")]
    [TestCase("2024-12-20", "2025-01-23", "2025-01-22")]
    [TestCase("2025-07-01", "2025-07-30", "2025-07-29")]
    [TestCase("2025-11-14", "2025-12-15", "2025-12-12")]
    [TestCase("2026-03-02", "2026-03-31", "2026-03-30")]
    public void Worked_deadlines_count_bank_holidays_in_every_part_of_the_United_Kingdom(string received, string ukWide, string englandAndWalesOnly)
    {
        var day = DateTime.Parse(received, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Multiple(() =>
        {
            Assert.That(StatutoryClock.Foia.DueDate(day).ToString("yyyy-MM-dd"), Is.EqualTo(ukWide));
            Assert.That(EnglandAndWalesOnly.AddWorkingDays(day, 20).ToString("yyyy-MM-dd"), Is.EqualTo(englandAndWalesOnly));
            Assert.That(StatutoryClock.Foia.Assess(new ResponseTimeline(day, day)).StatutoryDueDate.ToString("yyyy-MM-dd"), Is.EqualTo(ukWide));
        });
    }

    [Test]
    public void Receipt_on_a_non_working_day_still_counts_from_the_next_day()
    {
        // Received Saturday 4 Jan 2025: day 1 is Monday 6 Jan, day 20 Friday 31 Jan.
        Assert.That(StatutoryClock.Foia.DueDate(D(2025, 1, 4)), Is.EqualTo(D(2025, 1, 31)));
        Assert.That(StatutoryClock.Foia.DueDate(D(2025, 1, 3)), Is.EqualTo(D(2025, 1, 31)));
        Assert.That(StatutoryClock.Foia.DueDate(new DateTime(2025, 1, 6, 17, 30, 0)), Is.EqualTo(D(2025, 2, 3)), "the time of day is ignored");
    }

    [Test]
    public void Working_days_count_in_both_directions()
    {
        var calendar = WorkingDayCalendar.UkWide;
        Assert.Multiple(() =>
        {
            Assert.That(calendar.AddWorkingDays(D(2025, 1, 6), 0), Is.EqualTo(D(2025, 1, 6)));
            Assert.That(calendar.AddWorkingDays(D(2025, 1, 6), -1), Is.EqualTo(D(2025, 1, 3)));
            Assert.That(calendar.AddWorkingDays(D(2025, 1, 3), -1), Is.EqualTo(D(2024, 12, 31)), "1 and 2 January are bank holidays (2 January in Scotland)");
            Assert.That(calendar.WorkingDaysBetween(D(2025, 1, 6), D(2025, 1, 3)), Is.EqualTo(-1));
            Assert.That(calendar.WorkingDaysBetween(D(2025, 1, 3), D(2025, 1, 3)), Is.Zero);
            Assert.That(calendar.OnOrNextWorkingDay(D(2025, 1, 1)), Is.EqualTo(D(2025, 1, 3)));
            Assert.That(() => calendar.AddWorkingDays(D(2999, 12, 20), 20), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("outside the calendar"));
        });
    }

    [Test]
    public void A_response_on_time_has_no_problems()
    {
        var t = StatutoryClock.Foia.Assess(new ResponseTimeline(D(2025, 7, 1), D(2025, 7, 30)));
        Assert.Multiple(() =>
        {
            Assert.That(t.DueDate, Is.EqualTo(D(2025, 7, 30)));
            Assert.That(t.IsLate, Is.False);
            Assert.That(t.WorkingDaysLate, Is.Zero);
            Assert.That(t.WorkingDaysTaken, Is.EqualTo(20));
            Assert.That(t.Problems, Is.Empty);
            Assert.That(t.HasErrors, Is.False);
        });
    }

    [Test]
    public void A_late_response_says_by_how_many_working_and_calendar_days()
    {
        // Due Wed 30 Jul 2025; sent Tue 5 Aug: Thu 31, Fri 1, Tue 5 (Mon 4 is Scotland's summer holiday) = 3 working days, 6 calendar days.
        var t = StatutoryClock.Foia.Assess(new ResponseTimeline(D(2025, 7, 1), D(2025, 8, 5)));
        Assert.Multiple(() =>
        {
            Assert.That(t.IsLate, Is.True);
            Assert.That(t.WorkingDaysLate, Is.EqualTo(3));
            Assert.That(t.CalendarDaysLate, Is.EqualTo(6));
            Assert.That(t.WorkingDaysTaken, Is.EqualTo(23));
            var problem = t.Problems.Single();
            Assert.That(problem.Kind, Is.EqualTo(TimelinessProblemKind.Late));
            Assert.That(problem.Severity, Is.EqualTo(TimelinessSeverity.Error));
            Assert.That(problem.Message, Is.EqualTo("The response (Tue 5 Aug 2025) is late: it was due by Wed 30 Jul 2025 (FOIA s10(1), 20 working days), so 3 working days (6 calendar days) late."));
        });
    }

    [Test]
    public void A_response_dated_before_receipt_is_an_error_not_an_early_answer()
    {
        var t = StatutoryClock.Foia.Assess(new ResponseTimeline(D(2025, 7, 1), D(2025, 6, 30)));
        Assert.Multiple(() =>
        {
            Assert.That(t.RespondedBeforeReceipt, Is.True);
            Assert.That(t.IsLate, Is.False);
            Assert.That(t.WorkingDaysTaken, Is.EqualTo(-1));
            Assert.That(t.Problems.Single().Kind, Is.EqualTo(TimelinessProblemKind.RespondedBeforeReceipt));
            Assert.That(t.Problems.Single().Message, Does.Contain("Mon 30 Jun 2025").And.Contain("Tue 1 Jul 2025"));
            Assert.That(t.HasErrors, Is.True);
        });
    }

    [Test]
    public void Clarification_restarts_the_clock_from_the_day_it_arrives()
    {
        var t = StatutoryClock.Foia.Assess(new ResponseTimeline(D(2025, 7, 1), D(2025, 8, 20)) { ClarificationReceived = D(2025, 7, 18) });
        Assert.Multiple(() =>
        {
            Assert.That(t.ClockStart, Is.EqualTo(D(2025, 7, 18)));
            Assert.That(t.DueDate, Is.EqualTo(StatutoryClock.Foia.DueDate(D(2025, 7, 18))));
            Assert.That(t.DueDate, Is.EqualTo(D(2025, 8, 18)), "Mon 4 Aug (Scotland) does not count");
            Assert.That(t.IsLate, Is.True);
        });

        var backwards = StatutoryClock.Foia.Assess(new ResponseTimeline(D(2025, 7, 1), D(2025, 7, 2)) { ClarificationReceived = D(2025, 6, 1) });
        Assert.That(backwards.ClockStart, Is.EqualTo(D(2025, 7, 1)));
        Assert.That(backwards.Problems.Single().Kind, Is.EqualTo(TimelinessProblemKind.ClarificationBeforeReceipt));
    }

    [Test]
    public void The_working_days_from_a_fees_notice_to_payment_are_disregarded()
    {
        // Notice Thu 3 Jul, paid Wed 9 Jul 2025: Thu 3, Fri 4, Mon 7, Tue 8, Wed 9 = 5 working days disregarded.
        var t = StatutoryClock.Foia.Assess(new ResponseTimeline(D(2025, 7, 1), D(2025, 8, 7)) { FeesNotice = new FeesNotice(D(2025, 7, 3), D(2025, 7, 9)) });
        Assert.Multiple(() =>
        {
            Assert.That(t.DisregardedWorkingDays, Is.EqualTo(5));
            Assert.That(t.StatutoryDueDate, Is.EqualTo(StatutoryClock.Foia.AddWorkingDays(D(2025, 7, 30), 5)));
            Assert.That(t.StatutoryDueDate, Is.EqualTo(D(2025, 8, 7)));
            Assert.That(t.WorkingDaysTaken, Is.EqualTo(20));
            Assert.That(t.Problems, Is.Empty);
        });

        var disordered = StatutoryClock.Foia.Assess(new ResponseTimeline(D(2025, 7, 1), D(2025, 7, 2)) { FeesNotice = new FeesNotice(D(2025, 7, 9), D(2025, 7, 3)) });
        Assert.That(disordered.DisregardedWorkingDays, Is.Zero);
        Assert.That(disordered.Problems.Single().Kind, Is.EqualTo(TimelinessProblemKind.FeesOutOfOrder));
    }

    [Test]
    public void A_public_interest_extension_within_guidance_moves_the_due_date()
    {
        var t = StatutoryClock.Foia.Assess(new ResponseTimeline(D(2025, 7, 1), D(2025, 8, 20)) { Extension = new ClockExtension(D(2025, 7, 25), D(2025, 8, 27)) });
        Assert.Multiple(() =>
        {
            Assert.That(t.StatutoryDueDate, Is.EqualTo(D(2025, 7, 30)));
            Assert.That(t.ExtendedDueDate, Is.EqualTo(D(2025, 8, 27)));
            Assert.That(t.DueDate, Is.EqualTo(D(2025, 8, 27)));
            Assert.That(t.IsLate, Is.False);
            Assert.That(t.Problems, Is.Empty);
        });
    }

    [Test]
    public void An_extension_noticed_after_the_time_limit_does_not_save_a_late_response()
    {
        var t = StatutoryClock.Foia.Assess(new ResponseTimeline(D(2025, 7, 1), D(2025, 8, 20)) { Extension = new ClockExtension(D(2025, 7, 31), D(2025, 8, 27)) });
        Assert.Multiple(() =>
        {
            Assert.That(t.ExtendedDueDate, Is.Null);
            Assert.That(t.IsLate, Is.True);
            Assert.That(t.Problems.Select(p => p.Kind), Is.EqualTo(new[] { TimelinessProblemKind.ExtensionNoticeOutOfTime, TimelinessProblemKind.Late }));
        });

        var pointless = StatutoryClock.Foia.Assess(new ResponseTimeline(D(2025, 7, 1), D(2025, 7, 2)) { Extension = new ClockExtension(D(2025, 7, 2), D(2025, 7, 29)) });
        Assert.That(pointless.Problems.Single().Kind, Is.EqualTo(TimelinessProblemKind.ExtensionDoesNotExtend));
        Assert.That(pointless.Problems.Single().Severity, Is.EqualTo(TimelinessSeverity.Warning));
    }

    [Test]
    public void Regimes_and_calendars_refuse_impossible_data()
    {
        Assert.That(() => new ClockRegime("Bad", "s1", WorkingDayCalendar.UkWide, 20, new ExtensionRule("s2", 20, false, "guidance")), Throws.ArgumentException.With.Message.Contains("must be longer"));
        Assert.That(() => new WorkingDayCalendar(BankHolidayCalendar.Default, UkNations.None), Throws.ArgumentException.With.Message.Contains("at least one part"));
    }
}
