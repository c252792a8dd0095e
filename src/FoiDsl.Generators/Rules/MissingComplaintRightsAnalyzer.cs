using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0014: every refusal notice (anything withheld or neither confirmed nor denied, and s12 or s14
/// refusals) must give particulars of the authority's internal review procedure and of the right
/// to complain to the Information Commissioner under s50 (FOIA s17(7)). The standard paragraph is
/// there by default; this rule catches a replacement that leaves either part empty.
/// </summary>
[Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingComplaintRightsAnalyzer : ResponseRuleAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.MissingComplaintRights,
        title: "Refusal without internal review and complaint rights",
        messageFormat: "{0} refuses information, so the response must explain {1} ({2}); this ComplaintRights(...) leaves it empty: write it, or remove the call to keep the standard wording",
        RuleIds.ResponseCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A refusal notice must tell the requester how to ask for a review (internal review, reconsideration) and that they may apply to the Information Commissioner or the Scottish Information Commissioner.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.MissingComplaintRights));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Analyze(BuildSite site)
    {
        var request = site.Request;
        var isRefusal = request.Refusal is not null || request.Questions.Any(q => q.IsWithheld || q.IsNeitherConfirmedNorDenied || q.Parts.Count > 0 || q.CostRefusal is not null);
        if (!isRefusal)
        {
            return;
        }

        foreach (var call in site.Chain.Calls.Where(c => c.Name == KnownNames.ComplaintRights))
        {
            var value = call.Invocation.Arguments.FirstOrDefault()?.Value;
            if (value is IConversionOperation { IsImplicit: true } conversion)
            {
                value = conversion.Operand;
            }

            if (value is not IObjectCreationOperation creation || creation.Arguments.Length < 2)
            {
                continue;
            }

            var missing = new[]
                {
                    EmptyText.IsEmpty(creation.Arguments[0].Value, site.Context.CancellationToken) ? "how to ask for " + site.Request.Cite(c => c.ReviewAsked) : null,
                    EmptyText.IsEmpty(creation.Arguments[1].Value, site.Context.CancellationToken) ? "the right to apply to the " + site.Request.Cite(c => c.Regulator) : null,
                }
                .Where(m => m is not null)
                .ToArray();
            if (missing.Length > 0)
            {
                site.Context.ReportDiagnostic(FoiDiagnostic.Create(Rule, creation.Syntax.GetLocation(), request.Reference, string.Join(" and ", missing), request.Cite(c => c.Cites.Rights)));
            }
        }
    }
}
