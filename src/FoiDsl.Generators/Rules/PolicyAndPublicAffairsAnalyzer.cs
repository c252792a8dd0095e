using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0032: s36 FOIA applies to information held by a government department or the Welsh
/// Government only where it "is not exempt information by virtue of section 35" (s36(1)(a)), so
/// s35 (formulation of government policy) and s36 (effective conduct of public affairs) cannot both
/// withhold the same information.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PolicyAndPublicAffairsAnalyzer : ExclusiveExemptionsAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.PolicyAndPublicAffairs,
        title: "s35 and s36 claimed for the same information",
        messageFormat: "Question {0} ({1}) claims both s35 and s36, but s36 applies to a government department's information only where it is not exempt under s35 (s36(1)(a)), so the two cannot withhold the same information: keep s35 if the information relates to the formulation of government policy or the other s35(1) classes, otherwise s36",
        RuleIds.RequestCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "s35 (formulation of government policy) and s36 (prejudice to the effective conduct of public affairs) are mutually exclusive for the same information (s36(1)(a)). Claim the one that applies.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.PolicyAndPublicAffairs));

    private protected override DiagnosticDescriptor PairRule => Rule;

    private protected override string First => "35";

    private protected override string Second => "36";
}
