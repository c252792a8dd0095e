using System.Collections.Immutable;
using System.Linq;
using FoiDsl.Generators.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0009: the exemptions listed in FOIA s2(3) are absolute: once engaged they withhold the
/// information without any weighing of the public interest. A public interest test written for one
/// of them suggests the author thinks the exemption is qualified, and puts a balancing exercise
/// the Act does not ask for into the refusal notice.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AbsoluteExemptionPublicInterestTestAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.AbsoluteExemptionPublicInterestTest,
        title: "Public interest test given for an absolute exemption",
        messageFormat: "{0} – {1} is absolute ({2}): it is not weighed against the public interest, so it needs no public interest test; remove this PublicInterestTest",
        RuleIds.ResponseCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Give public interest tests only for qualified exemptions; absolute exemptions (FOIA s2(3), FOISA s2(2)) and personal data under the first condition (EIR reg 13(1)(a), EIR (Scotland) reg 11(2)(a)) are not weighed against the public interest.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.AbsoluteExemptionPublicInterestTest));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(AnalyzeCall, OperationKind.Invocation);
    }

    private static void AnalyzeCall(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        Regime? request = null; // read only for a builder call that cites something: most invocations are not
        foreach (var (written, citation) in CitationArguments.Of(invocation, KnownNames.PublicInterestTest))
        {
            request ??= RequestParser.RegimeOfBuilder(invocation.TargetMethod.ContainingType);
            if (ExemptionCatalogue.ResolveSection(citation, RegimeDefinition.ForCitation(request.Value, citation)) is { Exemption: { Kind: GroundKind.Exemption, Status: ExemptionStatus.Absolute } exemption } resolution)
            {
                context.ReportDiagnostic(FoiDiagnostic.Create(Rule, written.Syntax.GetLocation(), resolution.NeitherConfirmNorDeny ? resolution.Canonical : exemption.Provision, exemption.Title, RegimeDefinition.For(exemption.Regime).Cites.AbsoluteGrounds));
            }
        }
    }
}
