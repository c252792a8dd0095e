using System.Collections.Immutable;
using System.Linq;
using FoiDsl.Generators.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0017: the prejudice test asks how likely the harm is. "Would" means more probable than not;
/// "would be likely to" means a real and significant risk. Where a response does not say, the ICO
/// assumes the lower level, which carries less weight in the public interest test.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnstatedHarmLikelihoodAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.UnstatedHarmLikelihood,
        title: "Evidence of harm does not state the likelihood",
        messageFormat: "The evidence of harm for {0} does not say how likely the harm is: pass HarmLikelihood.Would (more probable than not) or HarmLikelihood.WouldBeLikelyTo (a real and significant risk); left unstated, the lower level is assumed",
        RuleIds.ResponseCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Evidence of harm for a prejudice-based exemption should state whether disclosure would, or would be likely to, cause the harm.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.UnstatedHarmLikelihood));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(Analyze, OperationKind.Invocation);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod is not { Name: KnownNames.EvidenceOfHarm, ContainingType.Name: KnownNames.ResponseBuilder } method
            || method.Parameters.Any(p => p.Type.Name == "HarmLikelihood"))
        {
            return;
        }

        var resolved = CitationArguments.Of(invocation, KnownNames.EvidenceOfHarm).Select(c => (c.Citation, Resolution: ExemptionCatalogue.ResolveSection(c.Citation, RegimeDefinition.ForCitation(RequestParser.RegimeOfBuilder(method.ContainingType), c.Citation)))).ToList();
        if (resolved.Count > 0 && resolved.All(c => c.Resolution.Exemption is { HasLikelihood: false }))
        {
            return; // class and required-for-purpose tests (s24, s34) state no likelihood
        }

        var cited = resolved
            .Where(c => c.Resolution.Exemption is not { HasLikelihood: false })
            .Select(c => c.Resolution.Exemption is { } e ? c.Resolution.Canonical + " – " + e.Title : c.Citation)
            .ToList();
        var exemptions = cited.Count == 0 ? "these exemptions" : string.Join(" and ", cited);
        var location = invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } ? access.Name.GetLocation() : invocation.Syntax.GetLocation();
        context.ReportDiagnostic(FoiDiagnostic.Create(Rule, location, exemptions));
    }
}
