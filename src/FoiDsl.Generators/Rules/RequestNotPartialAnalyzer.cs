using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0005: the generator adds the request's definition and response builder to the class
/// itself, which C# allows only for <c>partial</c> classes (and partial containing types).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RequestNotPartialAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.RequestNotPartial,
        title: "FOI request class must be partial",
        messageFormat: "'{0}' must be declared partial so FoiDsl can add the response builder for {1}",
        RuleIds.RequestCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A [FoiRequest] class, and every class it is nested in, must be partial; without it no response builder is generated.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.RequestNotPartial));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var requestAttribute = DslSymbols.Resolve(start.Compilation)?.FoiRequest;
            if (requestAttribute is not null)
            {
                start.RegisterSymbolAction(ctx => Analyze(ctx, requestAttribute), SymbolKind.NamedType);
            }
        });
    }

    /// <summary>
    /// Reports each type on its own declaration (so the report stays local to the type): a request
    /// class that is not partial, and a class holding a request that is not partial.
    /// </summary>
    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol requestAttribute)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var request = FindRequest(type, requestAttribute);
        if (request is null)
        {
            return;
        }

        foreach (var declaration in type.DeclaringSyntaxReferences.Select(r => r.GetSyntax(context.CancellationToken)).OfType<TypeDeclarationSyntax>())
        {
            if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                context.ReportDiagnostic(FoiDiagnostic.Create(Rule, declaration.Identifier.GetLocation(), type.Name, request));
            }
        }
    }

    /// <summary>The reference of the request <paramref name="type"/> is, or holds; null when it is neither.</summary>
    private static string? FindRequest(INamedTypeSymbol type, INamedTypeSymbol requestAttribute)
    {
        if (DslSymbols.Find(type, requestAttribute) is { } attribute)
        {
            return attribute.ConstructorArguments.FirstOrDefault().Value as string ?? type.Name;
        }

        return type.GetTypeMembers().Select(nested => FindRequest(nested, requestAttribute)).FirstOrDefault(reference => reference is not null);
    }
}
