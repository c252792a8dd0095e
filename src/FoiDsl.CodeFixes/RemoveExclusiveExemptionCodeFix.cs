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
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FoiDsl.CodeFixes;

/// <summary>
/// FOI0031, FOI0032: a question claims two exemptions the Act makes mutually exclusive. Offers two
/// actions, one removing each section's citations from <c>[Exempt(...)]</c>; which exemption applies
/// is the officer's decision, so neither is preferred.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveExclusiveExemptionCodeFix))]
[Shared]
public sealed class RemoveExclusiveExemptionCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds =>
        ImmutableArray.Create(RuleIds.InvestigationsAndLawEnforcement, RuleIds.PolicyAndPublicAffairs);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var attribute = root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault();
            if (attribute?.ArgumentList is not { } list)
            {
                continue;
            }

            var properties = diagnostic.Properties;
            var first = Positions(properties, ExclusiveExemptionsAnalyzer.FirstArguments);
            var second = Positions(properties, ExclusiveExemptionsAnalyzer.SecondArguments);
            var positional = list.Arguments.Count(a => a.NameEquals is null && a.NameColon is null);
            if (first.IsEmpty || second.IsEmpty || first.Concat(second).Any(i => i >= positional))
            {
                continue; // citations not written one per argument (e.g. an explicit array): nothing safe to remove
            }

            var firstSection = properties[ExclusiveExemptionsAnalyzer.FirstSection];
            var secondSection = properties[ExclusiveExemptionsAnalyzer.SecondSection];
            Register(context, diagnostic, attribute, list, second, firstSection, secondSection);
            Register(context, diagnostic, attribute, list, first, secondSection, firstSection);
        }
    }

    private static void Register(CodeFixContext context, Diagnostic diagnostic, AttributeSyntax attribute, AttributeArgumentListSyntax list, ImmutableArray<int> remove, string? keep, string? drop) =>
        context.RegisterCodeFix(
            CodeAction.Create(
                $"Keep s{keep}, remove s{drop}",
                ct => RemoveAsync(context.Document, attribute, list, remove, ct),
                $"FoiDsl.KeepExemption.s{keep}"),
            diagnostic);

    private static async Task<Document> RemoveAsync(Document document, AttributeSyntax attribute, AttributeArgumentListSyntax list, ImmutableArray<int> remove, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var arguments = list.Arguments;
        foreach (var index in remove.OrderByDescending(i => i))
        {
            arguments = arguments.RemoveAt(index); // keeps the other separators and their spacing
        }

        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(attribute, attribute.WithArgumentList(list.WithArguments(arguments))));
    }

    private static ImmutableArray<int> Positions(ImmutableDictionary<string, string?> properties, string key) =>
        DiagnosticProperties.List(properties, key).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToImmutableArray();
}
