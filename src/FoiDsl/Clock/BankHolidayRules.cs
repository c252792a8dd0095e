using System;
using System.Collections.Generic;
using System.Linq;

// Compiled into the runtime (namespace FoiDsl) and into the analyzers (FoiDsl.Generators.Clock), so
// the rules that judge a response's dates at compile time count days exactly as Build() does.
#if FOIDSL_ANALYZERS
namespace FoiDsl.Generators.Clock;
#else
namespace FoiDsl;
#endif

/// <summary>
/// The recurring bank holidays as data: one row per holiday and part of the United Kingdom, with
/// the kind of date rule that fixes it. Sources: Banking and Financial Dealings Act 1971 Schedule 1,
/// the annual proclamations (New Year's Day, Early May, 12 July), the St Andrew's Day Bank Holiday
/// (Scotland) Act 2007 and the common law (Christmas Day, Good Friday).
/// </summary>
internal static class BankHolidayRules
{
    private const UkNations EwNi = UkNations.EnglandAndWales | UkNations.NorthernIreland;

    /// <summary>The rows, in the order substitutes are assigned (a fixed date rolls past weekends and days already taken).</summary>
    internal static readonly IReadOnlyList<HolidayRule> Rules = new[]
    {
        HolidayRule.Fixed(BankHolidayKind.NewYearsDay, UkNations.All, 1, 1),
        HolidayRule.Fixed(BankHolidayKind.SecondJanuary, UkNations.Scotland, 1, 2),
        HolidayRule.Fixed(BankHolidayKind.StPatricksDay, UkNations.NorthernIreland, 3, 17),
        HolidayRule.Easter(BankHolidayKind.GoodFriday, UkNations.All, -2),
        HolidayRule.Easter(BankHolidayKind.EasterMonday, EwNi, 1),
        HolidayRule.Monday(BankHolidayKind.EarlyMay, UkNations.All, 5, 1, fromYear: 1978),
        HolidayRule.Monday(BankHolidayKind.Spring, UkNations.All, 5, -1),
        HolidayRule.Fixed(BankHolidayKind.BattleOfTheBoyne, UkNations.NorthernIreland, 7, 12),
        HolidayRule.Monday(BankHolidayKind.Summer, UkNations.Scotland, 8, 1),
        HolidayRule.Monday(BankHolidayKind.Summer, EwNi, 8, -1),
        HolidayRule.Fixed(BankHolidayKind.StAndrewsDay, UkNations.Scotland, 11, 30, fromYear: 2007),
        HolidayRule.Fixed(BankHolidayKind.ChristmasDay, UkNations.All, 12, 25),
        HolidayRule.Fixed(BankHolidayKind.BoxingDay, UkNations.All, 12, 26),
    };

    internal static string NameOf(BankHolidayKind kind) => kind switch
    {
        BankHolidayKind.NewYearsDay => "New Year's Day",
        BankHolidayKind.SecondJanuary => "2nd January",
        BankHolidayKind.StPatricksDay => "St Patrick's Day",
        BankHolidayKind.GoodFriday => "Good Friday",
        BankHolidayKind.EasterMonday => "Easter Monday",
        BankHolidayKind.EarlyMay => "Early May bank holiday",
        BankHolidayKind.Spring => "Spring bank holiday",
        BankHolidayKind.BattleOfTheBoyne => "Battle of the Boyne (Orangemen's Day)",
        BankHolidayKind.Summer => "Summer bank holiday",
        BankHolidayKind.StAndrewsDay => "St Andrew's Day",
        BankHolidayKind.ChristmasDay => "Christmas Day",
        BankHolidayKind.BoxingDay => "Boxing Day",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a recurring bank holiday."),
    };

    /// <summary>The nations in which a recurring holiday exists in <paramref name="year"/>.</summary>
    internal static UkNations NationsHaving(BankHolidayKind kind, int year) =>
        Rules.Where(r => r.Kind == kind && year >= r.FromYear).Aggregate(UkNations.None, (all, r) => all | r.Nations);

    /// <summary>
    /// Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus, as published by
    /// Meeus, Jones and Butcher).
    /// </summary>
    internal static DateTime EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateTime(year, month, day);
    }

    internal static bool IsWeekend(DateTime date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}

/// <summary>How a recurring holiday's date is found each year.</summary>
internal enum DateRuleKind
{
    /// <summary>A fixed day of a month; on a weekend (or a day already taken) it rolls forward to the next free weekday.</summary>
    FixedRolling,

    /// <summary>The n-th Monday of a month (n = -1: the last).</summary>
    NthMonday,

    /// <summary>An offset in days from Easter Sunday.</summary>
    EasterOffset,
}

internal sealed class HolidayRule
{
    private HolidayRule(BankHolidayKind kind, UkNations nations, DateRuleKind rule, int month, int number, int fromYear)
    {
        Kind = kind;
        Nations = nations;
        Rule = rule;
        Month = month;
        Number = number;
        FromYear = fromYear;
    }

    internal BankHolidayKind Kind { get; }

    internal UkNations Nations { get; }

    internal DateRuleKind Rule { get; }

    internal int Month { get; }

    /// <summary>Day of the month, Monday ordinal or Easter offset, by <see cref="Rule"/>.</summary>
    internal int Number { get; }

    internal int FromYear { get; }

    internal static HolidayRule Fixed(BankHolidayKind kind, UkNations nations, int month, int day, int fromYear = BankHolidayCalendar.FirstYear) =>
        new(kind, nations, DateRuleKind.FixedRolling, month, day, fromYear);

    internal static HolidayRule Monday(BankHolidayKind kind, UkNations nations, int month, int ordinal, int fromYear = BankHolidayCalendar.FirstYear) =>
        new(kind, nations, DateRuleKind.NthMonday, month, ordinal, fromYear);

    internal static HolidayRule Easter(BankHolidayKind kind, UkNations nations, int offset) =>
        new(kind, nations, DateRuleKind.EasterOffset, 0, offset, BankHolidayCalendar.FirstYear);

    /// <summary>The usual date in <paramref name="year"/> before any substitute (for <see cref="DateRuleKind.FixedRolling"/>, the fixed date itself).</summary>
    internal DateTime UsualDate(int year)
    {
        switch (Rule)
        {
            case DateRuleKind.FixedRolling:
                return new DateTime(year, Month, Number);
            case DateRuleKind.EasterOffset:
                return BankHolidayRules.EasterSunday(year).AddDays(Number);
            default:
                if (Number > 0)
                {
                    var first = new DateTime(year, Month, 1);
                    var toMonday = ((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
                    return first.AddDays(toMonday + (7 * (Number - 1)));
                }

                var last = new DateTime(year, Month, DateTime.DaysInMonth(year, Month));
                var back = ((int)last.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7;
                return last.AddDays(-back);
        }
    }
}
