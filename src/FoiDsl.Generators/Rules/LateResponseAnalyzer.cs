using System.Collections.Immutable;
using System.Linq;
using FoiDsl.Generators.Clock;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0034: the response is dated after its due date — the 20th working day after receipt (FOIA
/// s10(1), counted as s10(6) says), or the date given in a valid s10(3) extension — and does not say
/// why. A late response is still sent, but it says that it is late and why, and apologises; the
/// requester may complain to the Information Commissioner about the delay. Checked where the dates
/// are constants; <c>Build()</c> refuses the same otherwise.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LateResponseAnalyzer : ResponseRuleAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.LateResponse,
        title: "Late response does not say why",
        messageFormat: "{0}: {1}; say why and apologise with ReasonsForDelay(...) before Build(), and the letter will state that it is late",
        RuleIds.ResponseCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A response dated after its due date (FOIA s10(1), EIR reg 5(2), FOISA s10(1), EIR (Scotland) reg 5(2)(a)) must say that it is late and why.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.LateResponse));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Analyze(BuildSite site)
    {
        if (ResponseDates.Assess(site) is { IsLate: true } timeliness && !site.Chain.CallsMethod(KnownNames.ReasonsForDelay))
        {
            site.Report(Rule, site.Request.Reference, timeliness.Problems.First(p => p.Kind == TimelinessProblemKind.Late).Message.TrimEnd('.'));
        }
    }
}
