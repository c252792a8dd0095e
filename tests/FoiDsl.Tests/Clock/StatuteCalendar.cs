using System;
using System.Collections.Generic;

namespace FoiDsl.Tests.Clock;

/// <summary>
/// An independent statement of the bank-holiday rules (fact sheet §5.1), written from the statute
/// and proclamations as explicit cases per weekday, with Easter by Gauss's method — deliberately
/// not the library's roll-forward engine or its computus, so the two check each other.
/// </summary>
internal static class StatuteCalendar
{
    /// <summary>Easter Sunday by Gauss's algorithm (with its two April exceptions).</summary>
    internal static DateTime Easter(int year)
    {
        var a = year % 19;
        var b = year % 4;
        var c = year % 7;
        var k = year / 100;
        var p = (13 + (8 * k)) / 25;
        var q = k / 4;
        var m = (15 - p + k - q) % 30;
        var n = (4 + k - q) % 7;
        var d = ((19 * a) + m) % 30;
        var e = ((2 * b) + (4 * c) + (6 * d) + n) % 7;
        if (d == 29 && e == 6) return new DateTime(year, 4, 19);
        if (d == 28 && e == 6 && ((11 * m) + 11) % 30 < 19) return new DateTime(year, 4, 18);
        var marchDay = 22 + d + e;
        return marchDay > 31 ? new DateTime(year, 4, marchDay - 31) : new DateTime(year, 3, marchDay);
    }

    /// <summary>The bank holidays of one part of the United Kingdom in one year (2010 onwards).</summary>
    internal static HashSet<DateTime> Holidays(int year, UkNations nation)
    {
        var days = new HashSet<DateTime>();
        var scotland = nation == UkNations.Scotland;
        var ni = nation == UkNations.NorthernIreland;

        // New Year: E&W and NI have 1 January (Monday substitute); Scotland 1 and 2 January as a pair.
        var jan1 = new DateTime(year, 1, 1);
        if (scotland)
        {
            switch (jan1.DayOfWeek)
            {
                case DayOfWeek.Friday: days.Add(jan1); days.Add(new DateTime(year, 1, 4)); break;
                case DayOfWeek.Saturday: days.Add(new DateTime(year, 1, 3)); days.Add(new DateTime(year, 1, 4)); break;
                case DayOfWeek.Sunday: days.Add(new DateTime(year, 1, 2)); days.Add(new DateTime(year, 1, 3)); break;
                default: days.Add(jan1); days.Add(new DateTime(year, 1, 2)); break;
            }
        }
        else
        {
            days.Add(MondayIfWeekend(jan1));
        }

        if (ni) days.Add(MondayIfWeekend(new DateTime(year, 3, 17)));

        var easter = Easter(year);
        days.Add(easter.AddDays(-2));
        if (!scotland) days.Add(easter.AddDays(1));

        days.Add(FirstMonday(year, 5));
        days.Add(LastMonday(year, 5));
        if (ni) days.Add(MondayIfWeekend(new DateTime(year, 7, 12)));
        days.Add(scotland ? FirstMonday(year, 8) : LastMonday(year, 8));
        if (scotland) days.Add(MondayIfWeekend(new DateTime(year, 11, 30)));

        // Christmas Day and Boxing Day, by the weekday of 25 December.
        switch (new DateTime(year, 12, 25).DayOfWeek)
        {
            case DayOfWeek.Friday: days.Add(new DateTime(year, 12, 25)); days.Add(new DateTime(year, 12, 28)); break;
            case DayOfWeek.Saturday: days.Add(new DateTime(year, 12, 27)); days.Add(new DateTime(year, 12, 28)); break;
            case DayOfWeek.Sunday: days.Add(new DateTime(year, 12, 26)); days.Add(new DateTime(year, 12, 27)); break;
            default: days.Add(new DateTime(year, 12, 25)); days.Add(new DateTime(year, 12, 26)); break;
        }

        // One-off proclamations 2010 onwards (fact sheet §5.1 table).
        switch (year)
        {
            case 2011:
                days.Add(new DateTime(2011, 4, 29));
                break;
            case 2012:
                days.Remove(new DateTime(2012, 5, 28));
                days.Add(new DateTime(2012, 6, 4));
                days.Add(new DateTime(2012, 6, 5));
                break;
            case 2020:
                days.Remove(new DateTime(2020, 5, 4));
                days.Add(new DateTime(2020, 5, 8));
                break;
            case 2022:
                days.Remove(new DateTime(2022, 5, 30));
                days.Add(new DateTime(2022, 6, 2));
                days.Add(new DateTime(2022, 6, 3));
                days.Add(new DateTime(2022, 9, 19));
                break;
            case 2023:
                days.Add(new DateTime(2023, 5, 8));
                break;
            case 2026 when scotland:
                days.Add(new DateTime(2026, 6, 15));
                break;
        }

        return days;
    }

    private static DateTime MondayIfWeekend(DateTime date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    private static DateTime FirstMonday(int year, int month)
    {
        for (var day = 1; ; day++)
            if (new DateTime(year, month, day).DayOfWeek == DayOfWeek.Monday) return new DateTime(year, month, day);
    }

    private static DateTime LastMonday(int year, int month)
    {
        for (var day = DateTime.DaysInMonth(year, month); ; day--)
            if (new DateTime(year, month, day).DayOfWeek == DayOfWeek.Monday) return new DateTime(year, month, day);
    }
}
