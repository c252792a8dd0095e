using System.Collections.Immutable;
using System.Linq;
using FoiDsl.Generators.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0006: a refusal notice must name the exemption relied on (FOIA s17(1)(b)), so every citation
/// must name a real Part II exemption: an existing section and subsection, not a
/// neither-confirm-nor-deny provision, not s25 (which only supplements ss.23–24), and not a
/// procedural ground such as s12.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnknownExemptionAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.UnknownExemption,
        title: "Not a citable exemption",
        messageFormat: "'{0}' cannot be claimed: {1}",
        RuleIds.RequestCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Grounds are cited from the catalogue of the regime they are claimed under: FOIA Part II (Exemptions.S24, Exemptions.S31 + \"(a)\", \"s40(3B)\"), EIR regs 12 and 13 (Eir.R12_5_a), FOISA Part 2 (Foisa.S35), EIR (Scotland) regs 10 and 11 (EirScotland.R10_5_a).",
        helpLinkUri: RuleIds.HelpUri(RuleIds.UnknownExemption));

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

            start.RegisterSymbolAction(ctx => AnalyzeField(ctx, dsl), SymbolKind.Field);
            start.RegisterSymbolAction(ctx => AnalyzeRefusal(ctx, dsl), SymbolKind.NamedType);
            start.RegisterOperationAction(AnalyzeBuilderCall, OperationKind.Invocation);
        });
    }

    /// <summary>The problem with <paramref name="citation"/>, or null when it names a Part II exemption.</summary>
    internal static string? Problem(string citation, Regime regime)
    {
        var resolution = ExemptionCatalogue.Resolve(citation, regime);
        return resolution.Exemption switch
        {
            null => resolution.Problem,
            { Kind: GroundKind.ProceduralGround } ground =>
                $"{resolution.Canonical} ({ground.Title}) is a procedural ground for refusing a whole request, not an exemption that withholds the answer to a question",
            _ => null,
        };
    }

    /// <summary>For a citation of another regime than <paramref name="regime"/>, the counterpart to cite instead, for the code fix; else no properties.</summary>
    private static ImmutableDictionary<string, string?> CounterpartOf(string citation, Regime regime) =>
        ExemptionCatalogue.OtherRegime(citation, regime)?.Counterpart is { } counterpart
            ? ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Counterpart, RegimeDefinition.For(counterpart.Regime).Typed(counterpart.Provision))
            : ImmutableDictionary<string, string?>.Empty;

    private static void AnalyzeField(SymbolAnalysisContext context, DslSymbols dsl)
    {
        var field = (IFieldSymbol)context.Symbol;
        var regime = RequestParser.RegimeOf(field);
        AnalyzeCitations(context, dsl, field.GetAttributes(), field.Locations[0], regime);
        if (DslSymbols.Find(field, dsl.ExceedsCostLimit) is { } cost && RequestParser.CostRefusalOf(cost, regime) is { IsValid: false })
        {
            // s14 (vexatious, repeated) is about a request as a whole; a question can only cost too much (s12).
            var ground = cost.ConstructorArguments.Length > 0 ? cost.ConstructorArguments[0].Value as string : "s12(1)";
            var resolution = ExemptionCatalogue.ResolveProceduralGround(ground, regime);
            var problem = resolution.IsResolved
                ? $"{resolution.Canonical} refuses a whole request, not one question: cite s12(1) or s12(2) in [ExceedsCostLimit], or refuse the request with [RefuseRequest]"
                : resolution.Problem!.TrimEnd('.');
            var location = cost.ConstructorArguments.Length > 0 ? AttributeLocations.Argument(cost, 0, field.Locations[0], context.CancellationToken) : cost.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? field.Locations[0];
            context.ReportDiagnostic(FoiDiagnostic.Create(Rule, location, ground ?? string.Empty, problem));
        }
    }

    /// <summary>Reports the citations of every [Exempt] and [NeitherConfirmNorDeny] among <paramref name="attributes"/> (of a question, or of a request neither confirmed nor denied as a whole) that name nothing.</summary>
    private static void AnalyzeCitations(SymbolAnalysisContext context, DslSymbols dsl, ImmutableArray<AttributeData> attributes, Location fallback, Regime regime)
    {
        foreach (var (attribute, index, citation, withholds) in CitationArguments.InAttributes(attributes, dsl))
        {
            // A known exemption without an NCND limb is FOI0012's; here only citations that name nothing.
            var problem = withholds ? Problem(citation, regime)
                : ExemptionCatalogue.ResolveNeitherConfirmNorDeny(citation, regime) is { IsResolved: false } ncnd && ExemptionCatalogue.Resolve(citation, regime).Exemption is null ? ncnd.Problem
                : null;
            if (problem is not null)
            {
                var location = AttributeLocations.Argument(attribute, index, fallback, context.CancellationToken);
                context.ReportDiagnostic(FoiDiagnostic.Create(Rule, location, null, CounterpartOf(citation, regime), citation, problem.TrimEnd('.')));
            }
        }
    }

    private static void AnalyzeRefusal(SymbolAnalysisContext context, DslSymbols dsl)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var regime = RequestParser.RegimeOf(type);
        AnalyzeCitations(context, dsl, type.GetAttributes(), type.Locations[0], regime);
        var attribute = DslSymbols.Find(type, dsl.RefuseRequest);
        var ground = attribute?.ConstructorArguments.FirstOrDefault().Value as string;
        if (attribute is not null && ExemptionCatalogue.ResolveProceduralGround(ground, regime) is { IsResolved: false, Problem: { } problem })
        {
            var location = AttributeLocations.Argument(attribute, 0, type.Locations[0], context.CancellationToken);
            context.ReportDiagnostic(FoiDiagnostic.Create(Rule, location, ground ?? string.Empty, problem.TrimEnd('.')));
        }
    }

    private static void AnalyzeBuilderCall(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        Regime? request = null; // read only for a builder call that cites something: most invocations are not
        foreach (var (written, citation) in CitationArguments.Of(invocation, KnownNames.PublicInterestTest, KnownNames.EvidenceOfHarm))
        {
            // A section may cite the exemption (s24(1)) or, for neither confirm nor deny, its NCND provision (s24(2)).
            request ??= RequestParser.RegimeOfBuilder(invocation.TargetMethod.ContainingType);
            var regime = RegimeDefinition.ForCitation(request.Value, citation);
            if (ExemptionCatalogue.ResolveSection(citation, regime) is { NeitherConfirmNorDeny: true })
            {
                continue;
            }

            if (Problem(citation, regime) is { } problem)
            {
                context.ReportDiagnostic(FoiDiagnostic.Create(Rule, written.Syntax.GetLocation(), null, CounterpartOf(citation, regime), citation, problem.TrimEnd('.')));
            }
        }
    }
}
