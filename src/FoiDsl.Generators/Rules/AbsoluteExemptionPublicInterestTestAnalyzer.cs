using System.Collections.Immutable;
using System.Linq;
using FoiDsl.Generators.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0009: the exemptions listed in FOIA s2(3) are absolute: once engaged they withhold the
/// information without any weighing of the public interest. A public interest test written for one
/// of them suggests the author thinks the exemption is qualified, and puts a balancing exercise
/// the Act does not ask for into the refusal notice.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AbsoluteExemptionPublicInterestTestAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.AbsoluteExemptionPublicInterestTest,
        title: "Public interest test given for an absolute exemption",
        messageFormat: "{0} – {1} is an absolute exemption (FOIA s2(3)): it needs no public interest test; remove this PublicInterestTest",
        RuleIds.ResponseCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Give public interest tests only for qualified exemptions; absolute exemptions (s2(3) FOIA) are not weighed against the public interest.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.AbsoluteExemptionPublicInterestTest));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(AnalyzeCall, OperationKind.Invocation);
    }

    private static void AnalyzeCall(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod is not { Name: KnownNames.PublicInterestTest, ContainingType.Name: KnownNames.ResponseBuilder }
            || invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0) is not { } argument)
        {
            return;
        }

        var value = argument.Value is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : argument.Value;
        var elements = value switch
        {
            IArrayCreationOperation { Initializer: { } initializer } => initializer.ElementValues,
            _ when value.Type?.SpecialType == SpecialType.System_String => ImmutableArray.Create(value),
            _ => value.ChildOperations.ToImmutableArray(),
        };

        foreach (var element in elements)
        {
            var inner = element is IConversionOperation { IsImplicit: true } c ? c.Operand : element;
            if (inner.ConstantValue is { HasValue: true, Value: string citation }
                && ExemptionCatalogue.Resolve(citation).Exemption is { Kind: GroundKind.Exemption, Status: ExemptionStatus.Absolute } exemption)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, inner.Syntax.GetLocation(), exemption.Provision, exemption.Title));
            }
        }
    }
}
