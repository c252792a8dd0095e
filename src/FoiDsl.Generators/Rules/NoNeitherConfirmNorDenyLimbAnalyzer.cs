using System.Collections.Immutable;
using System.Linq;
using FoiDsl.Generators.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0012: the duty to confirm or deny (FOIA s1(1)(a)) is excluded only by an exemption's own
/// neither-confirm-nor-deny limb, such as s24(2) or s31(3). Some exemptions have none: s21
/// (say where the information is) and s43(1) trade secrets. A question cannot both withhold
/// information, which confirms it is held, and neither confirm nor deny holding it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NoNeitherConfirmNorDenyLimbAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.NoNeitherConfirmNorDenyLimb,
        title: "Neither confirm nor deny needs an exemption with an NCND limb",
        messageFormat: "{0}",
        RuleIds.RequestCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "[NeitherConfirmNorDeny] cites exemptions whose neither-confirm-nor-deny limb excludes the duty to confirm or deny (s1(1)(a)); a question either withholds information or neither confirms nor denies holding it.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.NoNeitherConfirmNorDenyLimb));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (DslSymbols.Resolve(start.Compilation) is { } dsl)
            {
                start.RegisterSymbolAction(ctx => Analyze(ctx, dsl), SymbolKind.Field);
                start.RegisterSymbolAction(ctx => AnalyzeWholeRequest(ctx, dsl), SymbolKind.NamedType);
            }
        });
    }

    /// <summary>A request neither confirmed nor denied as a whole: its citations need NCND limbs, and no question may withhold or claim NCND of its own.</summary>
    private static void AnalyzeWholeRequest(SymbolAnalysisContext context, DslSymbols dsl)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var ncnd = DslSymbols.Find(type, dsl.NeitherConfirmNorDeny);
        if (ncnd is null)
        {
            return;
        }

        ReportCitationsWithoutLimb(context, ncnd, type.Locations[0], RequestParser.RegimeOf(type));
        foreach (var field in type.GetMembers().OfType<IFieldSymbol>())
        {
            var own = DslSymbols.Find(field, dsl.Exempt) ?? DslSymbols.Find(field, dsl.NeitherConfirmNorDeny) ?? DslSymbols.Find(field, dsl.ExceedsCostLimit);
            if (own is not null)
            {
                var location = own.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? field.Locations[0];
                context.ReportDiagnostic(FoiDiagnostic.Create(Rule, location,
                    $"'{field.Name}' has an attribute of its own, but the request neither confirms nor denies holding any of the information it asks for ([NeitherConfirmNorDeny] on '{type.Name}'): remove it, or move [NeitherConfirmNorDeny] from the class to the questions it covers"));
            }
        }
    }

    private static void Analyze(SymbolAnalysisContext context, DslSymbols dsl)
    {
        var field = (IFieldSymbol)context.Symbol;
        var ncnd = DslSymbols.Find(field, dsl.NeitherConfirmNorDeny);
        if (ncnd is null)
        {
            return;
        }

        if (DslSymbols.Find(field, dsl.Exempt) is not null)
        {
            var location = ncnd.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? field.Locations[0];
            context.ReportDiagnostic(FoiDiagnostic.Create(Rule, location,
                $"'{field.Name}' both withholds information under [Exempt], which confirms it is held, and neither confirms nor denies holding it: keep one of the two attributes"));
        }

        ReportCitationsWithoutLimb(context, ncnd, field.Locations[0], RequestParser.RegimeOf(field));
    }

    private static void ReportCitationsWithoutLimb(SymbolAnalysisContext context, AttributeData ncnd, Location fallback, Regime regime)
    {
        var index = 0;
        foreach (var citation in RequestParser.ExemptCitations(ncnd))
        {
            // Citations that name no exemption at all are FOI0006's.
            if (ExemptionCatalogue.Resolve(citation, regime).Exemption is not null
                && ExemptionCatalogue.ResolveNeitherConfirmNorDeny(citation, regime) is { IsResolved: false, Problem: { } problem })
            {
                var location = AttributeLocations.Argument(ncnd, index, fallback, context.CancellationToken);
                context.ReportDiagnostic(FoiDiagnostic.Create(Rule, location, problem.TrimEnd('.')));
            }

            index++;
        }
    }
}
