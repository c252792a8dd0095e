using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0019: the generator gives every request class a <c>Request</c> definition, a <c>Respond()</c>
/// method and a nested <c>ResponseBuilder</c> with one method per question and one per section. A
/// generic class, one nested in a generic type, or a name that collides with those members cannot
/// get a builder; this rule says so on the declaration instead of leaving errors inside generated code.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnsupportedRequestShapeAnalyzer : RequestRuleAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.UnsupportedRequestShape,
        title: "Request class cannot get a response builder",
        messageFormat: "No response builder can be generated for this request: {0}",
        RuleIds.RequestCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A request class is a non-generic class (or record), not nested in a generic type, whose names do not collide with the members FoiDsl generates.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.UnsupportedRequestShape));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Analyze(SymbolAnalysisContext context, DslSymbols dsl, INamedTypeSymbol request, AttributeData requestAttribute)
    {
        foreach (var (location, problem) in RequestShape.Problems(request))
        {
            context.ReportDiagnostic(FoiDiagnostic.Create(Rule, location, problem));
        }
    }
}
