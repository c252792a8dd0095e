using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FoiDsl.Tests.Docs;

namespace FoiDsl.Tests.Clock;

/// <summary>The worked deadlines in docs/clock.md are what the clock computes.</summary>
public class ClockDocsTests
{
    private static DateTime Parse(string text) => DateTime.ParseExact(text, "ddd d MMM yyyy", CultureInfo.InvariantCulture);

    [Test]
    public void The_worked_deadlines_table_matches_the_clock()
    {
        var rows = Regex.Matches(DocsFolder.Read("clock.md"), @"^\| (\w{3} \d{1,2} \w{3} \d{4}) \| (\w{3} \d{1,2} \w{3} \d{4}) \| (\w{3} \d{1,2} \w{3} \d{4}) \|", RegexOptions.Multiline)
            .Select(m => (Received: Parse(m.Groups[1].Value), UkWide: Parse(m.Groups[2].Value), EnglandAndWales: Parse(m.Groups[3].Value)))
            .ToArray();
        var englandAndWales = new WorkingDayCalendar(BankHolidayCalendar.Default, UkNations.EnglandAndWales);
        Assert.That(rows, Has.Length.EqualTo(5));
        foreach (var row in rows)
        {
            Assert.That(StatutoryClock.Foia.DueDate(row.Received), Is.EqualTo(row.UkWide), row.Received.ToString("d MMM yyyy", CultureInfo.InvariantCulture));
            Assert.That(englandAndWales.AddWorkingDays(row.Received, 20), Is.EqualTo(row.EnglandAndWales));
        }
    }
}
