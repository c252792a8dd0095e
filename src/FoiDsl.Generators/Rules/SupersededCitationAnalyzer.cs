using System.Collections.Immutable;
using System.Linq;
using FoiDsl.Generators.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0024: the Data Protection Act 2018 (Sch 19 para 58) rewrote s40 FOIA, and many templates still
/// cite the old subsections ("s40(5)", "s40(3)(a)(i)"). They are accepted and resolved to today's
/// provision, which is what the response prints; this warning names it so the source can say it too.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SupersededCitationAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.SupersededCitation,
        title: "Citation of a provision the Act no longer has",
        messageFormat: "'{0}' is how s40 read before the Data Protection Act 2018; today's provision is {1}, which the response prints: cite \"{1}\"",
        RuleIds.RequestCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Cite s40 as amended by the Data Protection Act 2018: s40(3A), s40(3B), s40(4A), s40(5A), s40(5B).",
        helpLinkUri: RuleIds.HelpUri(RuleIds.SupersededCitation));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (DslSymbols.Resolve(start.Compilation) is not { } dsl)
            {
                return;
            }

            start.RegisterSymbolAction(ctx => AnalyzeAttributes(ctx, dsl, ctx.Symbol.GetAttributes()), SymbolKind.Field, SymbolKind.NamedType);
            start.RegisterOperationAction(AnalyzeBuilderCall, OperationKind.Invocation);
        });
    }

    private static void AnalyzeAttributes(SymbolAnalysisContext context, DslSymbols dsl, ImmutableArray<AttributeData> attributes)
    {
        foreach (var (attribute, index, citation, _) in CitationArguments.InAttributes(attributes, dsl))
        {
            if (ExemptionCatalogue.Current(citation) is { } current)
            {
                var location = AttributeLocations.Argument(attribute, index, context.Symbol.Locations[0], context.CancellationToken);
                context.ReportDiagnostic(FoiDiagnostic.Create(Rule, location, citation, current.Today));
            }
        }
    }

    private static void AnalyzeBuilderCall(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        foreach (var (written, citation) in CitationArguments.Of(invocation, KnownNames.PublicInterestTest, KnownNames.EvidenceOfHarm, KnownNames.WhyExempt, KnownNames.ReasonsNotStated))
        {
            if (ExemptionCatalogue.Current(citation) is { } current)
            {
                context.ReportDiagnostic(FoiDiagnostic.Create(Rule, written.Syntax.GetLocation(), citation, current.Today));
            }
        }
    }
}
