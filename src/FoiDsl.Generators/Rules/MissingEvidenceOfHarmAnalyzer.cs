using System.Collections.Immutable;
using System.Linq;
using FoiDsl.Generators.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0003: a prejudice-based exemption (and s38, whose test is endangerment) is engaged only if
/// disclosure would, or would be likely to, cause the harm it protects against. The response must
/// show that harm, or the exemption is not made out (FOIA s17(1)(c) reasons).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingEvidenceOfHarmAnalyzer : ResponseRuleAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.MissingEvidenceOfHarm,
        title: "Prejudice-based exemption has no evidence of harm",
        messageFormat: "{0} is claimed for {1} and applies only if disclosure would, or would be likely to, cause harm: call EvidenceOfHarm([\"{2}\"], HarmLikelihood.Would or HarmLikelihood.WouldBeLikelyTo, ...) before Build() to show that harm",
        RuleIds.ResponseCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Prejudice-based exemptions need evidence of harm: what would be harmed, how disclosure would cause it, and how likely it is.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.MissingEvidenceOfHarm));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Analyze(BuildSite site)
    {
        var given = site.Chain.CitationsPassedTo(KnownNames.EvidenceOfHarm, site.Context.CancellationToken);
        if (given is null)
        {
            return; // the harm names its exemptions at run time: Build() checks it
        }

        var covered = given.SelectMany(c => c).Select(c => ExemptionCatalogue.Resolve(c).Exemption?.Id).ToImmutableHashSet();
        foreach (var claim in site.Request.ExemptionsClaimed())
        {
            if (claim.Exemption.RequiresEvidenceOfHarm && !covered.Contains(claim.Exemption.Id))
            {
                site.Report(Rule, claim.Questions[0], claim.ToString(), claim.QuestionLabels, claim.Citation);
            }
        }
    }
}
