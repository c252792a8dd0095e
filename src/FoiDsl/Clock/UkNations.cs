using System;

// Compiled into the runtime (namespace FoiDsl) and into the analyzers (FoiDsl.Generators.Clock), so
// the rules that judge a response's dates at compile time count days exactly as Build() does.
#if FOIDSL_ANALYZERS
namespace FoiDsl.Generators.Clock;
#else
namespace FoiDsl;
#endif

/// <summary>
/// The parts of the United Kingdom with their own bank holidays under the Banking and Financial
/// Dealings Act 1971 (Schedule 1 and proclamations under s1(3)). A set of flags: a day may be a
/// bank holiday in several parts at once.
/// </summary>
[Flags]
public enum UkNations
{
    /// <summary>No part of the United Kingdom.</summary>
    None = 0,

    /// <summary>England and Wales (one jurisdiction for bank holidays).</summary>
    EnglandAndWales = 1,

    /// <summary>Scotland.</summary>
    Scotland = 2,

    /// <summary>Northern Ireland.</summary>
    NorthernIreland = 4,

    /// <summary>Every part of the United Kingdom: the calendar FOIA s10(6) counts against.</summary>
    All = EnglandAndWales | Scotland | NorthernIreland,
}

/// <summary>The recurring bank holidays, each with its rule in <see cref="BankHolidayCalendar"/>.</summary>
public enum BankHolidayKind
{
    /// <summary>1 January (all parts); a weekend day moves to the next free weekday.</summary>
    NewYearsDay,

    /// <summary>2 January (Scotland only), rolled forward with 1 January as a pair.</summary>
    SecondJanuary,

    /// <summary>St Patrick's Day, 17 March (Northern Ireland only); a weekend day moves to Monday.</summary>
    StPatricksDay,

    /// <summary>Good Friday, two days before Easter Sunday (a common-law holiday in England, Wales and Northern Ireland; a bank holiday in Scotland).</summary>
    GoodFriday,

    /// <summary>Easter Monday (not in Scotland).</summary>
    EasterMonday,

    /// <summary>Early May bank holiday: the first Monday in May (by proclamation since 1978).</summary>
    EarlyMay,

    /// <summary>Spring bank holiday: the last Monday in May.</summary>
    Spring,

    /// <summary>Battle of the Boyne (Orangemen's Day), 12 July (Northern Ireland only); a weekend day moves to Monday.</summary>
    BattleOfTheBoyne,

    /// <summary>Summer bank holiday: the first Monday in August in Scotland, the last Monday in August elsewhere.</summary>
    Summer,

    /// <summary>St Andrew's Day, 30 November (Scotland only, since the 2007 Act); a weekend day moves to Monday.</summary>
    StAndrewsDay,

    /// <summary>Christmas Day, 25 December; rolled forward with Boxing Day as a pair.</summary>
    ChristmasDay,

    /// <summary>Boxing Day, 26 December; rolled forward with Christmas Day as a pair.</summary>
    BoxingDay,
}
