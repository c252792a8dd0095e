using System.Collections.Immutable;
using System.Linq;
using FoiDsl.Generators.Catalogue;
using FoiDsl.Generators.Model;
using Microsoft.CodeAnalysis;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// Base of the rules that require a response section for each exemption of a kind: the
/// section method must be called naming every such exemption claimed by the request.
/// </summary>
public abstract class MissingSectionRuleAnalyzer : ResponseRuleAnalyzer
{
    /// <summary>The builder method that supplies the section, e.g. <c>PublicInterestTest</c>.</summary>
    private protected abstract string SectionMethod { get; }

    /// <summary>True for exemptions that need the section.</summary>
    private protected abstract bool Requires(ClaimSpec claim);

    /// <summary>The message's arguments: the claim, its questions, the citation as written and what it withholds ({0}–{3}).</summary>
    private protected virtual object[] MessageArguments(ClaimSpec claim, string written, string act) =>
        new object[] { claim.ToString(), claim.QuestionLabels, written, act };

    private protected sealed override void Analyze(BuildSite site)
    {
        var given = site.Chain.CitationsPassedTo(SectionMethod, site.Context.CancellationToken);
        if (given is null)
        {
            return; // a call names its exemption only at run time: Build() checks it then
        }

        // A section cited by the exemption (s31(1)) covers withholding; by its NCND provision (s31(3)), neither confirming nor denying.
        var covered = given.SelectMany(c => c).Select(site.Request.ResolveSection).ToList();
        var missing = site.Request.ExemptionsClaimed()
            .Where(c => Requires(c) && !covered.Any(section => ExemptionCatalogue.Covers(section, c.Resolution)))
            .ToList();
        if (missing.Count == 0)
        {
            return;
        }

        // Every diagnostic carries all the citations missing the section here, so one fix can add them all once.
        var shared = ImmutableDictionary<string, string?>.Empty
            .Add(DiagnosticProperties.Citations, DiagnosticProperties.Join(missing.Select(c => c.Typed)));
        foreach (var claim in missing)
        {
            var properties = shared.Add(DiagnosticProperties.Citation, claim.Typed);
            var act = claim.IsNeitherConfirmNorDeny ? "confirming or denying whether the information is held" : "disclosure";
            site.Report(SupportedDiagnostics[0], claim.Questions[0], properties, MessageArguments(claim, CitationText.AsWritten(site.Context.Compilation, claim.Typed), act));
        }
    }
}
