using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Generators.Rules;

/// <summary>Base of the rules that check a <c>[FoiRequest]</c> class declaration.</summary>
public abstract class RequestRuleAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (DslSymbols.Resolve(start.Compilation) is not { } dsl)
            {
                return;
            }

            start.RegisterSymbolAction(
                ctx =>
                {
                    var type = (INamedTypeSymbol)ctx.Symbol;
                    if (DslSymbols.Find(type, dsl.FoiRequest) is { } attribute)
                    {
                        Analyze(ctx, dsl, type, attribute);
                    }
                },
                SymbolKind.NamedType);
        });
    }

    /// <summary>Checks one request class.</summary>
    private protected abstract void Analyze(SymbolAnalysisContext context, DslSymbols dsl, INamedTypeSymbol request, AttributeData requestAttribute);
}
