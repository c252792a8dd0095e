using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using FoiDsl.Generators.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FoiDsl.CodeFixes;

/// <summary>
/// FOI0001: answers every unanswered question of a fluent chain with a placeholder, e.g.
/// <c>.ToolNames(Answer.ToBeWritten("answer Q2: If so, which?"))</c>, just before <c>Build()</c>.
/// The placeholders compile but FOI0018 flags them and <c>Build()</c> refuses them: the officer
/// still writes each answer.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPlaceholderAnswersCodeFix))]
[Shared]
public sealed class AddPlaceholderAnswersCodeFix : ScaffoldAtBuildCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.UnansweredQuestion);

    private protected override string Title => "Add placeholder answers";

    private protected override string EquivalenceKey => "FoiDsl.AddPlaceholderAnswers";

    private protected override bool CanScaffold(ImmutableDictionary<string, string?> properties) => Unanswered(properties).Count > 0;

    /// <summary>The questions unanswered at the diagnostic's <c>Build()</c>, in question-number order: number, method and wording.</summary>
    private static IReadOnlyList<(int Number, string Method, string Wording)> Unanswered(ImmutableDictionary<string, string?> properties)
    {
        var result = new List<(int Number, string Method, string Wording)>();
        foreach (var item in DiagnosticProperties.List(properties, DiagnosticProperties.Unanswered))
        {
            if (int.TryParse(item, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                && properties.TryGetValue(DiagnosticProperties.QuestionOf(number), out var method) && method is not null
                && properties.TryGetValue(DiagnosticProperties.WordingOf(number), out var wording) && wording is not null)
            {
                result.Add((number, method, wording));
            }
        }

        return result.OrderBy(q => q.Number).ToList();
    }

    private protected override IReadOnlyList<string> Calls(SemanticModel model, InvocationExpressionSyntax build, ImmutableDictionary<string, string?> properties)
    {
        var questions = Unanswered(properties);
        var placeholder = model.Compilation.GetTypeByMetadataName("FoiDsl.Answer")?.GetMembers("ToBeWritten").OfType<IMethodSymbol>().FirstOrDefault();
        var spelling = placeholder is null
            ? "global::FoiDsl.Answer.ToBeWritten"
            : ResponseChainSyntax.Spell(model, build.SpanStart, placeholder, "Answer.ToBeWritten(\"\")", "FoiDsl.Answer.ToBeWritten(\"\")", "global::FoiDsl.Answer.ToBeWritten(\"\")").Replace("(\"\")", string.Empty);

        var answered = ResponseChainSyntax.CallsBefore(build).ToImmutableHashSet();
        var calls = questions
            .Where(q => !answered.Contains(q.Method))
            .Select(q => $".{q.Method}({spelling}({ResponseChainSyntax.Literal($"answer Q{q.Number}: {q.Wording}")}))")
            .ToList();
        return calls;
    }
}
