using System;
using System.Linq;
using FoiDsl.Generators;
using FoiDsl.Rendering;
using FoiDsl.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FoiDsl.Tests.Response;

/// <summary>The authority declared once per assembly: its name, article and how to ask for a review (s17(7)(a)).</summary>
public class AuthorityProfileTests
{
    private const string Profile = """
        [assembly: FoiAuthority("Office of the Police and Crime Commissioner", Article = "the", ReviewEmail = "info@opcc.example", ReviewAddress = "OPCC, 1 High Street, Exampleton EX1 1AA")]

        """;

    private const string Request = """
        [FoiRequest("OPCC 12/24")]
        public static partial class Grants
        {
            [Question(1)][Exempt(S40)] public const string Names = "Who received grants?";
        }

        public static class Response
        {
            public static FoiResponse Write() => Grants.Respond()
                .LegitimateInterestsTest("Interest.", "Necessity.", "Balance.")
                .Build();
        }
        """;

    [Test]
    public void Every_request_in_the_assembly_gets_the_profile_and_the_review_paragraph_says_how_to_ask()
    {
        var compilation = TestCompilation.Create(TestCompilation.Usings + Profile + Request);
        Assert.That(TestCompilation.Diagnose(compilation).Select(d => d.Id + ": " + d.GetMessage()), Is.Empty);

        var (output, run) = TestCompilation.Generate(compilation);
        Assert.That(run.GeneratedTrees.Select(t => System.IO.Path.GetFileName(t.FilePath)), Does.Contain(ResponseBuilderEmitter.ProfileHintName));
        Assert.That(run.GeneratedTrees.Single(t => t.FilePath.EndsWith("Grants.FoiResponse.g.cs", StringComparison.Ordinal)).ToString(),
            Does.Contain("profile: global::FoiDsl.Generated.AssemblyAuthority.Profile"));
        Assert.That(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty);
    }

    [Test]
    public void The_authoritys_layout_reaches_the_profile_and_a_requests_own_layout_its_definition()
    {
        const string source = """
            [assembly: FoiAuthority("Harrowfield Borough Council", Layout = DocumentLayout.Letter)]

            [FoiRequest("FOI 1/25")]
            public static partial class AsTheAuthority
            {
                [Question(1)] public const string Budget = "What was the budget?";
            }

            [FoiRequest("FOI 2/25", Layout = DocumentLayout.Police)]
            public static partial class PoliceStyle
            {
                [Question(1)] public const string Budget = "What was the budget?";
            }
            """;
        var compilation = TestCompilation.Create(TestCompilation.Usings + source);
        Assert.That(TestCompilation.Diagnose(compilation).Select(d => d.Id + ": " + d.GetMessage()), Is.Empty);

        var (output, run) = TestCompilation.Generate(compilation);
        string Generated(string file) => run.GeneratedTrees.Single(t => t.FilePath.EndsWith(file, StringComparison.Ordinal)).ToString();

        Assert.That(Generated(ResponseBuilderEmitter.ProfileHintName), Does.Contain("{ Layout = global::FoiDsl.DocumentLayout.Letter }"));
        Assert.That(Generated("AsTheAuthority.FoiResponse.g.cs"), Does.Not.Contain("layout:"), "takes the profile's");
        Assert.That(Generated("PoliceStyle.FoiResponse.g.cs"), Does.Contain("layout: global::FoiDsl.DocumentLayout.Police"));
        Assert.That(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty);
    }

    [Test]
    public void The_review_paragraph_names_the_review_email_and_address_and_the_name_keeps_its_article()
    {
        var profile = new AuthorityProfile("Office of the Police and Crime Commissioner", "the", reviewEmail: "info@opcc.example", reviewAddress: "OPCC, 1 High Street");
        var request = new FoiRequestDefinition("OPCC 12/24", null, "Grants", null, new[] { new QuestionDefinition(1, "Q", "Q?") }, profile: profile);
        var response = new ResponseDraft(request).Answer(1, "Yes.").Build();

        Assert.That(request.Authority, Is.EqualTo("Office of the Police and Crime Commissioner"));
        Assert.That(response.Rights!.InternalReview.Single(), Does.Contain("Please email info@opcc.example or write to OPCC, 1 High Street within 40 working days"));
        Assert.That(ResponseLayout.DefaultSearches(response), Does.StartWith("We searched the records of the Office of the Police and Crime Commissioner"));
        Assert.That(ComplaintRights.Standard().InternalReview.Single(), Does.Contain("Please write to us within 40 working days"));
    }

    [TestCase("[assembly: FoiAuthority(\"\")]", "has no name")]
    [TestCase("[assembly: FoiAuthority(\"Example Council\", ReviewEmail = \"foi.example.gov.uk\")]", "is not an email address")]
    public void An_unusable_profile_is_reported_and_not_generated(string attribute, string expected)
    {
        var compilation = TestCompilation.Create(TestCompilation.Usings + attribute + "\n" + Request);
        Assert.That(TestCompilation.Diagnose(compilation).Where(d => d.Id == "FOI0016").Select(d => d.GetMessage()), Has.One.Contains(expected));
        Assert.That(TestCompilation.Generate(compilation).Run.GeneratedTrees.Select(t => t.FilePath), Has.None.Contains("AssemblyAuthority"));
        Assert.That(() => new AuthorityProfile("Example Council", reviewEmail: "foi.example.gov.uk"), Throws.ArgumentException.With.Message.Contains("not an email address"));
    }

    [Test]
    public void Editing_the_profile_regenerates_the_profile_and_no_request()
    {
        var compilation = TestCompilation.Create(TestCompilation.Usings + Profile + Request);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new RequestGenerator().AsSourceGenerator() }, parseOptions: TestCompilation.ParseOptions, driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(tree.ToString().IndexOf("info@opcc", StringComparison.Ordinal), 4, "foi@")));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.That(second.TrackedSteps[TrackingNames.AuthorityProfile].SelectMany(s => s.Outputs).Select(o => o.Reason), Is.All.EqualTo(IncrementalStepRunReason.Modified));
        Assert.That(second.TrackedSteps[TrackingNames.RequestsWithProfile].SelectMany(s => s.Outputs).Select(o => o.Reason), Is.All.AnyOf(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged));
    }
}
