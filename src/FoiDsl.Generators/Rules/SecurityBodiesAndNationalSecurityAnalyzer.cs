using System.Collections.Immutable;
using System.Linq;
using FoiDsl.Generators.Catalogue;
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
public sealed class SecurityBodiesAndNationalSecurityAnalyzer : RequestRuleAnalyzer
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

    /// <summary>The catalogue id of s23, information supplied by or relating to security bodies.</summary>
    private const string SecurityBodies = "s23";

    /// <summary>The catalogue id of s24, national security.</summary>
    private const string NationalSecurity = "s24";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Analyze(SymbolAnalysisContext context, DslSymbols dsl, INamedTypeSymbol type, AttributeData requestAttribute)
    {
        foreach (var field in type.GetMembers().OfType<IFieldSymbol>())
        {
            var question = DslSymbols.Find(field, dsl.Question);
            if (question is null || (question.ConstructorArguments.Length == 0 ? 1 : question.ConstructorArguments[0].Value) is not int number)
            {
                continue;
            }

            // Each [Exempt] withholds its own information: the whole question, or one part of it.
            foreach (var exempt in field.GetAttributes().Where(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, dsl.Exempt)))
            {
                var ids = RequestParser.ExemptCitations(exempt).Select(c => ExemptionCatalogue.Resolve(c).Exemption?.Id).ToList();
                var securityBodies = ids.IndexOf(SecurityBodies);
                var nationalSecurity = ids.IndexOf(NationalSecurity);
                if (securityBodies >= 0 && nationalSecurity >= 0)
                {
                    var second = System.Math.Max(securityBodies, nationalSecurity);
                    var location = AttributeLocations.Argument(exempt, second, field.Locations[0], context.CancellationToken);
                    context.ReportDiagnostic(FoiDiagnostic.Create(Rule, location, number, field.Name));
                }
            }
        }
    }
}
