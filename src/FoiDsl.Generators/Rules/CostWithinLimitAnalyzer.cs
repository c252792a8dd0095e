using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using FoiDsl.Generators.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0030: s12(1) of FOIA and of FOISA lets an authority refuse only where it estimates that the cost of
/// complying would exceed the limit — under FOIA the appropriate limit, £450, or £600 for the authorities in
/// Part I of Schedule 1 (Fees Regulations 2004 reg 3), with staff time at £25 an hour (reg 4(4)); under FOISA
/// the prescribed amount, £600 at no more than £15 an hour (Fees for Required Disclosure (Scotland) Regulations
/// 2004 reg 3). The figures are the regimes' <see cref="RegimeDefinition.CostLimits"/>. An estimate written
/// with constant figures (<c>CostEstimate.Against(AppropriateLimit.Standard).Activity(...)</c>) that
/// totals the limit or less gives the refusal no basis. The rule checks an estimate written in the
/// <c>.CostEstimate(...)</c> call itself; <c>Build()</c> refuses such an estimate as well, however
/// it was written, and this rule shows it while the response is written.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CostWithinLimitAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.CostWithinLimit,
        title: "Cost estimate does not exceed the appropriate limit",
        messageFormat: "The cost estimate totals {0} hours ({1}), which does not exceed the {4} of {2} hours ({3}), so s12 gives no ground to refuse: answer the request, or correct the estimate",
        RuleIds.ResponseCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A refusal under s12 needs an estimate above the limit: under FOIA the appropriate limit (Fees Regulations 2004 reg 3: £450 or £600, at £25 an hour), under FOISA the prescribed amount (£600, at no more than £15 an hour). An estimate at or below the limit cannot support the refusal.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.CostWithinLimit));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var estimate = start.Compilation.GetTypeByMetadataName(KnownNames.CostEstimateType);
            var limit = start.Compilation.GetTypeByMetadataName(KnownNames.AppropriateLimitType);
            if (estimate is null || limit is null)
            {
                return;
            }

            start.RegisterOperationAction(ctx => Analyze(ctx, estimate, limit), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol estimate, INamedTypeSymbol limit)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!IsEstimateCall(invocation, estimate)
            || invocation.Parent is not IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: KnownNames.CostEstimate } })
        {
            // only a whole estimate, written in the call that gives it to the response, is checked: an
            // estimate kept in a variable may still be added to by later statements, and Build() checks it
            return;
        }

        decimal minutes = 0;
        var activities = 0;
        IOperation? current = invocation;
        while (current is IInvocationOperation call && IsEstimateCall(call, estimate))
        {
            switch (call.TargetMethod.Name)
            {
                case "Activity":
                    if (Minutes(call) is not { } lineMinutes)
                    {
                        return; // figures known only at run time: Build() checks them
                    }

                    minutes += lineMinutes;
                    activities++;
                    break;
                case "Against":
                    if (call.Arguments.Length != 1 || LimitOf(call.Arguments[0].Value, limit) is not { } known)
                    {
                        return;
                    }

                    // exceeds: hours × rate > limit, i.e. minutes × rate > limit × 60, kept exact
                    var (pounds, rate, name) = (known.Pounds, known.HourlyRate, known.Name);
                    if (activities > 0 && minutes * rate <= pounds * 60m)
                    {
                        var hours = minutes / 60m;
                        context.ReportDiagnostic(Diagnostic.Create(
                            Rule,
                            invocation.Syntax.GetLocation(),
                            hours.ToString("0.##", CultureInfo.InvariantCulture),
                            "£" + (hours * rate).ToString("#,0.##", CultureInfo.InvariantCulture),
                            (pounds / rate).ToString("0.##", CultureInfo.InvariantCulture),
                            "£" + pounds.ToString("#,0", CultureInfo.InvariantCulture),
                            name));
                    }

                    return;
                case "Aggregating":
                    break;
                default:
                    return;
            }

            current = call.Instance;
        }
    }

    private static bool IsEstimateCall(IInvocationOperation call, INamedTypeSymbol estimate) =>
        SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, estimate)
        && SymbolEqualityComparer.Default.Equals(call.TargetMethod.ReturnType, estimate);

    /// <summary>The minutes of one <c>Activity(...)</c> line, or null when a figure is not a constant.</summary>
    private static decimal? Minutes(IInvocationOperation call)
    {
        decimal? records = null, minutesEach = null, hours = null;
        foreach (var argument in call.Arguments)
        {
            var value = argument.Value.ConstantValue is { HasValue: true, Value: { } constant } && constant is not string
                ? System.Convert.ToDecimal(constant, CultureInfo.InvariantCulture)
                : (decimal?)null;
            switch (argument.Parameter?.Name)
            {
                case "records":
                    records = value ?? -1;
                    break;
                case "minutesEach":
                    minutesEach = value ?? -1;
                    break;
                case "hours":
                    hours = value ?? -1;
                    break;
            }
        }

        if (hours is { } h)
        {
            return h > 0 ? h * 60m : null;
        }

        return records is > 0 && minutesEach is > 0 ? records * minutesEach : null;
    }

    /// <summary>
    /// The figures of the limit <paramref name="value"/> names, e.g. <c>AppropriateLimit.Standard</c>: read from the
    /// regimes' <see cref="RegimeDefinition.CostLimits"/>, the same data the runtime's <c>AppropriateLimit</c> reads.
    /// </summary>
    private static CostLimitFigures? LimitOf(IOperation value, INamedTypeSymbol limit) =>
        value is IPropertyReferenceOperation { Property: { IsStatic: true } property } && SymbolEqualityComparer.Default.Equals(property.ContainingType, limit)
            ? RegimeDefinition.All.SelectMany(r => r.CostLimits).FirstOrDefault(l => l.Member == property.Name)
            : null;
}
