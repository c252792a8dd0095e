using System.Collections.Immutable;
using FoiDsl.Generators.Catalogue;
using FoiDsl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0002: a qualified exemption withholds information only if the public interest in
/// maintaining it outweighs the public interest in disclosure (FOIA s2(2)(b)), and the refusal
/// notice must give the reasons (s17(3)). So every qualified exemption claimed needs a public
/// interest test in the response.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingPublicInterestTestAnalyzer : MissingSectionRuleAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.MissingPublicInterestTest,
        title: "Qualified exemption or exception has no public interest test",
        messageFormat: "{0} is a qualified {5} claimed for {1}, so the response needs a public interest test for it ({4}) weighing {3}: call PublicInterestTest({2}, favouringDisclosure: [...], favouringNonDisclosure: [...]) before Build()",
        RuleIds.ResponseCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Information withheld under a qualified exemption (FOIA, FOISA) or an exception (EIR, EIR (Scotland)) must be shown to be withheld in the public interest: the response weighs the factors favouring disclosure against those favouring non-disclosure.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.MissingPublicInterestTest));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override string SectionMethod => KnownNames.PublicInterestTest;

    /// <inheritdoc />
    private protected override object[] MessageArguments(ClaimSpec claim, string written, string act) =>
        new object[] { claim.ToString(), claim.QuestionLabels, written, act, RegimeDefinition.For(claim.Regime).Cites.PublicInterest, RegimeDefinition.For(claim.Regime).GroundWord };

    private protected override bool Requires(ClaimSpec claim) =>
        claim.RequiresPublicInterestTest && !RegimeDefinition.RoutesToEnvironmentalRegime(claim.Exemption); // s39: FOI0039 points to the EIR instead
}
