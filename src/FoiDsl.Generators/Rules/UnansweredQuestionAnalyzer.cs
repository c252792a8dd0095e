using System.Collections.Immutable;
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
        description: "Every question of a request must be answered (Yes, No, N/A, not held or in words) or withheld under an exemption (FOIA s1(1)).",
        helpLinkUri: RuleIds.HelpUri(RuleIds.UnansweredQuestion));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Analyze(BuildSite site)
    {
        foreach (var question in site.Request.Questions)
        {
            if (site.Request.NeedsAnswer(question) && !site.Chain.CallsMethod(question.Name))
            {
                site.Report(Rule, question, question.Label, question.Wording, site.Request.Reference, question.Name);
            }
        }
    }
}
