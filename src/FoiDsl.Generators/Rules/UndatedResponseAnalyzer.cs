using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0035: the request has a date of receipt but the response has no date (<c>RespondedOn(...)</c>).
/// The date of a response is what the FOIA s10 time limit is judged by, and what a requester quotes
/// when asking for a review; an undated letter cannot be checked for lateness. A warning, since the
/// date may be set where the compiler cannot see it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UndatedResponseAnalyzer : ResponseRuleAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.UndatedResponse,
        title: "Response is not dated",
        messageFormat: "The response to {0} has no date: call RespondedOn(...) before Build() so the letter is dated and its timeliness ({1}) can be checked",
        RuleIds.ResponseCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Every response states its date; the time limit (FOIA s10, EIR reg 5(2), FOISA s10) is judged by it.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.UndatedResponse));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Analyze(BuildSite site)
    {
        if (site.Request.Received is not null && !site.Chain.CallsMethod(KnownNames.RespondedOn))
        {
            site.Report(Rule, site.Request.Reference, site.Request.Cite(c => c.Cites.TimeLimit));
        }
    }
}
