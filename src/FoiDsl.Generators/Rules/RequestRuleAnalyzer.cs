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
            if (ResponseAnalysis.For(start.Compilation).Symbols is not { } dsl)
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

            if (ChecksAuthorityProfile && start.Compilation.GetTypeByMetadataName(KnownNames.FoiAuthorityAttribute) is { } profileAttribute)
            {
                start.RegisterSyntaxNodeAction(ctx => AnalyzeProfile(ctx, profileAttribute), Microsoft.CodeAnalysis.CSharp.SyntaxKind.AttributeList);
            }
        });
    }

    /// <summary>True for the rule that checks the assembly's <c>[assembly: FoiAuthority(...)]</c>.</summary>
    private protected virtual bool ChecksAuthorityProfile => false;

    /// <summary>Checks the assembly's authority profile; called for the attribute list that declares it.</summary>
    private protected virtual void AnalyzeProfile(SyntaxNodeAnalysisContext context, AttributeData profile)
    {
    }

    private void AnalyzeProfile(SyntaxNodeAnalysisContext context, INamedTypeSymbol profileAttribute)
    {
        var list = (Microsoft.CodeAnalysis.CSharp.Syntax.AttributeListSyntax)context.Node;
        if (list.Target?.Identifier.ValueText != "assembly")
        {
            return;
        }

        foreach (var attribute in context.Compilation.Assembly.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, profileAttribute)
                && attribute.ApplicationSyntaxReference is { } reference && reference.SyntaxTree == list.SyntaxTree && list.Span.Contains(reference.Span))
            {
                AnalyzeProfile(context, attribute);
            }
        }
    }

    /// <summary>Checks one request class.</summary>
    private protected abstract void Analyze(SymbolAnalysisContext context, DslSymbols dsl, INamedTypeSymbol request, AttributeData requestAttribute);
}
