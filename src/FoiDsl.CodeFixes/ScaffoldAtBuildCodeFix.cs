using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FoiDsl.CodeFixes;

/// <summary>
/// Base of the fixes that scaffold missing parts of a response as placeholders, inserted just before
/// the <c>Build()</c> of a fluent chain the rule reported. Every diagnostic at one <c>Build()</c>
/// carries everything missing there, so every fix makes the same edit and Fix All adds each part once.
/// </summary>
public abstract class ScaffoldAtBuildCodeFix : CodeFixProvider
{
    /// <summary>The code action's title, e.g. "Add placeholder answers".</summary>
    private protected abstract string Title { get; }

    /// <summary>The stable equivalence key of the code action.</summary>
    private protected abstract string EquivalenceKey { get; }

    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || !CanScaffold(diagnostic.Properties) || ResponseChainSyntax.FluentBuildAt(root, diagnostic.Location.SourceSpan) is not { } build)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => ScaffoldAsync(context.Document, build, diagnostic.Properties, ct), EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>True when the diagnostic carries what the scaffold needs.</summary>
    private protected abstract bool CanScaffold(ImmutableDictionary<string, string?> properties);

    /// <summary>The calls to insert before <paramref name="build"/>, e.g. <c>.ToolNames(Answer.ToBeWritten("..."))</c>.</summary>
    private protected abstract IReadOnlyList<string> Calls(SemanticModel model, InvocationExpressionSyntax build, ImmutableDictionary<string, string?> properties);

    private async Task<Document> ScaffoldAsync(Document document, InvocationExpressionSyntax build, ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var calls = model is null ? new List<string>() : Calls(model, build, properties);
        return calls.Count == 0 ? document : await ResponseChainSyntax.InsertBeforeBuildAsync(document, build, calls, cancellationToken).ConfigureAwait(false);
    }
}
