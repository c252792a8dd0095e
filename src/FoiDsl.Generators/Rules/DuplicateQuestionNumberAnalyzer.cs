using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0004: question numbers identify questions in the response ("Q2, Q3, Q4. N/A") and in any
/// review or complaint, so each number must name one question.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicateQuestionNumberAnalyzer : RequestRuleAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.DuplicateQuestionNumber,
        title: "Two questions share a number",
        messageFormat: "Question number {0} is already used by {1}; give {2} its own number",
        RuleIds.RequestCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Each question of a request needs its own number, as the requester numbered them.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.DuplicateQuestionNumber));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Analyze(SymbolAnalysisContext context, DslSymbols dsl, INamedTypeSymbol type, AttributeData requestAttribute)
    {
        var seen = new Dictionary<int, IFieldSymbol>();
        var fields = type.GetMembers().OfType<IFieldSymbol>().OrderBy(f => f.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0);
        foreach (var field in fields)
        {
            var attribute = DslSymbols.Find(field, dsl.Question);
            if (attribute is null || (attribute.ConstructorArguments.Length == 0 ? 1 : attribute.ConstructorArguments[0].Value) is not int number)
            {
                continue; // [Question] with no number is question 1: a second question makes it a duplicate
            }

            if (seen.TryGetValue(number, out var first))
            {
                var location = AttributeLocations.Argument(attribute, 0, field.Locations[0], context.CancellationToken);
                context.ReportDiagnostic(FoiDiagnostic.Create(Rule, location, new[] { first.Locations[0] }, number, first.Name, field.Name));
            }
            else
            {
                seen.Add(number, field);
            }
        }
    }
}
