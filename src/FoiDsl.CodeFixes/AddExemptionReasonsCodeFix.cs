using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using FoiDsl.Generators.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FoiDsl.CodeFixes;

/// <summary>
/// FOI0021: adds, before <c>Build()</c>, the reasons section each withheld exemption calls for, with
/// placeholders for every part (and <c>default</c> for the date of a qualified person's opinion,
/// which <c>Build()</c> refuses until it is set). The reasons are the officer's to write.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddExemptionReasonsCodeFix))]
[Shared]
public sealed class AddExemptionReasonsCodeFix : ScaffoldAtBuildCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.MissingExemptionReasons);

    private protected override string Title => "Add the reasons each exemption needs";

    private protected override string EquivalenceKey => "FoiDsl.AddExemptionReasons";

    private protected override bool CanScaffold(ImmutableDictionary<string, string?> properties) =>
        DiagnosticProperties.List(properties, DiagnosticProperties.Citations).Length is > 0 and var count
        && DiagnosticProperties.List(properties, DiagnosticProperties.Reasons).Length == count;

    private protected override IReadOnlyList<string> Calls(SemanticModel model, InvocationExpressionSyntax build, ImmutableDictionary<string, string?> properties)
    {
        var position = build.SpanStart;
        string Text(string whatToWrite) => ResponseChainSyntax.PlaceholderText(model, position, whatToWrite);

        var citations = DiagnosticProperties.List(properties, DiagnosticProperties.Citations);
        var reasons = DiagnosticProperties.List(properties, DiagnosticProperties.Reasons);
        return citations.Zip(reasons, (citation, reason) => reason switch
        {
            "WhyExempt" => $".WhyExempt({ResponseChainSyntax.Citation(model, position, citation)}, {Text("why the information withheld falls within " + citation)})",
            "ReasonablyAccessible" => $".ReasonablyAccessible({Text("where and how the information can be found")})",
            "IntendedPublication" => $".IntendedPublication({Text("who intends to publish the information")}, {Text("roughly when")}, {Text("why it is reasonable to withhold it until then")})",
            "QualifiedPersonsOpinion" => $".QualifiedPersonsOpinion({Text("the qualified person")}, default, {Text("the qualified person's opinion and its grounds")})",
            "InCourseOfCompletion" => $".InCourseOfCompletion({Text("who is preparing the information")}, {Text("when it is expected to be finished")}, {Text("why the information is unfinished")})",
            "LegitimateInterestsTest" => $".LegitimateInterestsTest({Text("the legitimate interest in disclosure")}, {Text("whether disclosure is necessary for it")}, {Text("the balance with the data subjects' rights")})",
            _ => null,
        })
        .Where(call => call is not null)
        .Select(call => call!)
        .Distinct()
        .ToList();
    }
}
