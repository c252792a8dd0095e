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
using Microsoft.CodeAnalysis.Text;

namespace FoiDsl.CodeFixes;

/// <summary>
/// FOI0009: removes the <c>.PublicInterestTest(...)</c> call for an absolute exemption, keeping
/// the rest of the chain and its layout. A call standing alone on its lines goes with its lines;
/// a call on a local builder written as its own statement goes with the statement.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemovePublicInterestTestCodeFix))]
[Shared]
public sealed class RemovePublicInterestTestCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "FoiDsl.RemovePublicInterestTest";

    private const string PublicInterestTest = "PublicInterestTest";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.AbsoluteExemptionPublicInterestTest);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            var call = root?.FindNode(span, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<InvocationExpressionSyntax>()
                .FirstOrDefault(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: PublicInterestTest } && i.ArgumentList.Span.Contains(span));
            if (call is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create("Remove the public interest test", ct => RemoveAsync(context.Document, call, ct), EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> RemoveAsync(Document document, InvocationExpressionSyntax call, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var access = (MemberAccessExpressionSyntax)call.Expression;

        // builder.PublicInterestTest(...); on a local builder: the statement has nothing else to do.
        var removed = call.Parent is ExpressionStatementSyntax statement && access.Expression is not InvocationExpressionSyntax
            ? statement.Span
            : TextSpan.FromBounds(access.OperatorToken.SpanStart, call.Span.End);
        return document.WithText(text.WithChanges(new TextChange(WholeLines(text, removed), string.Empty)));
    }

    /// <summary><paramref name="span"/> with its lines when nothing else is written on them; otherwise <paramref name="span"/>.</summary>
    private static TextSpan WholeLines(SourceText text, TextSpan span)
    {
        var first = text.Lines.GetLineFromPosition(span.Start);
        var last = text.Lines.GetLineFromPosition(span.End);
        return text.ToString(TextSpan.FromBounds(first.Start, span.Start)).Trim().Length == 0
            && text.ToString(TextSpan.FromBounds(span.End, last.End)).Trim().Length == 0
            ? TextSpan.FromBounds(first.Start, last.EndIncludingLineBreak)
            : span;
    }
}
