using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0015: FOIA s16 requires advice and assistance so far as reasonable, and after a cost refusal
/// (s12) that means saying what could be provided within the limit or how the request could be
/// narrowed. Leaving it out is a separate breach of s16.
/// </summary>
[Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CostRefusalWithoutAdviceAnalyzer : ResponseRuleAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.CostRefusalWithoutAdvice,
        title: "Cost refusal without advice and assistance",
        messageFormat: "{0} is refused under {1} (cost limit) but the response gives no advice and assistance ({2}): call AdviceAndAssistance(...) before Build() saying what could be provided within the limit or how to narrow the request",
        RuleIds.ResponseCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A refusal on grounds of cost should help the requester make a request that can be answered within the appropriate limit.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.CostRefusalWithoutAdvice));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Analyze(BuildSite site)
    {
        if (site.Request.CostGround is { } refusal && !site.Chain.CallsMethod(KnownNames.AdviceAndAssistance))
        {
            site.Context.ReportDiagnostic(FoiDiagnostic.Create(Rule, site.Location, site.Request.Reference, refusal.Citation, FoiDsl.Generators.Catalogue.RegimeDefinition.For(refusal.Regime).Cites.Advice));
        }
    }
}
