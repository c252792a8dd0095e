using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using FoiDsl.Generators.Catalogue;
using FoiDsl.Generators.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FoiDsl.CodeFixes;

/// <summary>
/// FOI0003: adds an evidence of harm skeleton before <c>Build()</c> for every prejudice-based
/// exemption missing one, with a placeholder for the harm. The officer writes the evidence and
/// confirms the likelihood: FOI0018 flags the placeholder and <c>Build()</c> refuses it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddEvidenceOfHarmCodeFix))]
[Shared]
public sealed class AddEvidenceOfHarmCodeFix : ScaffoldAtBuildCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.MissingEvidenceOfHarm);

    private protected override string Title => "Add an evidence of harm skeleton";

    private protected override string EquivalenceKey => "FoiDsl.AddEvidenceOfHarm";

    private protected override bool CanScaffold(ImmutableDictionary<string, string?> properties) =>
        !DiagnosticProperties.List(properties, DiagnosticProperties.Citations).IsEmpty;

    private protected override IReadOnlyList<string> Calls(SemanticModel model, InvocationExpressionSyntax build, ImmutableDictionary<string, string?> properties)
    {
        var position = build.SpanStart;
        var calls = new List<string>();
        foreach (var citation in DiagnosticProperties.List(properties, DiagnosticProperties.Citations))
        {
            var exemptions = ResponseChainSyntax.Collection(build.SyntaxTree, ResponseChainSyntax.Citation(model, position, citation));
            var act = ExemptionCatalogue.ResolveSection(citation, RegimeDefinition.SplitPrefix(citation).Named ?? Regime.Foia).NeitherConfirmNorDeny ? "confirming or denying whether the information is held" : "disclosure";
            var harm = ResponseChainSyntax.PlaceholderText(model, position, $"the harm {act} would cause to the interests protected by {citation}");

            // The likelihood is the officer's judgement: it is left unstated, so FOI0017 asks for it.
            calls.Add($".EvidenceOfHarm({exemptions}, {harm})");
        }

        return calls;
    }
}
