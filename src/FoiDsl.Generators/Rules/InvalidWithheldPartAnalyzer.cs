using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0022: a question is withheld as a whole, or answered with parts of it withheld
/// (<c>[Exempt(..., Part = "...")]</c>), never both; each part says in words what is withheld and
/// cites what it is withheld under (s17(1): the notice states which information each exemption
/// covers). A part cannot sit beside neither confirm nor deny either: answering the rest confirms
/// that information is held.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidWithheldPartAnalyzer : RequestRuleAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.InvalidWithheldPart,
        title: "Question withheld as a whole and in part, or a part not described",
        messageFormat: "'{0}': {1}",
        RuleIds.RequestCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A question has one [Exempt] without a Part (withheld as a whole), or one [Exempt(..., Part = \"...\")] per part withheld while the rest is answered.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.InvalidWithheldPart));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Analyze(SymbolAnalysisContext context, DslSymbols dsl, INamedTypeSymbol request, AttributeData requestAttribute)
    {
        foreach (var field in request.GetMembers().OfType<IFieldSymbol>())
        {
            var exempts = field.GetAttributes().Where(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, dsl.Exempt)).ToList();
            var whole = exempts.Where(a => RequestParser.PartOf(a) is null).ToList();
            var parts = exempts.Where(a => RequestParser.PartOf(a) is not null).ToList();
            var ncnd = DslSymbols.Find(field, dsl.NeitherConfirmNorDeny);

            void Report(AttributeData attribute, string problem) =>
                context.ReportDiagnostic(FoiDiagnostic.Create(Rule, attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? field.Locations[0], field.Name, problem));

            foreach (var extra in whole.Skip(1))
            {
                Report(extra, "the question is already withheld as a whole by another [Exempt]: list every exemption in one [Exempt(...)], or name the Part each one withholds");
            }

            foreach (var part in parts)
            {
                if (whole.Count > 0)
                {
                    Report(part, "the question is withheld as a whole, so no part of it is answered: remove the Part, or the [Exempt] without one");
                }
                else if (ncnd is not null)
                {
                    Report(part, "the question is neither confirmed nor denied, but withholding a part while answering the rest confirms the information is held: keep one of the two");
                }
                else if (string.IsNullOrWhiteSpace(RequestParser.PartOf(part)))
                {
                    Report(part, "say which part of the information is withheld, e.g. Part = \"the names of the officers\"");
                }
                else if (!RequestParser.ExemptCitations(part).Any())
                {
                    Report(part, "the part withheld needs the exemptions it is withheld under, e.g. [Exempt(S40, Part = \"the names of the officers\")]");
                }
            }

            if (DslSymbols.Find(field, dsl.ExceedsCostLimit) is { } cost && RequestParser.CostRefusalOf(cost, RequestParser.RegimeOf(field)) is { } refusal)
            {
                if (refusal.Part is { } costPart && costPart.Trim().Length == 0)
                {
                    Report(cost, "say which part of the question would cost too much to answer, e.g. Part = \"the years 2015 to 2019\", or remove the Part to refuse the whole question on cost");
                }
                else if (whole.Count > 0 || ncnd is not null)
                {
                    Report(cost, "the question is already withheld or neither confirmed nor denied as a whole, so none of it is answered and nothing is left to refuse on cost: keep one of the two");
                }
                else if (refusal.Part is null && parts.Count > 0)
                {
                    Report(cost, "the whole question is refused on cost, so none of it is answered and its parts withheld would never reach the response: name the Part that costs too much, or remove the [Exempt] parts");
                }
            }
        }
    }
}
