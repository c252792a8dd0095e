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
public sealed class RequestNotPartialAnalyzer : RequestRuleAnalyzer
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

    private protected override void Analyze(SymbolAnalysisContext context, INamedTypeSymbol type, AttributeData attribute)
    {
        var reference = attribute.ConstructorArguments.FirstOrDefault().Value as string ?? type.Name;
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            foreach (var declaration in current.DeclaringSyntaxReferences.Select(r => r.GetSyntax(context.CancellationToken)).OfType<TypeDeclarationSyntax>())
            {
                if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, declaration.Identifier.GetLocation(), current.Name, reference));
                }
            }
        }
    }
}
