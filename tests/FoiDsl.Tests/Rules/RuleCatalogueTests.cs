using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FoiDsl.Generators.Rules;
using FoiDsl.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace FoiDsl.Tests.Rules;

/// <summary>Every rule is documented, tracked and linked: a new rule cannot ship half-done.</summary>
public class RuleCatalogueTests
{
    private static readonly DiagnosticDescriptor[] Descriptors =
        TestCompilation.AllRules.SelectMany(r => r.SupportedDiagnostics).ToArray();

    private static readonly string[] DeclaredIds = typeof(RuleIds).GetFields()
        .Where(f => f.IsLiteral && f.Name != nameof(RuleIds.HelpBase) && !f.Name.EndsWith("Category"))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Test]
    public void Every_id_constant_has_exactly_one_analyzer()
    {
        Assert.That(Descriptors.Select(d => d.Id), Is.EquivalentTo(DeclaredIds));
    }

    [Test]
    public void Every_descriptor_is_well_formed()
    {
        Assert.Multiple(() =>
        {
            foreach (var rule in Descriptors)
            {
                Assert.That(rule.Id, Does.Match("^FOI[0-9]{4}$"));
                Assert.That(rule.HelpLinkUri, Is.EqualTo(RuleIds.HelpUri(rule.Id)));
                Assert.That(rule.Category, Is.AnyOf(RuleIds.RequestCategory, RuleIds.ResponseCategory));
                Assert.That(rule.Title.ToString(), Is.Not.Empty);
                Assert.That(rule.Description.ToString(), Is.Not.Empty, rule.Id);
            }
        });
    }

    [Test]
    public void Every_rule_has_a_docs_page_a_release_row_and_a_readme_row()
    {
        var releases = File.ReadAllText(RepositoryPaths.File("src", "FoiDsl.Generators", "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(RepositoryPaths.File("src", "FoiDsl.Generators", "AnalyzerReleases.Shipped.md"));
        var readme = File.ReadAllText(RepositoryPaths.File("README.md"));
        Assert.Multiple(() =>
        {
            foreach (var rule in Descriptors)
            {
                var page = RepositoryPaths.File("docs", "rules", rule.Id + ".md");
                Assert.That(File.Exists(page), Is.True, $"{rule.Id} has no page {page}");
                Assert.That(File.ReadAllText(page), Does.StartWith($"# {rule.Id}: {rule.Title}"));
                Assert.That(releases, Does.Match($@"(?m)^{rule.Id} \| {Regex.Escape(rule.Category)} \| {rule.DefaultSeverity} \|"));
                Assert.That(readme, Does.Contain($"| [{rule.Id}](docs/rules/{rule.Id}.md) | {rule.DefaultSeverity} | {rule.Title} |"));
            }
        });
    }
}
