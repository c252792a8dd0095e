using System;
using System.Collections.Generic;
using System.Globalization;

// Compiled into the runtime (namespace FoiDsl) and into the analyzers (FoiDsl.Generators.Clock), so
// the rules that judge a response's dates at compile time count days exactly as Build() does.
#if FOIDSL_ANALYZERS
namespace FoiDsl.Generators.Clock;
#else
namespace FoiDsl;
#endif

/// <summary>
/// A one-off change to the bank holidays of one year, made by royal proclamation under the Banking
/// and Financial Dealings Act 1971 s1(3): an extra day (a jubilee, a royal wedding, a state funeral)
/// or a recurring holiday moved to another date for that year. These are data, not rules: new days
/// are proclaimed at a few months' notice, so a calendar takes any number of them
/// (<see cref="BankHolidayCalendar.WithProclaimedDays(ProclaimedDay[])"/>).
/// </summary>
public sealed class ProclaimedDay
{
    private ProclaimedDay(DateTime date, string name, UkNations nations, BankHolidayKind? moves)
    {
        if (date.Year < BankHolidayCalendar.FirstYear || date.Year > BankHolidayCalendar.LastYear)
            throw new ArgumentOutOfRangeException(nameof(date), date, $"A proclaimed day must fall in {BankHolidayCalendar.FirstYear}–{BankHolidayCalendar.LastYear}; {Format(date)} does not.");
        if ((nations & UkNations.All) == UkNations.None || (nations & ~UkNations.All) != UkNations.None)
            throw new ArgumentException($"The proclaimed day {Format(date)} must name at least one part of the United Kingdom (got {nations}).", nameof(nations));
        if (string.IsNullOrWhiteSpace(name))
            throw new ArgumentException($"The proclaimed day {Format(date)} needs a name.", nameof(name));
        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            throw new ArgumentException($"The proclaimed day {Format(date)} falls on a {date.DayOfWeek}: bank holidays are proclaimed on weekdays.", nameof(date));
        Date = date.Date;
        Name = name.Trim();
        Nations = nations;
        Moves = moves;
    }

    /// <summary>The day the proclamation makes a bank holiday.</summary>
    public DateTime Date { get; }

    /// <summary>The holiday's name.</summary>
    public string Name { get; }

    /// <summary>The parts of the United Kingdom the proclamation covers.</summary>
    public UkNations Nations { get; }

    /// <summary>For a moved holiday, the recurring holiday whose date this replaces in <see cref="Date"/>'s year; otherwise <see langword="null"/>.</summary>
    public BankHolidayKind? Moves { get; }

    /// <summary>An extra bank holiday on <paramref name="date"/> in <paramref name="nations"/>.</summary>
    public static ProclaimedDay Extra(DateTime date, string name, UkNations nations = UkNations.All) =>
        new(date, name, nations, null);

    /// <summary>
    /// The recurring <paramref name="holiday"/> moved, for <paramref name="newDate"/>'s year only, to
    /// <paramref name="newDate"/> in <paramref name="nations"/> (its usual date becomes a working day there).
    /// </summary>
    public static ProclaimedDay Moved(BankHolidayKind holiday, DateTime newDate, UkNations nations = UkNations.All, string? name = null) =>
        new(newDate, name ?? BankHolidayRules.NameOf(holiday) + " (moved)", nations, holiday);

    /// <summary>
    /// Reads proclaimed days from text, one a line: <c>date | parts | name</c> for an extra day, or
    /// <c>date | parts | moved: Kind</c> for a moved holiday (Kind as in <see cref="BankHolidayKind"/>).
    /// The date is ISO (<c>2026-06-15</c>); parts are <c>All</c> or a comma-separated list of
    /// <c>EnglandAndWales</c>, <c>Scotland</c>, <c>NorthernIreland</c>. Blank lines and lines starting
    /// with <c>#</c> are skipped. A bad line throws <see cref="FormatException"/> naming its line number.
    /// </summary>
    public static IReadOnlyList<ProclaimedDay> Parse(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        var days = new List<ProclaimedDay>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal)) continue;
            try
            {
                days.Add(ParseLine(line));
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                throw new FormatException($"Proclaimed days, line {i + 1} (\"{line}\"): {e.Message}", e);
            }
        }

        return days;
    }

    private static ProclaimedDay ParseLine(string line)
    {
        var fields = line.Split('|');
        if (fields.Length != 3)
            throw new FormatException("expected three fields separated by '|': date | parts | name (or 'moved: Kind').");
        if (!DateTime.TryParseExact(fields[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw new FormatException($"'{fields[0].Trim()}' is not a date in the form yyyy-MM-dd.");
        var nations = ParseNations(fields[1].Trim());
        var name = fields[2].Trim();
        const string movedPrefix = "moved:";
        if (!name.StartsWith(movedPrefix, StringComparison.OrdinalIgnoreCase))
            return Extra(date, name, nations);
        var kindText = name.Substring(movedPrefix.Length).Trim();
        if (!Enum.TryParse<BankHolidayKind>(kindText, ignoreCase: true, out var kind) || !Enum.IsDefined(typeof(BankHolidayKind), kind))
            throw new FormatException($"'{kindText}' is not a recurring holiday; use one of {string.Join(", ", Enum.GetNames(typeof(BankHolidayKind)))}.");
        return Moved(kind, date, nations);
    }

    private static UkNations ParseNations(string text)
    {
        var nations = UkNations.None;
        foreach (var part in text.Split(','))
        {
            var name = part.Trim();
            if (!Enum.TryParse<UkNations>(name, ignoreCase: true, out var nation) || nation == UkNations.None || name.Length == 0 || char.IsDigit(name[0]))
                throw new FormatException($"'{name}' is not a part of the United Kingdom; use All, EnglandAndWales, Scotland or NorthernIreland.");
            nations |= nation;
        }

        return nations;
    }

    internal static string Format(DateTime date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string ToString() =>
        Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " | " + Nations + " | " + (Moves is { } kind ? "moved: " + kind : Name);

    /// <summary>
    /// The one-off days proclaimed since 1995 that this library knows of (extend a calendar with
    /// later ones). Sources: the BFDA 1971 proclamations as listed in the gov.uk bank-holiday data.
    /// </summary>
    public static IReadOnlyList<ProclaimedDay> Known { get; } = new[]
    {
        Moved(BankHolidayKind.EarlyMay, new DateTime(1995, 5, 8), name: "Early May bank holiday (VE Day)"),
        Extra(new DateTime(1999, 12, 31), "Millennium Day"),
        Moved(BankHolidayKind.Spring, new DateTime(2002, 6, 4)),
        Extra(new DateTime(2002, 6, 3), "Golden Jubilee of Queen Elizabeth II"),
        Extra(new DateTime(2011, 4, 29), "Wedding of Prince William and Catherine Middleton"),
        Moved(BankHolidayKind.Spring, new DateTime(2012, 6, 4)),
        Extra(new DateTime(2012, 6, 5), "Diamond Jubilee of Queen Elizabeth II"),
        Moved(BankHolidayKind.EarlyMay, new DateTime(2020, 5, 8), name: "Early May bank holiday (VE Day)"),
        Moved(BankHolidayKind.Spring, new DateTime(2022, 6, 2)),
        Extra(new DateTime(2022, 6, 3), "Platinum Jubilee of Queen Elizabeth II"),
        Extra(new DateTime(2022, 9, 19), "State Funeral of Queen Elizabeth II"),
        Extra(new DateTime(2023, 5, 8), "Coronation of King Charles III"),
        Extra(new DateTime(2026, 6, 15), "Extra bank holiday (FIFA World Cup)", UkNations.Scotland),
    };
}
