using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FoiDsl.Generators.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
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
public sealed class AddPublicInterestTestCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "FoiDsl.AddPublicInterestTest";

    private const string BalanceTest = "BalanceTest";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.MissingPublicInterestTest);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var citations = DiagnosticProperties.List(diagnostic.Properties, DiagnosticProperties.Citations);
            if (root is null || citations.IsEmpty || ResponseChainSyntax.FluentBuildAt(root, diagnostic.Location.SourceSpan) is not { } build)
            {
                continue;
            }

            // Every fix at one Build() writes the same tests, so Fix All adds each once.
            context.RegisterCodeFix(
                CodeAction.Create("Add a public interest test skeleton", ct => AddTestsAsync(context.Document, build, citations, ct), EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> AddTestsAsync(Document document, InvocationExpressionSyntax build, ImmutableArray<string> citations, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null)
        {
            return document;
        }

        var position = build.SpanStart;
        var tree = build.SyntaxTree;
        var calls = new List<string>();
        foreach (var citation in citations)
        {
            var forDisclosure = ResponseChainSyntax.PlaceholderText(model, position, "factors favouring disclosure under " + citation);
            var againstDisclosure = ResponseChainSyntax.PlaceholderText(model, position, "factors favouring non-disclosure under " + citation);
            calls.Add($".PublicInterestTest({ResponseChainSyntax.Citation(model, position, citation)}, "
                + $"favouringDisclosure: {ResponseChainSyntax.Collection(tree, forDisclosure)}, "
                + $"favouringNonDisclosure: {ResponseChainSyntax.Collection(tree, againstDisclosure)})");
        }

        if (!ResponseChainSyntax.CallsBefore(build).Contains(BalanceTest))
        {
            calls.Add($".{BalanceTest}({ResponseChainSyntax.PlaceholderText(model, position, "the balance of the public interest")})");
        }

        return await ResponseChainSyntax.InsertBeforeBuildAsync(document, build, calls, cancellationToken).ConfigureAwait(false);
    }
}
