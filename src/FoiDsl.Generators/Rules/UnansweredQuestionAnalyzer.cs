using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0001: every question that is not withheld must be answered. FOIA s1(1) gives the requester
/// the right to be told whether information is held and to have it communicated; a response that
/// skips a question meets neither duty for it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnansweredQuestionAnalyzer : ResponseRuleAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.UnansweredQuestion,
        title: "Question is not answered",
        messageFormat: "{0} \"{1}\" of {2} is not answered: call {3}(...) before Build()",
        RuleIds.ResponseCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Every question of a request must be answered (Yes, No, N/A, not held or in words) or withheld under an exemption or exception (FOIA s1(1), EIR reg 5(1), FOISA s1(1), EIR (Scotland) reg 5(1)).",
        helpLinkUri: RuleIds.HelpUri(RuleIds.UnansweredQuestion));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Analyze(BuildSite site)
    {
        var unanswered = site.Request.Questions.Where(q => site.Request.NeedsAnswer(q) && !site.Chain.CallsMethod(q.Name)).ToList();
        if (unanswered.Count == 0)
        {
            return;
        }

        // Every diagnostic carries all the questions unanswered here, so one fix can answer them all once.
        var shared = ImmutableDictionary.CreateBuilder<string, string?>();
        shared[DiagnosticProperties.Unanswered] = DiagnosticProperties.Join(unanswered.Select(q => q.Number.ToString(CultureInfo.InvariantCulture)));
        foreach (var question in unanswered)
        {
            shared[DiagnosticProperties.QuestionOf(question.Number)] = question.Name;
            shared[DiagnosticProperties.WordingOf(question.Number)] = question.Wording;
        }

        foreach (var question in unanswered)
        {
            var properties = shared.ToImmutable()
                .SetItem(DiagnosticProperties.Question, question.Name)
                .SetItem(DiagnosticProperties.Number, question.Number.ToString(CultureInfo.InvariantCulture))
                .SetItem(DiagnosticProperties.Wording, question.Wording);
            site.Report(Rule, question, properties, question.Label, question.Wording, site.Request.Reference, question.Name);
        }
    }
}
