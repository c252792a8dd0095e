using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0023: a request refused as a whole under s12 or s14 is not answered at all (s17(5) notice), so
/// exemptions claimed for its questions never reach the response: the authority has not considered
/// them, and a requester reading the notice could not see them. Claim either the refusal or the
/// exemptions. The same goes for a question refused on cost (<c>[ExceedsCostLimit]</c>): the whole
/// request is refused already.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RefusedRequestWithExemptionsAnalyzer : RequestRuleAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.RefusedRequestWithExemptions,
        title: "Request refused as a whole also claims exemptions",
        messageFormat: "'{0}' is refused as a whole by [RefuseRequest], so its [{1}] would never appear in the response: remove [RefuseRequest] and answer the request, or remove [{1}]",
        RuleIds.RequestCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A request refused under s12 or s14 is not answered, so no question of it withholds information under an exemption or neither confirms nor denies.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.RefusedRequestWithExemptions));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Analyze(SymbolAnalysisContext context, DslSymbols dsl, INamedTypeSymbol request, AttributeData requestAttribute)
    {
        if (DslSymbols.Find(request, dsl.RefuseRequest) is null)
        {
            return;
        }

        var claims = request.GetAttributes().Where(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, dsl.NeitherConfirmNorDeny))
            .Concat(request.GetMembers().OfType<IFieldSymbol>().SelectMany(f => f.GetAttributes())
                .Where(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, dsl.Exempt) || SymbolEqualityComparer.Default.Equals(a.AttributeClass, dsl.NeitherConfirmNorDeny)
                    || SymbolEqualityComparer.Default.Equals(a.AttributeClass, dsl.ExceedsCostLimit)));
        foreach (var claim in claims)
        {
            var location = claim.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? request.Locations[0];
            context.ReportDiagnostic(FoiDiagnostic.Create(Rule, location, request.Name, claim.AttributeClass!.Name.Replace("Attribute", string.Empty)));
        }
    }
}
