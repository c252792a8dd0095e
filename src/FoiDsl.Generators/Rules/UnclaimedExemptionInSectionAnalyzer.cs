using System.Collections.Immutable;
using System.Linq;
using FoiDsl.Generators.Catalogue;
using FoiDsl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0011: the refusal notice states the exemptions relied on and why they apply (FOIA s17(1),
/// s17(3)). A public interest test or evidence of harm for an exemption that no question claims
/// argues a ground the response never relies on: usually a mistyped citation, a limb of the wrong
/// subsection, or an [Exempt] that was removed while its reasoning stayed behind.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnclaimedExemptionInSectionAnalyzer : ResponseRuleAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.UnclaimedExemptionInSection,
        title: "Section names an exemption no question claims",
        messageFormat: "{0} is named in this {1}, but no question of {2} claims it; the request claims {3}: correct the citation, or add {4} to the [Exempt] of the question it covers",
        RuleIds.ResponseCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Public interest tests and evidence of harm support the exemptions the questions claim; name in them only exemptions listed in a question's [Exempt].",
        helpLinkUri: RuleIds.HelpUri(RuleIds.UnclaimedExemptionInSection));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void AnalyzeCall(OperationAnalysisContext context, IInvocationOperation call, RequestSpec request)
    {
        var section = call.TargetMethod.Name switch
        {
            KnownNames.PublicInterestTest => "public interest test",
            KnownNames.EvidenceOfHarm => "evidence of harm",
            _ => null,
        };
        if (section is null)
        {
            return;
        }

        var claims = request.ExemptionsClaimed();
        foreach (var (written, citation) in CitationArguments.Of(call, call.TargetMethod.Name))
        {
            var resolution = request.ResolveSection(citation);
            if (resolution.Exemption is not { Kind: GroundKind.Exemption } exemption || claims.Any(c => ExemptionCatalogue.Covers(resolution, c.Resolution)))
            {
                continue; // citations that name no exemption are FOI0006's business
            }

            context.ReportDiagnostic(FoiDiagnostic.Create(
                Rule,
                written.Syntax.GetLocation(),
                resolution.Canonical + " – " + exemption.Title,
                section,
                string.IsNullOrWhiteSpace(request.Reference) ? request.ClassName : request.Reference,
                claims.Count == 0 ? "no exemptions" : string.Join("; ", claims.Select(c => c.ToString())),
                resolution.Canonical));
        }
    }
}
