using System;
using System.Collections.Concurrent;
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
/// The bank holidays of every part of the United Kingdom: the recurring holidays computed from
/// their rules (Banking and Financial Dealings Act 1971 Schedule 1, the annual proclamations, the
/// St Andrew's Day Bank Holiday (Scotland) Act 2007, and Christmas Day and Good Friday at common
/// law) plus one-off <see cref="ProclaimedDay"/>s held as data. Immutable and thread-safe;
/// <see cref="WithProclaimedDays(ProclaimedDay[])"/> returns a new calendar with newly proclaimed days.
/// </summary>
/// <remarks>
/// Substitute days: a fixed-date holiday on a weekday keeps its date; one on a weekend rolls
/// forward to the next weekday not already taken by another holiday of the same part, in order —
/// so Christmas Day and Boxing Day (and Scotland's 1 and 2 January) roll as a pair: 25 December on
/// a Saturday gives Monday 27 and Tuesday 28; on a Sunday, Monday 26 (Boxing Day) and Tuesday 27
/// (Christmas Day substitute).
/// The rules are today's, applied from <see cref="FirstYear"/> (Early May from 1978, St Andrew's
/// Day from 2007); they are checked day by day against an independent statement for 2010–2035.
/// </remarks>
public sealed class BankHolidayCalendar
{
    /// <summary>The first year the calendar answers for (the first Early May bank holiday).</summary>
    public const int FirstYear = 1978;

    /// <summary>The last year the calendar answers for.</summary>
    public const int LastYear = 2999;

    private static readonly UkNations[] EachNation = { UkNations.EnglandAndWales, UkNations.Scotland, UkNations.NorthernIreland };

    private readonly ConcurrentDictionary<int, YearOfHolidays> years = new();

    private BankHolidayCalendar(IReadOnlyList<ProclaimedDay> proclaimedDays)
    {
        foreach (var day in proclaimedDays)
        {
            if (day is null) throw new ArgumentNullException(nameof(proclaimedDays), "A proclaimed day is null.");
            if (day.Moves is not { } kind) continue;
            var having = BankHolidayRules.NationsHaving(kind, day.Date.Year);
            if ((day.Nations & ~having) != UkNations.None)
                throw new ArgumentException($"{ProclaimedDay.Format(day.Date)} moves {BankHolidayRules.NameOf(kind)} in {day.Nations}, but in {day.Date.Year} that holiday exists only in {having}.", nameof(proclaimedDays));
            var clash = proclaimedDays.FirstOrDefault(other => !ReferenceEquals(other, day) && other.Moves == kind
                && other.Date.Year == day.Date.Year && (other.Nations & day.Nations) != UkNations.None);
            if (clash is not null)
                throw new ArgumentException($"{BankHolidayRules.NameOf(kind)} {day.Date.Year} is moved twice for the same part of the United Kingdom: to {ProclaimedDay.Format(day.Date)} and to {ProclaimedDay.Format(clash.Date)}.", nameof(proclaimedDays));
        }

        ProclaimedDays = proclaimedDays;
    }

    /// <summary>The calendar with every one-off day this library knows of (<see cref="ProclaimedDay.Known"/>).</summary>
    public static BankHolidayCalendar Default { get; } = new(ProclaimedDay.Known);

    /// <summary>A calendar of the recurring rules only, with no one-off days (for tests and what-ifs).</summary>
    public static BankHolidayCalendar RulesOnly { get; } = new(Array.Empty<ProclaimedDay>());

    /// <summary>The one-off days this calendar applies.</summary>
    public IReadOnlyList<ProclaimedDay> ProclaimedDays { get; }

    /// <summary>
    /// A new calendar with <paramref name="days"/> added to this one's one-off days — how to take
    /// account of a day proclaimed after this library was built.
    /// </summary>
    /// <exception cref="ArgumentException">A moved holiday that does not exist in the parts named, or one moved twice.</exception>
    public BankHolidayCalendar WithProclaimedDays(params ProclaimedDay[] days)
    {
        if (days is null) throw new ArgumentNullException(nameof(days));
        return new BankHolidayCalendar(ProclaimedDays.Concat(days).ToArray());
    }

    /// <summary>A new calendar with the proclaimed days read from text (see <see cref="ProclaimedDay.Parse(string)"/>) added.</summary>
    public BankHolidayCalendar WithProclaimedDays(string text) => WithProclaimedDays(ProclaimedDay.Parse(text).ToArray());

    /// <summary>Every bank holiday of <paramref name="year"/>, in date order, each with the parts where it is one.</summary>
    public IReadOnlyList<BankHoliday> HolidaysIn(int year) => Year(year).All;

    /// <summary>The bank holidays of <paramref name="year"/> in <paramref name="nations"/> (any of them), in date order.</summary>
    public IReadOnlyList<BankHoliday> HolidaysIn(int year, UkNations nations) =>
        Year(year).All.Where(h => (h.Nations & nations) != UkNations.None).ToArray();

    /// <summary>The bank holidays on <paramref name="date"/> (usually none or one), each with the parts where it is one.</summary>
    public IReadOnlyList<BankHoliday> HolidaysOn(DateTime date) =>
        Year(date.Year).ByDate.TryGetValue(date.Date, out var found) ? found : Array.Empty<BankHoliday>();

    /// <summary>The parts of the United Kingdom in which <paramref name="date"/> is a bank holiday (<see cref="UkNations.None"/> if none).</summary>
    public UkNations NationsOn(DateTime date) =>
        HolidaysOn(date).Aggregate(UkNations.None, (all, h) => all | h.Nations);

    /// <summary>Whether <paramref name="date"/> is a bank holiday in any of <paramref name="nations"/> (by default, anywhere in the United Kingdom).</summary>
    public bool IsBankHoliday(DateTime date, UkNations nations = UkNations.All) =>
        (NationsOn(date) & nations) != UkNations.None;

    private YearOfHolidays Year(int year)
    {
        if (year < FirstYear || year > LastYear)
            throw new ArgumentOutOfRangeException(nameof(year), year, $"The bank-holiday calendar covers {FirstYear}–{LastYear}; {year} is outside it.");
        return years.GetOrAdd(year, Compute);
    }

    private YearOfHolidays Compute(int year)
    {
        var perNation = new List<(BankHoliday Holiday, UkNations Nation)>();
        foreach (var nation in EachNation)
        {
            var taken = new HashSet<DateTime>();
            var applicable = BankHolidayRules.Rules.Where(r => (r.Nations & nation) != UkNations.None && year >= r.FromYear).ToArray();
            void Take(HolidayRule rule, DateTime date, string name, bool substitute, bool proclaimed)
            {
                taken.Add(date);
                perNation.Add((new BankHoliday(date, name, nation, rule.Kind, substitute, proclaimed), nation));
            }

            // 1. Days that cannot move: proclaimed moves, Easter and Monday rules.
            var fixedRules = new List<HolidayRule>();
            foreach (var rule in applicable)
            {
                var moved = ProclaimedDays.FirstOrDefault(p => p.Moves == rule.Kind && p.Date.Year == year && (p.Nations & nation) != UkNations.None);
                if (moved is not null) Take(rule, moved.Date, moved.Name, substitute: false, proclaimed: true);
                else if (rule.Rule == DateRuleKind.FixedRolling) fixedRules.Add(rule);
                else Take(rule, rule.UsualDate(year), BankHolidayRules.NameOf(rule.Kind), substitute: false, proclaimed: false);
            }

            // 2. Fixed dates that fall on a free weekday keep it (BFDA Sch 1: Boxing Day is 26 December "if it be not a Sunday").
            var toRoll = new List<HolidayRule>();
            foreach (var rule in fixedRules)
            {
                var usual = rule.UsualDate(year);
                if (BankHolidayRules.IsWeekend(usual) || taken.Contains(usual)) toRoll.Add(rule);
                else Take(rule, usual, BankHolidayRules.NameOf(rule.Kind), substitute: false, proclaimed: false);
            }

            // 3. The rest roll forward, in order, to the next weekday not already taken: the substitute days.
            foreach (var rule in toRoll)
            {
                var date = rule.UsualDate(year);
                while (BankHolidayRules.IsWeekend(date) || taken.Contains(date)) date = date.AddDays(1);
                Take(rule, date, BankHolidayRules.NameOf(rule.Kind) + " (substitute day)", substitute: true, proclaimed: false);
            }

            foreach (var extra in ProclaimedDays.Where(p => p.Moves is null && p.Date.Year == year && (p.Nations & nation) != UkNations.None))
                perNation.Add((new BankHoliday(extra.Date, extra.Name, nation, null, isSubstituteDay: false, isProclaimed: true), nation));
        }

        var merged = perNation
            .GroupBy(p => (p.Holiday.Date, p.Holiday.Name, p.Holiday.Kind, p.Holiday.IsSubstituteDay, p.Holiday.IsProclaimed))
            .Select(g => new BankHoliday(g.Key.Date, g.Key.Name, g.Aggregate(UkNations.None, (all, p) => all | p.Nation), g.Key.Kind, g.Key.IsSubstituteDay, g.Key.IsProclaimed))
            .OrderBy(h => h.Date).ThenBy(h => h.Name, StringComparer.Ordinal)
            .ToArray();
        return new YearOfHolidays(merged);
    }

    private sealed class YearOfHolidays
    {
        internal YearOfHolidays(IReadOnlyList<BankHoliday> all)
        {
            All = all;
            ByDate = all.GroupBy(h => h.Date).ToDictionary(g => g.Key, g => (IReadOnlyList<BankHoliday>)g.ToArray());
        }

        internal IReadOnlyList<BankHoliday> All { get; }

        internal Dictionary<DateTime, IReadOnlyList<BankHoliday>> ByDate { get; }
    }
}
