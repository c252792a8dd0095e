using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0031: s31(1) FOIA exempts only "information which is not exempt information by virtue of
/// section 30" (its opening words), so s30 (investigations and proceedings) and s31 (law
/// enforcement) cannot both withhold the same information. The ICO accepts both in one response for
/// different information, and both NCND provisions (s30(3), s31(3)) together; this rule looks only
/// at the information withheld for one question.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvestigationsAndLawEnforcementAnalyzer : ExclusiveExemptionsAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.InvestigationsAndLawEnforcement,
        title: "s30 and s31 claimed for the same information",
        messageFormat: "Question {0} ({1}) claims both s30 and s31, but s31(1) applies only to information that is not exempt under s30, so the two cannot withhold the same information: keep s30 if the information is held for an investigation or proceedings it covers, otherwise s31",
        RuleIds.RequestCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "s30 (investigations and proceedings) and s31 (law enforcement) are mutually exclusive for the same information (s31(1) opening words). Claim the one that applies; to neither confirm nor deny, s30(3) and s31(3) may be cited together.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.InvestigationsAndLawEnforcement));

    private protected override DiagnosticDescriptor PairRule => Rule;

    private protected override string First => "30";

    private protected override string Second => "31";
}
