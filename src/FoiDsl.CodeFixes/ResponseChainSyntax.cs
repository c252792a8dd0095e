using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FoiDsl.Generators.Catalogue;
using FoiDsl.Generators.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FoiDsl.CodeFixes;

/// <summary>
/// Reads and edits a fluent response chain, <c>Request.Respond()....Build()</c>, as text, so the
/// author's layout is kept: calls added before <c>Build()</c> go on their own lines, indented like
/// <c>.Build()</c>, when the chain is written one call per line, and inline otherwise.
/// </summary>
internal static class ResponseChainSyntax
{
    private const string Build = "Build";
    private const string Respond = "Respond";

    /// <summary>The <c>Build()</c> call whose name is at <paramref name="span"/>, when its chain starts at <c>Respond()</c> in the same expression.</summary>
    public static InvocationExpressionSyntax? FluentBuildAt(SyntaxNode root, TextSpan span)
    {
        var build = root.FindNode(span, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>();
        return build is { Expression: MemberAccessExpressionSyntax { Name: { Identifier.ValueText: Build } name } access }
            && name.Span == span
            && StartsAtRespond(access.Expression)
            ? build
            : null;
    }

    /// <summary>The names of the methods called in the chain before <paramref name="build"/>.</summary>
    public static IEnumerable<string> CallsBefore(InvocationExpressionSyntax build)
    {
        var receiver = ((MemberAccessExpressionSyntax)build.Expression).Expression;
        while (receiver is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access })
        {
            yield return access.Name.Identifier.ValueText;
            receiver = access.Expression;
        }
    }

    /// <summary>Inserts <paramref name="calls"/> (each written <c>.Method(...)</c>) just before <c>.Build()</c>.</summary>
    public static async Task<Document> InsertBeforeBuildAsync(Document document, InvocationExpressionSyntax build, IReadOnlyList<string> calls, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var dot = ((MemberAccessExpressionSyntax)build.Expression).OperatorToken;
        var line = text.Lines.GetLineFromPosition(dot.SpanStart);
        var indentation = text.ToString(TextSpan.FromBounds(line.Start, dot.SpanStart));
        var onItsOwnLine = line.LineNumber > 0 && indentation.Trim().Length == 0;

        var insertion = onItsOwnLine
            ? string.Concat(calls.Select(call => call + LineBreakBefore(text, line) + indentation))
            : string.Concat(calls);
        return document.WithText(text.WithChanges(new TextChange(new TextSpan(dot.SpanStart, 0), insertion)));
    }

    /// <summary>
    /// The first of <paramref name="spellings"/> (shortest first) that means <paramref name="target"/> at
    /// <paramref name="position"/>, given the usings in scope; the last one otherwise, which should be
    /// fully qualified.
    /// </summary>
    public static string Spell(SemanticModel model, int position, ISymbol target, params string[] spellings)
    {
        foreach (var spelling in spellings)
        {
            var expression = SyntaxFactory.ParseExpression(spelling);
            var symbol = model.GetSpeculativeSymbolInfo(position, expression, SpeculativeBindingOption.BindAsExpression).Symbol;
            if (SymbolEqualityComparer.Default.Equals(symbol?.OriginalDefinition, target.OriginalDefinition))
            {
                return spelling;
            }
        }

        return spellings[spellings.Length - 1];
    }

    /// <summary>How a call to <c>Placeholder.Text</c> is written at <paramref name="position"/>, e.g. <c>Placeholder.Text("the balance")</c>.</summary>
    public static string PlaceholderText(SemanticModel model, int position, string whatToWrite)
    {
        var method = model.Compilation.GetTypeByMetadataName("FoiDsl.Placeholder")?.GetMembers("Text").OfType<IMethodSymbol>().FirstOrDefault();
        var spelling = method is null
            ? "global::FoiDsl.Placeholder.Text"
            : Spell(model, position, method, "Placeholder.Text(\"\")", "FoiDsl.Placeholder.Text(\"\")", "global::FoiDsl.Placeholder.Text(\"\")");
        return spelling.Replace("(\"\")", string.Empty) + "(" + Literal(whatToWrite) + ")";
    }

    /// <summary>A C# string literal holding <paramref name="value"/>.</summary>
    public static string Literal(string value) => SyntaxFactory.Literal(value).Text;

    /// <summary>A collection of <paramref name="elements"/>: a collection expression from C# 12, an array before.</summary>
    public static string Collection(SyntaxTree tree, params string[] elements) =>
        tree.Options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp12 }
            ? "[" + string.Join(", ", elements) + "]"
            : "new[] { " + string.Join(", ", elements) + " }";

    /// <summary>
    /// How <paramref name="citation"/> is written: the typed constant holding it when there is one
    /// (<c>S31</c>, <c>Eir.R12_5_e</c>), else the citation as a string.
    /// </summary>
    public static string Citation(SemanticModel model, int position, string citation)
    {
        if (CitationText.Constant(model.Compilation, citation) is not var (constant, regime))
        {
            return Literal(citation);
        }

        // FOIA's constants are usually in scope through `using static FoiDsl.Exemptions`; the others are written with their class.
        var qualified = regime.ConstantsHolder + "." + constant.Name;
        var spellings = new[] { qualified, "FoiDsl." + qualified, "global::FoiDsl." + qualified };
        return Spell(model, position, constant, regime.Regime == Regime.Foia ? new[] { constant.Name }.Concat(spellings).ToArray() : spellings);
    }

    private static bool StartsAtRespond(ExpressionSyntax receiver)
    {
        string? lastCalled = null;
        while (receiver is InvocationExpressionSyntax call)
        {
            switch (call.Expression)
            {
                case MemberAccessExpressionSyntax access:
                    lastCalled = access.Name.Identifier.ValueText;
                    receiver = access.Expression;
                    break;
                case IdentifierNameSyntax name:
                    return name.Identifier.ValueText == Respond; // Respond() called inside the request class
                default:
                    return false;
            }
        }

        return lastCalled == Respond;
    }

    private static string LineBreakBefore(SourceText text, TextLine line)
    {
        var previous = text.Lines[line.LineNumber - 1];
        var lineBreak = text.ToString(TextSpan.FromBounds(previous.End, previous.EndIncludingLineBreak));
        return lineBreak.Length > 0 ? lineBreak : "\n";
    }
}
