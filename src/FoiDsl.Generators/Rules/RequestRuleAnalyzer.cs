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
            var requestAttribute = start.Compilation.GetTypeByMetadataName(KnownNames.FoiRequestAttribute);
            if (requestAttribute is null)
            {
                return;
            }

            start.RegisterSymbolAction(
                ctx =>
                {
                    var type = (INamedTypeSymbol)ctx.Symbol;
                    if (RequestParser.FindRequestAttribute(type, requestAttribute) is { } attribute)
                    {
                        Analyze(ctx, type, attribute);
                    }
                },
                SymbolKind.NamedType);
        });
    }

    /// <summary>Checks one request class.</summary>
    private protected abstract void Analyze(SymbolAnalysisContext context, INamedTypeSymbol request, AttributeData requestAttribute);
}
