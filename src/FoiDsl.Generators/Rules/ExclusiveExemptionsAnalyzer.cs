using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using FoiDsl.Generators.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// A pair of exemptions the Act makes mutually exclusive for the same information: the second applies
/// only to information not exempt under the first (s24(1) after s23(1), s31(1) after s30, s36(1)(a)
/// after s35). Reports a
/// question whose <c>[Exempt(...)]</c> claims both, at whichever is written second. The diagnostic
/// carries the argument positions of each section so the code fix can remove either one.
/// </summary>
public abstract class ExclusiveExemptionsAnalyzer : RequestRuleAnalyzer
{
    /// <summary>Diagnostic property: the positions in <c>[Exempt(...)]</c> of the citations of the first section, separated by <see cref="DiagnosticProperties.Separator"/>.</summary>
    public const string FirstArguments = "FirstArguments";

    /// <summary>Diagnostic property: the positions of the citations of the second section.</summary>
    public const string SecondArguments = "SecondArguments";

    /// <summary>Diagnostic property: the first section, e.g. <c>30</c>.</summary>
    public const string FirstSection = "FirstSection";

    /// <summary>Diagnostic property: the second section, e.g. <c>31</c>.</summary>
    public const string SecondSection = "SecondSection";

    private protected ExclusiveExemptionsAnalyzer()
    {
    }

    /// <summary>The rule reported.</summary>
    private protected abstract DiagnosticDescriptor PairRule { get; }

    /// <summary>The section whose information the other section cannot cover, e.g. <c>30</c>.</summary>
    private protected abstract string First { get; }

    /// <summary>The section that applies only to information not exempt under <see cref="First"/>, e.g. <c>31</c>.</summary>
    private protected abstract string Second { get; }

    /// <inheritdoc />
    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(PairRule);

    private protected sealed override void Analyze(SymbolAnalysisContext context, DslSymbols dsl, INamedTypeSymbol type, AttributeData requestAttribute)
    {
        foreach (var field in type.GetMembers().OfType<IFieldSymbol>())
        {
            var question = DslSymbols.Find(field, dsl.Question);
            if (question is null || (question.ConstructorArguments.Length == 0 ? 1 : question.ConstructorArguments[0].Value) is not int number)
            {
                continue;
            }

            // Each [Exempt] withholds its own information: the whole question, or one part of it.
            foreach (var exempt in field.GetAttributes().Where(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, dsl.Exempt)))
            {
                Check(context, field, number, exempt);
            }
        }
    }

    private void Check(SymbolAnalysisContext context, IFieldSymbol field, int number, AttributeData exempt)
    {
        // The pairs are FOIA's (s24(1), s31(1) and s36(1)(a) exclude information exempt under the first): other regimes number their grounds differently.
        var regime = RequestParser.RegimeOf(field);
        var sections = RequestParser.ExemptCitations(exempt).Select(c => ExemptionCatalogue.Resolve(c, regime).Exemption is { Regime: Regime.Foia } e ? e.Section : null).ToList();
        var first = Positions(sections, First);
        var second = Positions(sections, Second);
        if (first.Count == 0 || second.Count == 0)
        {
            return;
        }

        var reported = System.Math.Max(first[0], second[0]);
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(FirstArguments, DiagnosticProperties.Join(first.Select(i => i.ToString(CultureInfo.InvariantCulture))))
            .Add(SecondArguments, DiagnosticProperties.Join(second.Select(i => i.ToString(CultureInfo.InvariantCulture))))
            .Add(FirstSection, First)
            .Add(SecondSection, Second);
        var location = AttributeLocations.Argument(exempt, reported, field.Locations[0], context.CancellationToken);
        context.ReportDiagnostic(FoiDiagnostic.Create(PairRule, location, null, properties, number, field.Name));
    }

    private static List<int> Positions(List<string?> sections, string section) =>
        sections.Select((s, i) => (s, i)).Where(p => p.s == section).Select(p => p.i).ToList();
}
