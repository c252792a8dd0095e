using System;
using System.Globalization;
using System.Linq;

namespace FoiDsl.Tests.Clock;

/// <summary>
/// The four statutory clocks — FOIA, EIR, FOISA and EIR (Scotland) — on hand-checked deadlines, with
/// their extension rules and the provisions their messages cite. The day-by-day check against the
/// independent rules is in <see cref="CalendarAgainstStatuteTests"/>.
/// </summary>
public class RegimeClockTests
{
    private static DateTime D(int y, int m, int d) => new(y, m, d);

    private static DateTime Parse(string text) => DateTime.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Each case: the date of receipt, the 20th working day on the UK-wide calendar (FOIA s10(6), EIR
    // reg 2(1)) and on Scotland's (FOISA s73, EIR (Scotland) reg 2(1)), counted by hand.
    //
    // Easter 2026 is Sun 5 Apr. Good Friday (3 Apr) stops every clock; Easter Monday (6 Apr) is a bank
    // holiday in England, Wales and Northern Ireland but not in Scotland. UK-wide: day 1 is Tue 7 Apr,
    // day 19 Fri 1 May, Mon 4 May (early May, everywhere) is skipped, day 20 Tue 5 May. Scotland: Mon
    // 6 Apr is day 1, so every day comes one earlier and day 20 is Fri 1 May.
    [TestCase("2026-04-02", "2026-05-05", "2026-05-01")]

    // St Patrick's Day, Tue 17 Mar 2026, is Northern Ireland's only: UK-wide it is skipped (day 11 is
    // Wed 18 Mar, day 20 Tue 31 Mar); in Scotland it is day 11, so day 20 is Mon 30 Mar.
    [TestCase("2026-03-02", "2026-03-31", "2026-03-30")]

    // Mon 15 Jun 2026 is proclaimed a bank holiday in Scotland only. It stops FOISA and EIR (Scotland);
    // being a bank holiday in a part of the UK, it stops FOIA and EIR too. Both: Tue 2 Jun is day 1,
    // Fri 12 Jun day 9, Tue 16 Jun day 10, Tue 30 Jun day 20 (counting it would give Mon 29 Jun).
    [TestCase("2026-06-01", "2026-06-30", "2026-06-30")]

    // The Battle of the Boyne, Sun 12 Jul 2026, moves to Mon 13 Jul (Northern Ireland only); Scotland's
    // summer holiday is the FIRST Monday of August, Mon 3 Aug (so UK-wide too). UK-wide: Tue 14 Jul is
    // day 1, Fri 31 Jul day 14, Tue 4 Aug day 15, Tue 11 Aug day 20. Scotland: Mon 13 Jul is day 1,
    // Fri 31 Jul day 15, 3 Aug skipped, Tue 4 Aug day 16, Mon 10 Aug day 20.
    [TestCase("2026-07-10", "2026-08-11", "2026-08-10")]

    // Only Scotland's summer holiday, Mon 3 Aug 2026, falls in the window; it stops all four. Thu 16 Jul
    // is day 1, Fri 31 Jul day 12, Tue 4 Aug day 13, Thu 13 Aug day 20 everywhere.
    [TestCase("2026-07-15", "2026-08-13", "2026-08-13")]

    // The LAST Monday of August, Mon 31 Aug 2026, is the summer holiday in England, Wales and Northern
    // Ireland, not in Scotland. UK-wide: Tue 11 Aug is day 1, Fri 28 Aug day 14, 31 Aug skipped, Tue
    // 1 Sep day 15, Tue 8 Sep day 20. Scotland: Mon 31 Aug is day 15, Mon 7 Sep day 20.
    [TestCase("2026-08-10", "2026-09-08", "2026-09-07")]

    // St Andrew's Day, Sun 30 Nov 2025, moves to Mon 1 Dec (Scotland, so UK-wide too): Mon 17 Nov is
    // day 1, Fri 28 Nov day 10, Tue 2 Dec day 11, Mon 15 Dec day 20 for all four.
    [TestCase("2025-11-14", "2025-12-15", "2025-12-15")]

    // St Andrew's Day on a weekday, Mon 30 Nov 2026, stops all four: Mon 16 Nov is day 1, Fri 27 Nov
    // day 10, Tue 1 Dec day 11, Mon 14 Dec day 20.
    [TestCase("2026-11-13", "2026-12-14", "2026-12-14")]

    // Christmas (Thu 25, Fri 26 Dec 2025) and New Year (Thu 1 Jan 2026, and Fri 2 Jan in Scotland,
    // so UK-wide too): Mon 22 Dec is day 1, Wed 24 Dec day 3, Mon 29 Dec day 4, Wed 31 Dec day 6, Mon
    // 5 Jan day 7, Thu 22 Jan day 20 for all four (England and Wales alone would give Wed 21 Jan).
    [TestCase("2025-12-19", "2026-01-22", "2026-01-22")]

    // The Boyne substitute, Mon 14 Jul 2025 (12 Jul a Saturday), is Northern Ireland's only: UK-wide
    // day 20 is Wed 30 Jul (fact sheet §5.3); in Scotland it counts and day 20 is Tue 29 Jul.
    [TestCase("2025-07-01", "2025-07-30", "2025-07-29")]
    public void Worked_deadlines_per_regime(string received, string ukWide, string scotland)
    {
        var day = Parse(received);
        Assert.Multiple(() =>
        {
            foreach (var name in Regimes.Names)
            {
                var expected = Parse(Regimes.NationsOf(name) == UkNations.All ? ukWide : scotland);
                var regime = Regimes.Named(name);
                Assert.That(regime.DueDate(day), Is.EqualTo(expected), name);
                Assert.That(regime.Assess(new ResponseTimeline(day, day)).StatutoryDueDate, Is.EqualTo(expected), name + ", assessed");
            }
        });
    }

    [TestCase("FOIA", "FOIA s10(3)", false, "ICO guidance: normally no more than 20 further working days")]
    [TestCase("EIR", "EIR reg 7(1)", true, "EIR reg 7(1)")]
    [TestCase("EIR (Scotland)", "EIR (Scotland) reg 7(1)", true, "EIR (Scotland) reg 7(1)")]
    public void Extensions_reach_40_working_days_in_total_statutory_only_under_the_EIR(string name, string citation, bool statutory, string source)
    {
        var extension = Regimes.Named(name).Extension;
        Assert.That(extension, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(extension!.Citation, Is.EqualTo(citation));
            Assert.That(extension.MaximumTotalWorkingDays, Is.EqualTo(40));
            Assert.That(extension.MaximumIsStatutory, Is.EqualTo(statutory));
            Assert.That(extension.MaximumSource, Is.EqualTo(source));
        });
    }

    // Received Tue 1 Jul 2025, notice Fri 25 Jul (within the 20 days), new date Fri 5 Sep. UK-wide the
    // 40th working day is Fri 29 Aug (Mon 14 Jul NI, Mon 4 Aug Scotland and Mon 25 Aug E&W/NI skipped),
    // so 5 Sep makes 45. In Scotland 14 Jul and 25 Aug count and 4 Aug does not: day 20 is Tue 29 Jul,
    // day 40 Wed 27 Aug, and 5 Sep makes 47. FOIA's 40 is guidance (a warning; the date stands); EIR's
    // is statute (an error; the due date is capped, so a response on 5 Sep is late).
    [TestCase("FOIA", 45, "2025-08-29", TimelinessSeverity.Warning, "2025-09-05", false)]
    [TestCase("EIR", 45, "2025-08-29", TimelinessSeverity.Error, "2025-08-29", true)]
    [TestCase("EIR (Scotland)", 47, "2025-08-27", TimelinessSeverity.Error, "2025-08-27", true)]
    public void An_extension_past_40_working_days(string name, int total, string fortieth, TimelinessSeverity severity, string due, bool late)
    {
        var regime = Regimes.Named(name);
        Assert.That(regime.AddWorkingDays(D(2025, 7, 1), 40), Is.EqualTo(Parse(fortieth)));
        var t = regime.Assess(new ResponseTimeline(D(2025, 7, 1), D(2025, 9, 5)) { Extension = new ClockExtension(D(2025, 7, 25), D(2025, 9, 5)) });
        Assert.Multiple(() =>
        {
            Assert.That(t.ExtendedDueDate, Is.EqualTo(Parse(due)));
            Assert.That(t.IsLate, Is.EqualTo(late));
            var problem = t.Problems.First();
            Assert.That(problem.Kind, Is.EqualTo(TimelinessProblemKind.ExtensionBeyondMaximum));
            Assert.That(problem.Severity, Is.EqualTo(severity));
            Assert.That(problem.Message, Does.Contain($"makes {total} working days").And.Contain(Parse(fortieth).ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)).And.Contain(regime.Extension!.MaximumSource));
            Assert.That(t.Problems.Skip(1).Select(p => p.Kind), Is.EqualTo(late ? new[] { TimelinessProblemKind.Late } : Array.Empty<TimelinessProblemKind>()));
        });
    }

    [Test]
    public void An_EIR_Scotland_extension_to_the_40th_working_day_moves_the_due_date()
    {
        // Day 40 in Scotland from Tue 1 Jul 2025 is Wed 27 Aug (see above): exactly at the cap, no problem.
        var t = StatutoryClock.EirScotland.Assess(new ResponseTimeline(D(2025, 7, 1), D(2025, 8, 27)) { Extension = new ClockExtension(D(2025, 7, 29), D(2025, 8, 27)) });
        Assert.Multiple(() =>
        {
            Assert.That(t.StatutoryDueDate, Is.EqualTo(D(2025, 7, 29)));
            Assert.That(t.DueDate, Is.EqualTo(D(2025, 8, 27)));
            Assert.That(t.WorkingDaysTaken, Is.EqualTo(40));
            Assert.That(t.Problems, Is.Empty);
        });
    }

    [Test]
    public void FOISA_has_no_extension_and_says_so_when_one_is_claimed()
    {
        Assert.That(StatutoryClock.Foisa.Extension, Is.Null, "FOISA s10(1): no public interest or complexity extension");

        // Received Tue 1 Jul 2025, due Tue 29 Jul (Scotland); an extension to Fri 5 Sep is ignored, so a
        // response on Fri 8 Aug is late by Wed 30, Thu 31 Jul, Fri 1, Tue 5, Wed 6, Thu 7, Fri 8 Aug
        // (Mon 4 Aug is Scotland's summer holiday): 7 working days, 10 calendar days.
        var t = StatutoryClock.Foisa.Assess(new ResponseTimeline(D(2025, 7, 1), D(2025, 8, 8)) { Extension = new ClockExtension(D(2025, 7, 25), D(2025, 9, 5)) });
        Assert.Multiple(() =>
        {
            Assert.That(t.ExtendedDueDate, Is.Null);
            Assert.That(t.DueDate, Is.EqualTo(D(2025, 7, 29)));
            Assert.That(t.Problems.Select(p => (p.Kind, p.Severity)), Is.EqualTo(new[]
            {
                (TimelinessProblemKind.ExtensionNotAvailable, TimelinessSeverity.Error),
                (TimelinessProblemKind.Late, TimelinessSeverity.Error),
            }));
            Assert.That(t.Problems[0].Message, Is.EqualTo(
                "The Freedom of Information (Scotland) Act 2002 allows no extension of its time limit (FOISA s10(1): 20 working days); the extension to Fri 5 Sep 2025 is ignored and the response was due by Tue 29 Jul 2025."));
            Assert.That(t.Problems[1].Message, Is.EqualTo(
                "The response (Fri 8 Aug 2025) is late: it was due by Tue 29 Jul 2025 (FOISA s10(1), 20 working days), so 7 working days (10 calendar days) late."));
        });
    }

    // Each regime's own provisions: the time limit in a late message, the clarification provision when
    // a clarification predates receipt, the fees provision when the fee dates are out of order.
    [TestCase("FOIA", "FOIA s10(1)", "FOIA s1(3)", "FOIA s9 and s10(2)")]
    [TestCase("EIR", "EIR reg 5(2)", "EIR reg 9(4)", "EIR reg 8")]
    [TestCase("FOISA", "FOISA s10(1)", "FOISA s1(3)", "FOISA s9 and s10(2)")]
    [TestCase("EIR (Scotland)", "EIR (Scotland) reg 5(2)(a)", "EIR (Scotland) reg 9(3)", "EIR (Scotland) reg 8")]
    public void Messages_cite_the_regimes_own_provisions(string name, string timeLimit, string clarification, string fees)
    {
        var regime = Regimes.Named(name);
        var late = regime.Assess(new ResponseTimeline(D(2025, 7, 1), D(2025, 9, 1))).Problems.Single();
        var clarified = regime.Assess(new ResponseTimeline(D(2025, 7, 1), D(2025, 7, 2)) { ClarificationReceived = D(2025, 6, 30) }).Problems.Single();
        var paid = regime.Assess(new ResponseTimeline(D(2025, 7, 1), D(2025, 7, 2)) { FeesNotice = new FeesNotice(D(2025, 7, 9), D(2025, 7, 3)) }).Problems.Single();
        Assert.Multiple(() =>
        {
            Assert.That(late.Message, Does.Contain($"({timeLimit}, 20 working days)"));
            Assert.That(clarified.Kind, Is.EqualTo(TimelinessProblemKind.ClarificationBeforeReceipt));
            Assert.That(clarified.Message, Is.EqualTo($"The clarification (Mon 30 Jun 2025) is dated before the request was received (Tue 1 Jul 2025), so it cannot restart the clock under {clarification}; the clock runs from receipt."));
            Assert.That(paid.Kind, Is.EqualTo(TimelinessProblemKind.FeesOutOfOrder));
            Assert.That(paid.Message, Is.EqualTo($"The fees notice (Wed 9 Jul 2025) and payment (Thu 3 Jul 2025) must fall in that order after receipt (Tue 1 Jul 2025); the fee period is ignored and no days are disregarded under {fees}."));
        });
    }

    [TestCaseSource(typeof(Regimes), nameof(Regimes.Names))]
    public void A_clarification_restarts_the_clock_on_the_regimes_own_calendar(string name)
    {
        // Received Wed 1 Jul 2026, clarified Fri 10 Jul: the due date is the worked one for 10 Jul above
        // (Tue 11 Aug UK-wide, Mon 10 Aug in Scotland, where NI's Mon 13 Jul counts).
        var regime = Regimes.Named(name);
        var t = regime.Assess(new ResponseTimeline(D(2026, 7, 1), D(2026, 8, 11)) { ClarificationReceived = D(2026, 7, 10) });
        var scottish = Regimes.NationsOf(name) == UkNations.Scotland;
        Assert.Multiple(() =>
        {
            Assert.That(t.ClockStart, Is.EqualTo(D(2026, 7, 10)));
            Assert.That(t.DueDate, Is.EqualTo(scottish ? D(2026, 8, 10) : D(2026, 8, 11)));
            Assert.That(t.IsLate, Is.EqualTo(scottish), "a response on Tue 11 Aug is a day late only in Scotland");
        });
    }
}
