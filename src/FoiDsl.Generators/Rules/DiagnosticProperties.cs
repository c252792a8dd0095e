using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// Keys of the properties the response rules attach to their diagnostics, read by the code fixes.
/// Every diagnostic at one <c>Build()</c> carries the whole list of what is missing there, so a fix
/// started from any of them writes all the missing parts once, in order.
/// </summary>
public static class DiagnosticProperties
{
    /// <summary>FOI0006: for a citation of another regime, the ground of the question's regime that protects the same interest, as a typed citation (<c>EIR reg 12(5)(e)</c>, <c>FOIA s31(1)</c>).</summary>
    public const string Counterpart = "Counterpart";

    /// <summary>FOI0001: the builder method that answers the question reported.</summary>
    public const string Question = "Question";

    /// <summary>FOI0001: the number of the question reported.</summary>
    public const string Number = "Number";

    /// <summary>FOI0001: the wording of the question reported.</summary>
    public const string Wording = "Wording";

    /// <summary>FOI0001: the numbers of every question unanswered at the same <c>Build()</c>, in order, separated by <see cref="Separator"/>.</summary>
    public const string Unanswered = "Unanswered";

    /// <summary>FOI0002, FOI0003: the citation of the exemption reported.</summary>
    public const string Citation = "Citation";

    /// <summary>FOI0002, FOI0003: the citation of every exemption missing the section at the same <c>Build()</c>, in order, separated by <see cref="Separator"/>.</summary>
    public const string Citations = "Citations";

    /// <summary>FOI0021: the reason section (<c>WhyExempt</c>, <c>ReasonablyAccessible</c>, …) each exemption in <see cref="Citations"/> needs, in the same order.</summary>
    public const string Reasons = "Reasons";

    /// <summary>Separates the items of a list property; never part of a citation or a question number.</summary>
    public const char Separator = '|';

    /// <summary>The key holding the builder method of question <paramref name="number"/> in an <see cref="Unanswered"/> list.</summary>
    public static string QuestionOf(int number) => Question + "." + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The key holding the wording of question <paramref name="number"/> in an <see cref="Unanswered"/> list.</summary>
    public static string WordingOf(int number) => Wording + "." + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The items of a list property; empty when it is missing.</summary>
    public static ImmutableArray<string> List(ImmutableDictionary<string, string?> properties, string key) =>
        properties.TryGetValue(key, out var value) && !string.IsNullOrEmpty(value)
            ? value!.Split(Separator).ToImmutableArray()
            : ImmutableArray<string>.Empty;

    internal static string Join(IEnumerable<string> items) => string.Join(Separator.ToString(), items);
}
