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
/// FOI0003: adds an evidence of harm skeleton before <c>Build()</c> for every prejudice-based
/// exemption missing one, with a placeholder for the harm. The officer writes the evidence and
/// confirms the likelihood: FOI0018 flags the placeholder and <c>Build()</c> refuses it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddEvidenceOfHarmCodeFix))]
[Shared]
public sealed class AddEvidenceOfHarmCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "FoiDsl.AddEvidenceOfHarm";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.MissingEvidenceOfHarm);

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

            // Every fix at one Build() writes the same sections, so Fix All adds each once.
            context.RegisterCodeFix(
                CodeAction.Create("Add an evidence of harm skeleton", ct => AddEvidenceAsync(context.Document, build, citations, ct), EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> AddEvidenceAsync(Document document, InvocationExpressionSyntax build, ImmutableArray<string> citations, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null)
        {
            return document;
        }

        var position = build.SpanStart;
        var calls = new List<string>();
        foreach (var citation in citations)
        {
            var exemptions = ResponseChainSyntax.Collection(build.SyntaxTree, ResponseChainSyntax.Citation(model, position, citation));
            var harm = ResponseChainSyntax.PlaceholderText(model, position, "the harm disclosure would cause to the interests protected by " + citation);
            // The likelihood is the officer's judgement: it is left unstated, so FOI0017 asks for it.
            calls.Add($".EvidenceOfHarm({exemptions}, {harm})");
        }

        return await ResponseChainSyntax.InsertBeforeBuildAsync(document, build, calls, cancellationToken).ConfigureAwait(false);
    }
}
