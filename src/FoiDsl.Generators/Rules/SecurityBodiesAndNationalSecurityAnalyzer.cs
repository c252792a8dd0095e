using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0013: s24(1) FOIA exempts only information that is not exempt under s23(1), so the two can
/// never apply to the same information: information either is supplied by or relates to a security
/// body (s23, absolute) or it is not, and only then may national security (s24, qualified) be relied
/// on. Claiming both for one answer tells the requester that the information was supplied by a
/// security body. The neither-confirm-nor-deny provisions s23(5) and s24(2) are the exception: the
/// ICO accepts them cited together so as not to reveal which applies.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecurityBodiesAndNationalSecurityAnalyzer : ExclusiveExemptionsAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.SecurityBodiesAndNationalSecurity,
        title: "s23(1) and s24(1) claimed for the same information",
        messageFormat: "Question {0} ({1}) claims both s23(1) and s24(1), but s24(1) applies only to information that s23(1) does not cover, so the two cannot be claimed for the same information: keep s23(1) if the information was supplied by or relates to a security body, otherwise s24(1). Only when neither confirming nor denying that information is held may s23(5) and s24(2) be cited together.",
        RuleIds.RequestCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "s23(1) (security bodies) and s24(1) (national security) are mutually exclusive for the same information; claim the one that applies. Citing both is accepted only for neither-confirm-nor-deny, as s23(5) with s24(2).",
        helpLinkUri: RuleIds.HelpUri(RuleIds.SecurityBodiesAndNationalSecurity));

    private protected override DiagnosticDescriptor PairRule => Rule;

    private protected override string First => "23";

    private protected override string Second => "24";
}
