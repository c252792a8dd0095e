using System.Collections.Immutable;
using System.Linq;
using FoiDsl.Generators.Catalogue;
using FoiDsl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0021: a refusal notice must say why each exemption it relies on applies (FOIA s17(1)(c),
/// EIR reg 14(3), FOISA s16(1)(d), EIR (Scotland) reg 13(c): <see cref="RuleCitations.Reasons"/>).
/// For prejudice and endangerment tests the evidence of harm says it (FOI0003); every other
/// exemption withheld under needs its own statement: s21 where the information is accessible, s22
/// its intended publication, s36 the qualified person's opinion (s36(2) is engaged only by it),
/// s40(2) the legitimate-interests test, other class exemptions why the information is in the
/// class. FOIA s17(4) lets the authority leave the reasons out where stating them would disclose exempt
/// information; <c>ReasonsNotStated</c> records that, and the message offers it only under a regime
/// that has such a provision (<see cref="RegimeDefinition.ReasonsNotStatedProvision"/>). Neither-confirm-nor-deny claims are not
/// checked: their reasons are often exactly what s17(4) protects.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingExemptionReasonsAnalyzer : ResponseRuleAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.MissingExemptionReasons,
        title: "Withheld exemption has no reasons",
        messageFormat: "{0} withholds {1}, but the response does not say why it applies ({2}): call {3} before Build(){4}",
        RuleIds.ResponseCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Every exemption relied on to withhold information needs its reasons: evidence of harm, or the section the exemption calls for (WhyExempt, ReasonablyAccessible, IntendedPublication, QualifiedPersonsOpinion, LegitimateInterestsTest, InCourseOfCompletion).",
        helpLinkUri: RuleIds.HelpUri(RuleIds.MissingExemptionReasons));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Analyze(BuildSite site)
    {
        var notStated = Covered(site, KnownNames.ReasonsNotStated);
        var whyExempt = Covered(site, KnownNames.WhyExempt);
        var harm = Covered(site, KnownNames.EvidenceOfHarm);
        if (notStated is null || whyExempt is null || harm is null)
        {
            return; // a call names its exemption only at run time: Build() checks it then
        }

        var missing = site.Request.ExemptionsClaimed()
            .Where(c => !c.IsNeitherConfirmNorDeny && c.Exemption.Reason != ReasonSection.EvidenceOfHarm)
            .Where(c => !notStated.Any(s => ExemptionCatalogue.Covers(s, c.Resolution)))
            .Where(c => c.Exemption.Reason switch
            {
                ReasonSection.WhyExempt => !whyExempt.Any(s => ExemptionCatalogue.Covers(s, c.Resolution))
                    && !(c.Exemption.Test == HarmTest.RequiredForPurpose && harm.Any(s => ExemptionCatalogue.Covers(s, c.Resolution))),
                var reason => !site.Chain.CallsMethod(reason.ToString()),
            })
            .ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var shared = ImmutableDictionary<string, string?>.Empty
            .Add(DiagnosticProperties.Citations, DiagnosticProperties.Join(missing.Select(c => c.Typed)))
            .Add(DiagnosticProperties.Reasons, DiagnosticProperties.Join(missing.Select(c => c.Exemption.Reason.ToString())));
        foreach (var claim in missing)
        {
            var written = CitationText.AsWritten(site.Context.Compilation, claim.Typed);
            var call = claim.Exemption.Reason != ReasonSection.WhyExempt ? claim.Exemption.Reason + "(...)"
                : claim.Exemption.Test == HarmTest.RequiredForPurpose ? $"EvidenceOfHarm([{written}], ...) or WhyExempt({written}, ...)"
                : $"WhyExempt({written}, ...)";
            var regime = RegimeDefinition.For(claim.Exemption.Regime);
            var excuse = regime.ReasonsNotStatedProvision is { } provision
                ? $", or ReasonsNotStated({written}) where saying why would itself disclose exempt information ({provision})"
                : string.Empty;
            site.Report(Rule, claim.Questions[0], shared.Add(DiagnosticProperties.Citation, claim.Typed), claim.ToString(), claim.QuestionLabels, regime.Cites.Reasons, call, excuse);
        }
    }

    /// <summary>The sections cited in calls to <paramref name="method"/>; null when one names its exemption only at run time.</summary>
    private static System.Collections.Generic.List<CitationResolution>? Covered(BuildSite site, string method) =>
        site.Chain.CitationsPassedTo(method, site.Context.CancellationToken)?.SelectMany(c => c).Select(site.Request.ResolveSection).ToList();
}
