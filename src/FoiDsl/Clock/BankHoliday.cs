using System;
using System.Globalization;

// Compiled into the runtime (namespace FoiDsl) and into the analyzers (FoiDsl.Generators.Clock), so
// the rules that judge a response's dates at compile time count days exactly as Build() does.
#if FOIDSL_ANALYZERS
namespace FoiDsl.Generators.Clock;
#else
namespace FoiDsl;
#endif

/// <summary>
/// One bank holiday on one date: its name and the parts of the United Kingdom where it is one.
/// The same date can carry two holidays with different names (for example a proclaimed day that
/// falls on a substitute day); each is its own <see cref="BankHoliday"/>.
/// </summary>
public sealed class BankHoliday
{
    internal BankHoliday(DateTime date, string name, UkNations nations, BankHolidayKind? kind, bool isSubstituteDay, bool isProclaimed)
    {
        Date = date.Date;
        Name = name;
        Nations = nations;
        Kind = kind;
        IsSubstituteDay = isSubstituteDay;
        IsProclaimed = isProclaimed;
    }

    /// <summary>The day (no time of day).</summary>
    public DateTime Date { get; }

    /// <summary>The holiday's name, e.g. "Boxing Day (substitute day)".</summary>
    public string Name { get; }

    /// <summary>The parts of the United Kingdom where the day is a bank holiday.</summary>
    public UkNations Nations { get; }

    /// <summary>The recurring holiday this is, or <see langword="null"/> for an extra proclaimed day.</summary>
    public BankHolidayKind? Kind { get; }

    /// <summary>True when the day stands in for a holiday that fell on a weekend (or on another holiday).</summary>
    public bool IsSubstituteDay { get; }

    /// <summary>True for a one-off day: an extra day proclaimed, or a recurring holiday moved by proclamation for one year.</summary>
    public bool IsProclaimed { get; }

    /// <inheritdoc />
    public override string ToString() =>
        Date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture) + " " + Name + " (" + Nations + ")";
}
