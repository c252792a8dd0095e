using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FoiDsl.Generators.Catalogue;
using FoiDsl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0010: a qualified exemption withholds information only when the public interest in
/// maintaining it outweighs the public interest in disclosure (FOIA s2(2)(b)). A public interest
/// test therefore sets out the factors on both sides and ends with a conclusion weighing them.
/// A test with no factors on one side, or tests with no balance test, weigh nothing. The runtime
/// refuses both when the response is built; this rule reports them as the response is written.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class IncompletePublicInterestTestAnalyzer : ResponseRuleAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.IncompletePublicInterestTest,
        title: "Public interest test is incomplete",
        messageFormat: "{0}: {1}",
        RuleIds.ResponseCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A public interest test weighs the factors favouring disclosure against those favouring non-disclosure (FOIA s2(2)(b), EIR reg 12(1)(b), FOISA s2(1)(b), EIR (Scotland) reg 10(1)(b)): give at least one factor on each side, and conclude with BalanceTest(...).",
        helpLinkUri: RuleIds.HelpUri(RuleIds.IncompletePublicInterestTest));

    /// <summary>The ordinal of the factors favouring disclosure in <c>PublicInterestTest</c>.</summary>
    private const int FavouringDisclosure = 1;

    /// <summary>The ordinal of the factors favouring non-disclosure in <c>PublicInterestTest</c>.</summary>
    private const int FavouringNonDisclosure = 2;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Analyze(BuildSite site)
    {
        if (site.Chain.CallsMethod(KnownNames.PublicInterestTest) && !site.Chain.CallsMethod(KnownNames.BalanceTest))
        {
            site.Report(
                Rule,
                "The response sets out a public interest test but no balance test",
                $"the conclusion weighing the factors for and against disclosure is missing ({PublicInterestProvisions(site.Request)}); call BalanceTest(...) before Build() to say which way the public interest falls and why");
        }
    }

    private protected override void AnalyzeCall(OperationAnalysisContext context, IInvocationOperation call, RequestSpec request)
    {
        if (call.TargetMethod.Name != KnownNames.PublicInterestTest)
        {
            return;
        }

        foreach (var (ordinal, side, example) in new[]
        {
            (FavouringDisclosure, "disclosure", "openness and accountability in how the authority works"),
            (FavouringNonDisclosure, "non-disclosure", "the harm the exemption protects against"),
        })
        {
            var argument = call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == ordinal);
            if (argument is not null && EmptyText.IsEmpty(argument.Value, context.CancellationToken))
            {
                context.ReportDiagnostic(FoiDiagnostic.Create(
                    Rule,
                    argument.Syntax.GetLocation(),
                    $"The public interest test for {Exemption(call)} lists no factors favouring {side}",
                    $"a public interest test weighs both sides ({RegimeDefinition.For(RegimeOf(call)).Cites.PublicInterest}); give at least one factor favouring {side}, such as {example}"));
            }
        }
    }

    /// <summary>
    /// The provisions requiring the public interest test and its reasons under each regime whose qualified grounds the
    /// request claims (FOIA s2(2)(b), s17(3); EIR reg 12(1)(b), 14(3)(b); ...), or under the request's own regime.
    /// </summary>
    private static string PublicInterestProvisions(RequestSpec request)
    {
        var regimes = request.ExemptionsClaimed().Where(c => c.RequiresPublicInterestTest).Select(c => c.Regime).Distinct().ToList();
        return string.Join(" and ", (regimes.Count > 0 ? regimes : new List<Regime> { request.Regime }).Select(r => RegimeDefinition.For(r).Cites.PublicInterest));
    }

    /// <summary>The regime of the ground a <c>PublicInterestTest(...)</c> call weighs: the one its citation names, else the request's.</summary>
    private static Regime RegimeOf(IInvocationOperation call)
    {
        var request = RequestParser.RegimeOfBuilder(call.TargetMethod.ContainingType);
        var argument = call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0);
        return argument?.Value.ConstantValue is { HasValue: true, Value: string citation } ? RegimeDefinition.ForCitation(request, citation) : request;
    }

    /// <summary>The exemption the test is for, as "citation – title" when it is written as a constant.</summary>
    private static string Exemption(IInvocationOperation call)
    {
        var argument = call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0);
        if (argument?.Value.ConstantValue is not { HasValue: true, Value: string citation })
        {
            return "this exemption";
        }

        var resolution = ExemptionCatalogue.ResolveSection(citation, RegimeOf(call));
        return resolution.Exemption is { } exemption ? resolution.Canonical + " – " + exemption.Title : $"'{citation}'";
    }
}
