using System.Collections.Immutable;
using System.Linq;
using FoiDsl.Generators.Clock;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0033: the dates that run the FOIA clock (s10) cannot all be true: the response is dated before
/// the request was received, a clarification (s1(3)) or fees notice (s9, s10(2)) comes before receipt
/// or out of order, or a public interest extension (s10(3)) was notified after the time had run out
/// or extends nothing. Checked where the dates are constants; <c>Build()</c> refuses the same.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ImpossibleResponseDatesAnalyzer : ResponseRuleAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.ImpossibleResponseDates,
        title: "Impossible response dates",
        messageFormat: "{0}: {1}",
        RuleIds.ResponseCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The date of the response, of receipt, of a clarification, of a fees notice and of a public interest extension must fall in an order that can happen.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.ImpossibleResponseDates));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Analyze(BuildSite site)
    {
        if (ResponseDates.Assess(site) is not { } timeliness)
        {
            return;
        }

        foreach (var problem in timeliness.Problems.Where(p => p.Severity == TimelinessSeverity.Error && p.Kind != TimelinessProblemKind.Late))
        {
            site.Report(Rule, site.Request.Reference, problem.Message.TrimEnd('.'));
        }
    }
}
