using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace FoiDsl.Tests.Docs;

/// <summary>Every diagnostic in the analyzer release notes has a page under docs/rules and a row in its index.</summary>
public class RulePagesTests
{
    /// <summary>Rows of AnalyzerReleases.Unshipped.md: id, category, severity.</summary>
    private static object[][] Rules()
    {
        var path = Path.Combine(DocsFolder.RepositoryRoot, "src", "FoiDsl.Generators", "AnalyzerReleases.Unshipped.md");
        return File.ReadAllLines(path)
            .Select(line => Regex.Match(line, @"^(FOI\d{4})\s*\|\s*([\w.]+)\s*\|\s*(\w+)"))
            .Where(match => match.Success)
            .Select(match => new object[] { match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value })
            .ToArray();
    }

    [Test]
    public void Release_notes_list_the_rules()
    {
        Assert.That(Rules(), Has.Length.EqualTo(34));
    }

    [TestCaseSource(nameof(Rules))]
    public void Rule_has_a_page_agreeing_with_the_release_notes(string id, string category, string severity)
    {
        var page = DocsFolder.Read($"rules/{id}.md").Replace("\r", string.Empty);
        var title = Regex.Match(page, $@"\A# {id}: (.+)\n").Groups[1].Value;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(title, Is.Not.Empty, $"{id}.md must start with '# {id}: <title>'");
            Assert.That(page, Does.Contain($"| {severity} | {category} |"));
            Assert.That(page, Does.Contain("## Bad"));
            Assert.That(page, Does.Contain("## Good"));
            Assert.That(page, Does.Contain($"dotnet_diagnostic.{id}.severity = warning"));
        }
    }

    [TestCaseSource(nameof(Rules))]
    public void Rule_is_in_the_index(string id, string category, string severity)
    {
        var page = DocsFolder.Read($"rules/{id}.md").Replace("\r", string.Empty);
        var title = page.Split('\n')[0].Replace($"# {id}: ", string.Empty);
        var index = DocsFolder.Read("rules/README.md");

        Assert.That(index, Does.Contain($"| {id} | {severity} | {category} | [{title}]({id}.md) |"));
    }
}
