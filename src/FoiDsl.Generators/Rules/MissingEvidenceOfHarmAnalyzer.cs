using System.Collections.Immutable;
using FoiDsl.Generators.Catalogue;
using FoiDsl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0003: a prejudice-based exemption (and s38, whose test is endangerment) is engaged only if
/// disclosure would, or would be likely to, cause the harm it protects against. The response must
/// show that harm, or the exemption is not made out (FOIA s17(1)(c) reasons).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingEvidenceOfHarmAnalyzer : MissingSectionRuleAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.MissingEvidenceOfHarm,
        title: "Prejudice-based exemption has no evidence of harm",
        messageFormat: "{0} is claimed for {1} and applies only if {3} would, or would be likely to, cause harm: call EvidenceOfHarm([{2}], HarmLikelihood.Would or HarmLikelihood.WouldBeLikelyTo, ...) before Build() to show that harm",
        RuleIds.ResponseCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Prejudice-based exemptions need evidence of harm: what would be harmed, how disclosure would cause it, and how likely it is.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.MissingEvidenceOfHarm));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override string SectionMethod => KnownNames.EvidenceOfHarm;

    private protected override bool Requires(ClaimSpec claim) => claim.Exemption.RequiresEvidenceOfHarm;
}
