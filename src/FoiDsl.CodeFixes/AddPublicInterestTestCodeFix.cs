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
/// FOI0002: adds a public interest test skeleton before <c>Build()</c> for every qualified
/// exemption missing one, with placeholders for the factors on each side, and a placeholder
/// balance test when the chain has none. The factors and the balance are the officer's to write:
/// FOI0018 flags each placeholder and <c>Build()</c> refuses them.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPublicInterestTestCodeFix))]
[Shared]
public sealed class AddPublicInterestTestCodeFix : ScaffoldAtBuildCodeFix
{
    private const string BalanceTest = "BalanceTest";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.MissingPublicInterestTest);

    private protected override string Title => "Add a public interest test skeleton";

    private protected override string EquivalenceKey => "FoiDsl.AddPublicInterestTest";

    private protected override bool CanScaffold(ImmutableDictionary<string, string?> properties) =>
        !DiagnosticProperties.List(properties, DiagnosticProperties.Citations).IsEmpty;

    private protected override IReadOnlyList<string> Calls(SemanticModel model, InvocationExpressionSyntax build, ImmutableDictionary<string, string?> properties)
    {
        var citations = DiagnosticProperties.List(properties, DiagnosticProperties.Citations);
        var position = build.SpanStart;
        var tree = build.SyntaxTree;
        var calls = new List<string>();
        foreach (var citation in citations)
        {
            // An NCND provision (s24(2)) weighs confirming or denying whether the information is held (s2(1)(b)).
            var ncnd = ExemptionCatalogue.ResolveSection(citation, RegimeDefinition.SplitPrefix(citation).Named ?? Regime.Foia).NeitherConfirmNorDeny;
            var (favouring, against) = ncnd ? ("confirming or denying", "neither confirming nor denying") : ("disclosure", "non-disclosure");
            var forDisclosure = ResponseChainSyntax.PlaceholderText(model, position, $"factors favouring {favouring} under {citation}");
            var againstDisclosure = ResponseChainSyntax.PlaceholderText(model, position, $"factors favouring {against} under {citation}");
            calls.Add($".PublicInterestTest({ResponseChainSyntax.Citation(model, position, citation)}, "
                + $"favouringDisclosure: {ResponseChainSyntax.Collection(tree, forDisclosure)}, "
                + $"favouringNonDisclosure: {ResponseChainSyntax.Collection(tree, againstDisclosure)})");
        }

        if (!ResponseChainSyntax.CallsBefore(build).Contains(BalanceTest))
        {
            calls.Add($".{BalanceTest}({ResponseChainSyntax.PlaceholderText(model, position, "the balance of the public interest")})");
        }

        return calls;
    }
}
