using System.Collections.Immutable;
using System.Linq;
using FoiDsl.Generators.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0039: FOIA s39 (FOISA s39(2)) exempts environmental information from the Act only because the
/// Environmental Information Regulations 2004 (EIR (Scotland) 2004) govern it: the authority must still
/// deal with the request for it under the regulations. A question withheld under s39 is answered under the
/// wrong regime; it should be answered under the EIR, citing an EIR exception if anything is withheld.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EnvironmentalInformationUnderWrongRegimeAnalyzer : RequestRuleAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.EnvironmentalInformationUnderWrongRegime,
        title: "Environmental information withheld under the general regime",
        messageFormat: "'{0}' cites {1}, which only routes environmental information to the {2}: answer the question under them with [Question({3}, Regime = Regime.{4})], and cite an exception of theirs for anything withheld",
        RuleIds.RequestCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Environmental information is dealt with under the Environmental Information Regulations, not withheld under the Act's environmental information exemption.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.EnvironmentalInformationUnderWrongRegime));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Analyze(SymbolAnalysisContext context, DslSymbols dsl, INamedTypeSymbol request, AttributeData requestAttribute)
    {
        foreach (var field in request.GetMembers().OfType<IFieldSymbol>())
        {
            if (DslSymbols.Find(field, dsl.Question) is not { } question)
            {
                continue;
            }

            var regime = RegimeDefinition.For(RequestParser.RegimeOf(field));
            foreach (var (attribute, index, citation, withholds) in CitationArguments.InAttributes(field.GetAttributes(), dsl))
            {
                var resolution = withholds ? ExemptionCatalogue.Resolve(citation, regime.Regime) : ExemptionCatalogue.ResolveNeitherConfirmNorDeny(citation, regime.Regime);
                if (resolution.Exemption is { } entry && RegimeDefinition.RoutesToEnvironmentalRegime(entry) && regime.EnvironmentalRegime is { } environmental)
                {
                    var number = question.ConstructorArguments.Length > 0 && question.ConstructorArguments[0].Value is int n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "n";
                    var location = AttributeLocations.Argument(attribute, index, field.Locations[0], context.CancellationToken);
                    context.ReportDiagnostic(FoiDiagnostic.Create(Rule, location, field.Name, $"{resolution.Canonical} – {entry.Title}", RegimeDefinition.For(environmental).Name, number, environmental));
                }
            }
        }
    }
}
