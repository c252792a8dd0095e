using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0007: questions are numbered as the requester numbered them, so in declaration order the
/// numbers run 1, 2, 3, … with none skipped. A gap usually means a question was left out of the
/// response; numbers out of order make the response hard to check against the request. Numbers
/// used twice are FOI0004's business and are skipped here.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class QuestionNumberSequenceAnalyzer : RequestRuleAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.QuestionNumberSequence,
        title: "Question numbers have a gap or are out of order",
        messageFormat: "Question {0} ({1}) {2}: {3}",
        RuleIds.RequestCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Declare the questions in the order of the request and number them 1, 2, 3, … with none missing, so that every question the requester asked has an answer.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.QuestionNumberSequence));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Analyze(SymbolAnalysisContext context, DslSymbols dsl, INamedTypeSymbol type, AttributeData requestAttribute)
    {
        var questions = new List<(int Number, IFieldSymbol Field, AttributeData Attribute)>();
        var fields = type.GetMembers().OfType<IFieldSymbol>().OrderBy(f => f.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0);
        foreach (var field in fields)
        {
            var attribute = DslSymbols.Find(field, dsl.Question);
            if (attribute is not null && (attribute.ConstructorArguments.Length == 0 ? 1 : attribute.ConstructorArguments[0].Value) is int number)
            {
                questions.Add((number, field, attribute)); // [Question] with no number is question 1
            }
        }

        var used = new HashSet<int>(questions.Select(q => q.Number));
        var seen = new HashSet<int>();
        var previous = 0;
        foreach (var (number, field, attribute) in questions)
        {
            if (!seen.Add(number))
            {
                continue;
            }

            var problem = Problem(number, previous, used);
            if (problem is not null)
            {
                var place = previous == 0 ? "is the first question" : $"follows question {previous}";
                var location = AttributeLocations.Argument(attribute, 0, field.Locations[0], context.CancellationToken);
                context.ReportDiagnostic(FoiDiagnostic.Create(Rule, location, number, field.Name, place, problem));
            }

            previous = number;
        }
    }

    /// <summary>What is wrong with <paramref name="number"/> after <paramref name="previous"/>, or null if it follows on.</summary>
    private static string? Problem(int number, int previous, HashSet<int> used)
    {
        if (number < 1)
        {
            return "question numbers start at 1";
        }

        if (number <= previous)
        {
            return "declare the questions in number order, as the request asks them";
        }

        if (number == previous + 1 || previous == 0)
        {
            // The first question may have any number: a request quoted from its second paragraph starts at 2.
            return null;
        }

        // Count and list the missing numbers without materialising the gap: numbers may be as far apart as int allows.
        var gap = (long)number - previous - 1;
        var declaredBetween = used.Count(n => n > previous && n < number);
        if (gap == declaredBetween)
        {
            // The numbers in between are declared later: the later ones are reported as out of order.
            return null;
        }

        if (declaredBetween == 0)
        {
            return gap == 1
                ? $"number it {previous + 1}, or add the missing question {previous + 1}"
                : $"number it {previous + 1}, or add the missing questions {previous + 1}–{number - 1}";
        }

        const int Shown = 10;
        var missing = new List<int>();
        for (var n = previous + 1; n < number && missing.Count <= Shown; n++)
        {
            if (!used.Contains(n))
            {
                missing.Add(n);
            }
        }

        var listed = string.Join(", ", missing.Take(Shown)) + (missing.Count > Shown ? ", …" : string.Empty);
        return gap - declaredBetween == 1 ? $"add the missing question {missing[0]}" : $"add the missing questions {listed}";
    }
}
