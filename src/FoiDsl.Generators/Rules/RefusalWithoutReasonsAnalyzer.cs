using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0025: a notice under s17(5) need only state that s12 or s14 applies, but the ICO expects it to
/// say why: for s12 the estimate of the cost, for s14 why the request is vexatious or repeated. A
/// requester given no reasons cannot narrow the request or challenge the refusal. A warning, since
/// the Act does not require the reasons.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RefusalWithoutReasonsAnalyzer : ResponseRuleAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.RefusalWithoutReasons,
        title: "Refusal gives no reasons",
        messageFormat: "{0} is refused under {1} but the response does not say why: call RefusalReasons(...) before Build() ({2}){3}",
        RuleIds.ResponseCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A refusal under s12 or s14 should explain itself: the cost estimate, or why the request is vexatious or repeated.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.RefusalWithoutReasons));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Analyze(BuildSite site)
    {
        if ((site.Request.Refusal ?? site.Request.CostGround) is not { IsValid: true } refusal
            || site.Chain.CallsMethod(KnownNames.RefusalReasons)
            || (refusal.HasCostEstimate && site.Chain.CallsMethod(KnownNames.CostEstimate)))
        {
            return;
        }

        var what = refusal.IsCostRefusal
            ? "for s12, the estimate: the activities, the time each takes, and the appropriate limit"
            : "for s14, why the request is vexatious or repeats an earlier one";
        var estimate = refusal.HasCostEstimate ? ", or give the estimate with CostEstimate(...)" : string.Empty;
        site.Context.ReportDiagnostic(FoiDiagnostic.Create(Rule, site.Location, site.Request.Reference, refusal.Citation, what, estimate));
    }
}
