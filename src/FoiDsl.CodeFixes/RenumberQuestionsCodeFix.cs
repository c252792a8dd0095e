using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FoiDsl.Generators.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FoiDsl.CodeFixes;

/// <summary>
/// FOI0004 and FOI0007: numbers every <c>[Question(n)]</c> of the request class 1, 2, 3, … in the
/// order the fields are declared, and points every <c>If = m</c> at the question that had number
/// <c>m</c> (the first one, when <c>m</c> was used twice). Only the numbers are rewritten.
/// </summary>
/// <remarks>
/// The renumbering is worked out for the whole class, so every diagnostic in one class gives the
/// same edit; Fix All renumbers each class once. The fix is offered only when all of the class's
/// questions are declared in the document and every number it would change is written as a literal.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RenumberQuestionsCodeFix))]
[Shared]
public sealed class RenumberQuestionsCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "FoiDsl.RenumberQuestions";

    private const string Title = "Renumber questions in order";

    private const string QuestionAttribute = "FoiDsl.QuestionAttribute";

    private const string If = "If";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds =>
        ImmutableArray.Create(RuleIds.DuplicateQuestionNumber, RuleIds.QuestionNumberSequence);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (RequestAt(root, model, diagnostic, context.CancellationToken) is not { } request
                || Renumbering(request, root.SyntaxTree, context.CancellationToken) is not { Count: > 0 })
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => RenumberAsync(document, new[] { diagnostic }, ct), EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics) =>
        await RenumberAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false);

    /// <summary>Renumbers, once each, the request classes that <paramref name="diagnostics"/> are reported in.</summary>
    private static async Task<Document> RenumberAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var requests = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        var changes = new List<TextChange>();
        foreach (var diagnostic in diagnostics)
        {
            if (RequestAt(root, model, diagnostic, cancellationToken) is { } request
                && requests.Add(request)
                && Renumbering(request, root.SyntaxTree, cancellationToken) is { } renumbering)
            {
                changes.AddRange(renumbering);
            }
        }

        if (changes.Count == 0)
        {
            return document;
        }

        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.WithText(text.WithChanges(changes.OrderBy(c => c.Span.Start)));
    }

    /// <summary>The request class whose <c>[Question]</c> attribute <paramref name="diagnostic"/> is reported on.</summary>
    private static INamedTypeSymbol? RequestAt(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (diagnostic.Location.SourceTree != root.SyntaxTree)
        {
            return null;
        }

        var declaration = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
            .FirstAncestorOrSelf<AttributeSyntax>()?
            .FirstAncestorOrSelf<TypeDeclarationSyntax>();
        return declaration is null ? null : model.GetDeclaredSymbol(declaration, cancellationToken);
    }

    /// <summary>
    /// The edits that number <paramref name="request"/>'s questions 1, 2, 3, … in declaration order
    /// and keep each condition on its question; null when they cannot be made in <paramref name="tree"/>.
    /// </summary>
    private static IReadOnlyList<TextChange>? Renumbering(INamedTypeSymbol request, SyntaxTree tree, CancellationToken cancellationToken)
    {
        var questions = new List<(int Number, AttributeData Attribute, AttributeSyntax Syntax, int Position)>();
        foreach (var field in request.GetMembers().OfType<IFieldSymbol>())
        {
            var attribute = field.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == QuestionAttribute);
            if (attribute?.ConstructorArguments.FirstOrDefault().Value is not int number)
            {
                continue;
            }

            if (field.Locations.FirstOrDefault() is not { } location || location.SourceTree != tree
                || attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax
                || syntax.SyntaxTree != tree)
            {
                // A question declared in another file: renumbering this one alone could clash with it.
                return null;
            }

            questions.Add((number, attribute, syntax, location.SourceSpan.Start));
        }

        questions.Sort((a, b) => a.Position.CompareTo(b.Position));

        var renumbered = new Dictionary<int, int>();
        for (var i = 0; i < questions.Count; i++)
        {
            if (!renumbered.ContainsKey(questions[i].Number))
            {
                renumbered.Add(questions[i].Number, i + 1);
            }
        }

        var changes = new List<TextChange>();
        for (var i = 0; i < questions.Count; i++)
        {
            var (number, attribute, syntax, _) = questions[i];
            var arguments = syntax.ArgumentList?.Arguments ?? default;
            if (number != i + 1)
            {
                var argument = arguments.FirstOrDefault(a => a.NameEquals is null);
                if (argument is null || !TryRewrite(argument.Expression, i + 1, changes))
                {
                    return null;
                }
            }

            var condition = attribute.NamedArguments.FirstOrDefault(a => a.Key == If).Value.Value as int? ?? 0;
            if (condition > 0 && renumbered.TryGetValue(condition, out var target) && target != condition)
            {
                var argument = arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == If);
                if (argument is null || !TryRewrite(argument.Expression, target, changes))
                {
                    return null;
                }
            }
        }

        return changes;
    }

    /// <summary>Adds the edit writing <paramref name="number"/> in place of <paramref name="expression"/>, when that is a number literal.</summary>
    private static bool TryRewrite(ExpressionSyntax expression, int number, List<TextChange> changes)
    {
        var literal = expression switch
        {
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } => expression,
            PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression or (int)SyntaxKind.UnaryPlusExpression, Operand: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } } => expression,
            _ => null,
        };
        if (literal is null)
        {
            return false;
        }

        changes.Add(new TextChange(literal.Span, number.ToString(CultureInfo.InvariantCulture)));
        return true;
    }
}
