using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using FoiDsl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0036: a method marked <c>[ResponseTo(typeof(X))]</c> cannot be listed in the generated
/// <c>FoiResponses.All</c>: it is not <c>static FoiResponse M()</c> or <c>static ResponseLetter M()</c>, it is not reachable, <c>X</c> is not
/// a request that gets a builder, or two methods answer the same request. A host reading the list
/// would otherwise miss the response without a word.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidResponseMethodAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.InvalidResponseMethod,
        title: "Response method cannot be listed",
        messageFormat: "'{0}' cannot be listed as a response: {1}",
        RuleIds.ResponseCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A [ResponseTo] method is 'static FoiResponse Write()' or 'static ResponseLetter Write()', reachable from the assembly, and the only response to a [FoiRequest] class of the same assembly.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.InvalidResponseMethod),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(KnownNames.ResponseToAttribute) is not { } responseTo)
            {
                return;
            }

            var answered = new ConcurrentDictionary<INamedTypeSymbol, ConcurrentBag<IMethodSymbol>>(SymbolEqualityComparer.Default);
            var shared = ResponseAnalysis.For(start.Compilation); // each request read once, with the response rules
            start.RegisterSymbolAction(ctx => Analyze(ctx, responseTo, answered, shared), SymbolKind.Method);
            start.RegisterCompilationEndAction(ctx =>
            {
                foreach (var methods in answered.Values.Where(m => m.Count > 1))
                {
                    var names = string.Join(" and ", methods.Select(m => m.ContainingType.Name + "." + m.Name).OrderBy(n => n, System.StringComparer.Ordinal));
                    foreach (var method in methods)
                    {
                        ctx.ReportDiagnostic(FoiDiagnostic.Create(Rule, method.Locations[0], method.Name, $"{names} answer the same request; keep one"));
                    }
                }
            });
        });
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol responseTo, ConcurrentDictionary<INamedTypeSymbol, ConcurrentBag<IMethodSymbol>> answered, ResponseAnalysis shared)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (method.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, responseTo)) is not { } attribute)
        {
            return;
        }

        if (ResponseMethodSpec.ProblemOf(method, attribute, (request, _) => shared.Request(request, context.CancellationToken)) is { } problem)
        {
            var location = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? method.Locations[0];
            context.ReportDiagnostic(FoiDiagnostic.Create(Rule, location, method.Name, problem));
            return;
        }

        answered.GetOrAdd(ResponseMethodSpec.RequestOf(attribute)!, _ => new ConcurrentBag<IMethodSymbol>()).Add(method);
    }
}
