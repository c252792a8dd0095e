using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace FoiDsl.Tests.Clock;

/// <summary>
/// The working days of FOIA s10(6) / FOISA s73 from the independent rules in <see cref="StatuteCalendar"/>:
/// every day but Saturday, Sunday, Christmas Day, Good Friday and a bank holiday in any of the
/// chosen parts of the United Kingdom. Precomputed once per set of parts, so the N-th working day
/// after any date is an array step rather than a walk — the day-by-day tests stay fast.
/// </summary>
internal sealed class StatuteWorkingDays
{
    /// <summary>The first year the oracle knows (its one-off table starts in 2010).</summary>
    internal const int FirstYear = 2010;

    /// <summary>The last year the oracle knows: two beyond the last receipt year tested, so 40 working days always fit.</summary>
    internal const int LastYear = 2037;

    private static readonly UkNations[] Parts = { UkNations.EnglandAndWales, UkNations.Scotland, UkNations.NorthernIreland };
    private static readonly ConcurrentDictionary<UkNations, StatuteWorkingDays> Cache = new();

    private readonly DateTime first;
    private readonly DateTime[] workingDays;

    // For each day from `first`: the index in `workingDays` of the first working day strictly after it.
    private readonly int[] firstAfter;
    private readonly bool[] isWorking;

    private StatuteWorkingDays(UkNations nations)
    {
        first = new DateTime(FirstYear, 1, 1);
        var last = new DateTime(LastYear, 12, 31);
        var holidays = new HashSet<DateTime>(
            Enumerable.Range(FirstYear, LastYear - FirstYear + 1)
                .SelectMany(year => Parts.Where(part => (nations & part) != 0).SelectMany(part => StatuteCalendar.Holidays(year, part))));
        var goodFridays = new HashSet<DateTime>(Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Select(year => StatuteCalendar.Easter(year).AddDays(-2)));

        var count = (last - first).Days + 1;
        isWorking = new bool[count];
        var list = new List<DateTime>();
        for (var i = 0; i < count; i++)
        {
            var day = first.AddDays(i);
            isWorking[i] = day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
                && !(day.Month == 12 && day.Day == 25)
                && !goodFridays.Contains(day)
                && !holidays.Contains(day);
            if (isWorking[i]) list.Add(day);
        }

        workingDays = list.ToArray();
        // The first working day after day i is the one following the working days up to and including day i.
        firstAfter = new int[count];
        for (int i = 0, upTo = 0; i < count; i++)
        {
            if (isWorking[i]) upTo++;
            firstAfter[i] = upTo;
        }
    }

    /// <summary>The working days counting the bank holidays of <paramref name="nations"/> (a set of parts).</summary>
    internal static StatuteWorkingDays For(UkNations nations) => Cache.GetOrAdd(nations, n => new StatuteWorkingDays(n));

    /// <summary>Whether <paramref name="day"/> is a working day.</summary>
    internal bool IsWorkingDay(DateTime day) => isWorking[Offset(day)];

    /// <summary>The <paramref name="n"/>-th working day after <paramref name="from"/> (1 is the first working day after it).</summary>
    internal DateTime Nth(DateTime from, int n)
    {
        if (n < 1) throw new ArgumentOutOfRangeException(nameof(n), n, "The oracle counts forwards from the first working day.");
        var index = firstAfter[Offset(from)] + n - 1;
        if (index >= workingDays.Length) throw new ArgumentOutOfRangeException(nameof(from), from, $"The oracle knows working days up to {LastYear} only.");
        return workingDays[index];
    }

    private int Offset(DateTime day)
    {
        var offset = (day.Date - first).Days;
        if (offset < 0 || offset >= isWorking.Length) throw new ArgumentOutOfRangeException(nameof(day), day, $"The oracle knows {FirstYear}–{LastYear} only.");
        return offset;
    }
}
