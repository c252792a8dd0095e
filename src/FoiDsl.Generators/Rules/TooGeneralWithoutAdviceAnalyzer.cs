using System.Collections.Immutable;
using System.Linq;
using FoiDsl.Generators.Catalogue;
using Microsoft.CodeAnalysis;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0038: EIR reg 12(4)(c) (EIR (Scotland) reg 10(4)(c)) — a request formulated in too general a manner
/// may be refused only after the authority has given advice and assistance under reg 9 to help the
/// requester make it more particular. A response relying on it that records no advice is a warning.
/// </summary>
[Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TooGeneralWithoutAdviceAnalyzer : ResponseRuleAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.TooGeneralWithoutAdvice,
        title: "Too general a request refused without advice and assistance",
        messageFormat: "{0} is withheld under {1} but the response records no advice and assistance ({2}): call AdviceAndAssistance(...) before Build() saying how you helped the requester make the request more particular",
        RuleIds.ResponseCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The exception for requests formulated in too general a manner applies only once the authority has helped the requester to make the request more particular.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.TooGeneralWithoutAdvice));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Analyze(BuildSite site)
    {
        if (site.Chain.CallsMethod(KnownNames.AdviceAndAssistance))
        {
            return;
        }

        foreach (var claim in site.Request.ExemptionsClaimed().Where(c => EnvironmentalCatalogue.IsTooGeneral(c.Exemption)))
        {
            // Only the environmental regimes have the exception, and each names its advice provision.
            site.Report(Rule, claim.Questions[0], ImmutableDictionary<string, string?>.Empty, claim.QuestionLabels, claim.ToString(), RegimeDefinition.For(claim.Regime).Cites.Advice);
        }
    }
}
