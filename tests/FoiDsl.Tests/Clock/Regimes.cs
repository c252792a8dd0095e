using System;
using System.Linq;

namespace FoiDsl.Tests.Clock;

/// <summary>
/// The four statutory clocks by short name, each with the parts of the United Kingdom whose bank
/// holidays its statute counts — stated here from the law, never read back from the clock under test.
/// </summary>
internal static class Regimes
{
    private static readonly (string Name, ClockRegime Regime, UkNations Nations)[] All =
    {
        // FOIA s10(6): a bank holiday "in any part of the United Kingdom".
        ("FOIA", StatutoryClock.Foia, UkNations.All),

        // EIR reg 2(1): "working day" has the FOIA s10(6) meaning.
        ("EIR", StatutoryClock.Eir, UkNations.All),

        // FOISA s73: a bank holiday "in Scotland" only.
        ("FOISA", StatutoryClock.Foisa, UkNations.Scotland),

        // EIR (Scotland) reg 2(1): the FOISA s73 meaning.
        ("EIR (Scotland)", StatutoryClock.EirScotland, UkNations.Scotland),
    };

    /// <summary>The short names, as a test case source.</summary>
    internal static string[] Names => All.Select(r => r.Name).ToArray();

    /// <summary>The clock called <paramref name="name"/>.</summary>
    internal static ClockRegime Named(string name) => Find(name).Regime;

    /// <summary>The parts of the United Kingdom whose bank holidays stop the clock called <paramref name="name"/>.</summary>
    internal static UkNations NationsOf(string name) => Find(name).Nations;

    private static (string Name, ClockRegime Regime, UkNations Nations) Find(string name) =>
        All.SingleOrDefault(r => r.Name == name) is { Regime: not null } found
            ? found
            : throw new ArgumentException($"No statutory clock is called '{name}'; the known ones are {string.Join(", ", Names)}.", nameof(name));
}
