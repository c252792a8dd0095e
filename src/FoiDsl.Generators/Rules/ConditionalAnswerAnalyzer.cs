using System.Collections.Immutable;
using System.Linq;
using FoiDsl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0008: a conditional question ("If so, ...", <c>[Question(n, If = m)]</c>) must agree with the
/// answer to the question it depends on. Answering it with content when that question was answered
/// No, or marking it N/A when that question was answered Yes, gives the requester a contradictory
/// response.
/// </summary>
[Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConditionalAnswerAnalyzer : ResponseRuleAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.InconsistentConditionalAnswer,
        title: "Conditional question answered against its condition",
        messageFormat: "{0} \"{1}\" depends on {2}, which is answered {3}, but {0} is answered {4}: {5}",
        RuleIds.ResponseCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A question that applies only if an earlier one is answered Yes should be N/A when that question is No, and answered when it is Yes.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.InconsistentConditionalAnswer));

    private enum Kind
    {
        Unknown,
        Yes,
        No,
        NotApplicable,
        NotHeld,
        Content,
    }

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Analyze(BuildSite site)
    {
        foreach (var question in site.Request.Questions.Where(q => q.Condition != 0 && site.Request.NeedsAnswer(q)))
        {
            var condition = site.Request.Questions.FirstOrDefault(q => q.Number == question.Condition);
            if (condition is null || AnswerOf(site, condition) is not { } given || AnswerOf(site, question) is not { } answer)
            {
                continue;
            }

            // "If so" applies when the condition is Yes; "If not" (IfNot) when it is No.
            var (applies, doesNotApply) = question.ConditionIsNo ? (Kind.No, Kind.Yes) : (Kind.Yes, Kind.No);
            var fix = (given.Kind, answer.Kind) switch
            {
                var (g, a) when g == doesNotApply && a is Kind.Yes or Kind.No or Kind.Content => $"answer it NotApplicable, or correct the answer to {condition.Label}",
                var (g, a) when g == applies && a == Kind.NotApplicable => $"answer it, or correct the answer to {condition.Label}",
                _ => null,
            };
            if (fix is not null)
            {
                site.Context.ReportDiagnostic(FoiDiagnostic.Create(
                    Rule,
                    answer.Argument.Syntax.GetLocation(),
                    question.Label,
                    question.Wording,
                    condition.Label,
                    Describe(given.Kind),
                    Describe(answer.Kind),
                    fix));
            }
        }
    }

    /// <summary>The one answer given to <paramref name="question"/> in the chain; null when none, several, or not known until run time.</summary>
    private static (Kind Kind, IOperation Argument)? AnswerOf(BuildSite site, QuestionSpec question)
    {
        var calls = site.Chain.Calls.Where(c => c.Name == question.Name).ToList();
        if (calls.Count != 1 || calls[0].Invocation.Arguments.FirstOrDefault()?.Value is not { } argument)
        {
            return null;
        }

        var value = argument;
        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        var kind = value switch
        {
            IPropertyReferenceOperation { Property: { ContainingType.Name: "Answer", Name: var name } } => name switch
            {
                "Yes" => Kind.Yes,
                "No" => Kind.No,
                "NotApplicable" => Kind.NotApplicable,
                "NotHeld" => Kind.NotHeld,
                _ => Kind.Unknown,
            },
            { ConstantValue: { HasValue: true, Value: string text } } when !text.Contains("[to be written: ") => Kind.Content,
            _ => Kind.Unknown,
        };
        return kind == Kind.Unknown ? null : (kind, argument);
    }

    private static string Describe(Kind kind) => kind switch
    {
        Kind.Yes => "Yes",
        Kind.No => "No",
        Kind.NotApplicable => "N/A",
        Kind.NotHeld => "not held",
        _ => "in words",
    };
}
