using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using FoiDsl.Generators.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FoiDsl.CodeFixes;

/// <summary>
/// FOI0006, for a citation of another regime than the question's (<c>Exemptions.S43</c> in an EIR
/// question, <c>Foisa.S35</c> in a FOIA one): replaces it with the ground of the question's regime that
/// protects the same interest (<c>Eir.R12_5_e</c>, <c>S31</c>). Whether that ground applies is still the
/// officer's judgement, so the fix is offered, never forced.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseCounterpartCodeFix))]
[Shared]
public sealed class UseCounterpartCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.UnknownExemption);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Counterpart, out var counterpart) || counterpart is null
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not { } node)
            {
                continue;
            }

            var expression = node switch
            {
                AttributeArgumentSyntax argument => argument.Expression,
                ArgumentSyntax argument => argument.Expression,
                ExpressionSyntax written => written,
                _ => null,
            };
            if (expression is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Cite {counterpart} instead",
                    async cancellationToken =>
                    {
                        var model = await context.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                        var replacement = SyntaxFactory.ParseExpression(ResponseChainSyntax.Citation(model!, expression.SpanStart, counterpart)).WithTriviaFrom(expression);
                        return context.Document.WithSyntaxRoot(root.ReplaceNode(expression, replacement));
                    },
                    equivalenceKey: nameof(UseCounterpartCodeFix) + counterpart),
                diagnostic);
        }
    }
}
