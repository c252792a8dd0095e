using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FoiDsl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0016: the <c>[FoiRequest]</c> attribute carries the reference the requester will quote in a
/// review or complaint, and the date of receipt from which the s10 time limit runs. An empty
/// reference or a date that cannot be read makes the response impossible to trace or to time.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidRequestMetadataAnalyzer : RequestRuleAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.InvalidRequestMetadata,
        title: "Invalid request metadata",
        messageFormat: "{0}: {1}",
        RuleIds.RequestCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A [FoiRequest] needs a non-empty reference, and its Received date, when given, must be a real date written yyyy-MM-dd.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.InvalidRequestMetadata));

    /// <summary>The property of <c>[FoiRequest]</c> that holds the date of receipt.</summary>
    private const string ReceivedProperty = "Received";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Analyze(SymbolAnalysisContext context, DslSymbols dsl, INamedTypeSymbol type, AttributeData requestAttribute)
    {
        var fallback = type.Locations.FirstOrDefault() ?? Location.None;
        var reference = requestAttribute.ConstructorArguments.Length > 0 ? requestAttribute.ConstructorArguments[0].Value as string : null;
        if (requestAttribute.ConstructorArguments.Length > 0 && string.IsNullOrWhiteSpace(reference))
        {
            context.ReportDiagnostic(FoiDiagnostic.Create(
                Rule,
                AttributeLocations.Argument(requestAttribute, 0, fallback, context.CancellationToken),
                $"The reference of {type.Name} is empty",
                "give the reference the request was logged under, e.g. \"FOI 0412/23\", so the requester can quote it"));
        }

        var received = requestAttribute.NamedArguments.FirstOrDefault(a => a.Key == ReceivedProperty).Value.Value as string;
        if (received is not null && RequestParser.ParseDate(received) is null)
        {
            context.ReportDiagnostic(FoiDiagnostic.Create(
                Rule,
                NamedArgument(requestAttribute, ReceivedProperty, fallback, context.CancellationToken),
                $"Received = \"{received}\" is not a real date written yyyy-MM-dd",
                "write the date the request was received as year-month-day, e.g. \"2023-05-02\""));
        }

        // The dates of a fees notice (s9, s10(2)) and a public interest extension (s10(3)) move the due date.
        foreach (var (attributeName, properties) in new[]
        {
            (KnownNames.PublicInterestExtensionAttribute, new[] { "NoticeGiven", "NewDueDate" }),
            (KnownNames.ComplexityExtensionAttribute, new[] { "NoticeGiven", "NewDueDate" }),
            (KnownNames.FeesNoticeAttribute, new[] { "Given", "Paid" }),
        })
        {
            var clockAttribute = type.GetAttributes().FirstOrDefault(a => RequestParser.IsNamed(a.AttributeClass, attributeName));
            foreach (var property in clockAttribute is null ? Array.Empty<string>() : properties)
            {
                var date = clockAttribute!.NamedArguments.FirstOrDefault(a => a.Key == property).Value.Value as string;
                if (date is null || RequestParser.ParseDate(date) is null)
                {
                    var name = clockAttribute.AttributeClass!.Name.Replace("Attribute", string.Empty);
                    context.ReportDiagnostic(FoiDiagnostic.Create(
                        Rule,
                        NamedArgument(clockAttribute, property, fallback, context.CancellationToken),
                        date is null ? $"[{name}] on {type.Name} has no {property} date" : $"{property} = \"{date}\" of [{name}] is not a real date written yyyy-MM-dd",
                        $"write it as year-month-day, e.g. {property} = \"2024-03-28\""));
                }
            }
        }

        // Each regime extends its own way: FOIA for the public interest (s10(3)), the EIR for complexity and volume (reg 7(1)), FOISA not at all.
        var regime = Catalogue.RegimeDefinition.For(RequestParser.RegimeOf(type));
        foreach (var (attributeName, fits, fix) in new[]
        {
            (KnownNames.PublicInterestExtensionAttribute, regime.Regime == Catalogue.Regime.Foia,
                regime.IsEnvironmental ? "the regulations extend the time only for the complexity and volume of the information (reg 7(1)): use [ComplexityExtension(NoticeGiven = ..., NewDueDate = ...)]" : "remove it: the Act allows no extension of the 20 working days (s10)"),
            (KnownNames.ComplexityExtensionAttribute, regime.IsEnvironmental,
                regime.Regime == Catalogue.Regime.Foia ? "FOIA extends the time only to consider the public interest (s10(3)): use [PublicInterestExtension(NoticeGiven = ..., NewDueDate = ...)], or answer the request under the EIR" : "remove it: the Act allows no extension of the 20 working days (s10)"),
        })
        {
            if (!fits && type.GetAttributes().FirstOrDefault(a => RequestParser.IsNamed(a.AttributeClass, attributeName)) is { } extensionAttribute)
            {
                context.ReportDiagnostic(FoiDiagnostic.Create(
                    Rule,
                    extensionAttribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? fallback,
                    $"[{extensionAttribute.AttributeClass!.Name.Replace("Attribute", string.Empty)}] on {type.Name}, which is answered under the {regime.Name}",
                    fix));
            }
        }

        // A clarification's date matters as much as the request's: s1(3) restarts the clock from it.
        foreach (var field in type.GetMembers().OfType<IFieldSymbol>())
        {
            var clarification = field.GetAttributes().FirstOrDefault(a => RequestParser.IsNamed(a.AttributeClass, KnownNames.ClarificationAttribute));
            var date = clarification?.NamedArguments.FirstOrDefault(a => a.Key == ReceivedProperty).Value.Value as string;
            if (clarification is not null && (date is null || RequestParser.ParseDate(date) is null))
            {
                context.ReportDiagnostic(FoiDiagnostic.Create(
                    Rule,
                    NamedArgument(clarification, ReceivedProperty, field.Locations[0], context.CancellationToken),
                    date is null ? $"The clarification {field.Name} has no Received date" : $"Received = \"{date}\" of the clarification {field.Name} is not a real date written yyyy-MM-dd",
                    "write the date the clarification was received as year-month-day, e.g. Received = \"2024-02-01\""));
            }
        }
    }

    private protected override bool ChecksAuthorityProfile => true;

    /// <summary>The authority's name and review email are printed in every letter: an empty name or an email without <c>@</c> would be wrong in all of them.</summary>
    private protected override void AnalyzeProfile(SyntaxNodeAnalysisContext context, AttributeData profile)
    {
        var location = profile.ApplicationSyntaxReference!.GetSyntax(context.CancellationToken).GetLocation();
        var spec = AuthorityProfileSpec.From(profile);
        if (string.IsNullOrWhiteSpace(spec.Name))
        {
            context.ReportDiagnostic(FoiDiagnostic.Create(Rule, AttributeLocations.Argument(profile, 0, location, context.CancellationToken),
                "[assembly: FoiAuthority] has no name", "give the authority's name without an article, e.g. \"North Yorkshire Police\", and put \"the\" in Article where it needs one"));
        }

        if (spec.ReviewEmail is { } email && !email.Contains("@"))
        {
            context.ReportDiagnostic(FoiDiagnostic.Create(Rule, NamedArgument(profile, "ReviewEmail", location, context.CancellationToken),
                $"ReviewEmail = \"{email}\" of [assembly: FoiAuthority] is not an email address", "give the address requests for a review are sent to, e.g. \"foi@example.gov.uk\""));
        }
    }

    /// <summary>The <c>Name = value</c> argument of <paramref name="attribute"/>, else the attribute, else <paramref name="fallback"/>.</summary>
    private static Location NamedArgument(AttributeData attribute, string name, Location fallback, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return fallback;
        }

        var argument = syntax.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);
        return argument?.GetLocation() ?? syntax.GetLocation();
    }
}
