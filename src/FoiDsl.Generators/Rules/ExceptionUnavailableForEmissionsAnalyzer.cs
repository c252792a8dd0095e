using System.Collections.Immutable;
using System.Linq;
using FoiDsl.Generators.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0037: EIR reg 12(9) (EIR (Scotland) reg 10(6)) — to the extent that the information requested is
/// on emissions, an authority may not refuse it under reg 12(5)(d) to (g) (10(5)(d) to (g)). A question
/// marked <c>[Question(..., OnEmissions = true)]</c> that claims one of them is an error.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ExceptionUnavailableForEmissionsAnalyzer : RequestRuleAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.ExceptionUnavailableForEmissions,
        title: "Exception unavailable for information on emissions",
        messageFormat: "'{0}' asks for information on emissions, which {1} cannot withhold ({2}): remove it, or rely on an exception that applies to emissions",
        RuleIds.RequestCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Information on emissions cannot be withheld under the confidentiality of proceedings, commercial confidentiality, the interests of a voluntary supplier or the protection of the environment.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.ExceptionUnavailableForEmissions));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Analyze(SymbolAnalysisContext context, DslSymbols dsl, INamedTypeSymbol request, AttributeData requestAttribute)
    {
        foreach (var field in request.GetMembers().OfType<IFieldSymbol>())
        {
            if (DslSymbols.Find(field, dsl.Question) is not { } question || !RequestParser.IsOnEmissions(question))
            {
                continue;
            }

            var regime = RequestParser.RegimeOf(field);
            foreach (var (attribute, index, citation, withholds) in CitationArguments.InAttributes(field.GetAttributes(), dsl))
            {
                var resolution = withholds ? ExemptionCatalogue.Resolve(citation, regime) : ExemptionCatalogue.ResolveNeitherConfirmNorDeny(citation, regime);
                if (resolution.Exemption is { } exception && EnvironmentalCatalogue.UnavailableForEmissions(exception))
                {
                    var location = AttributeLocations.Argument(attribute, index, field.Locations[0], context.CancellationToken);
                    context.ReportDiagnostic(FoiDiagnostic.Create(Rule, location, field.Name, exception.ToString(), RegimeDefinition.For(exception.Regime).EmissionsProvision));
                }
            }
        }
    }
}
