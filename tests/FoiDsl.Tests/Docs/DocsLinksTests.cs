using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace FoiDsl.Tests.Docs;

/// <summary>Relative links between the docs pages point at pages that exist.</summary>
public class DocsLinksTests
{
    private static string[] Pages()
    {
        var docs = Path.Combine(DocsFolder.RepositoryRoot, "docs");
        return Directory.GetFiles(docs, "*.md", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(docs, path).Replace('\\', '/'))
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .ToArray();
    }

    [Test]
    public void Docs_have_the_expected_pages()
    {
        Assert.That(Pages(), Is.SupersetOf(new[] { "dsl.md", "exemptions.md", "rules/README.md" }));
    }

    [TestCaseSource(nameof(Pages))]
    public void Links_resolve(string page)
    {
        var folder = Path.GetDirectoryName(Path.Combine(DocsFolder.RepositoryRoot, "docs", page))!;
        var targets = Regex.Matches(DocsFolder.Read(page), @"\]\(([^)#:]+\.md)(?:#[^)]*)?\)")
            .Select(match => match.Groups[1].Value);

        Assert.That(targets.Where(target => !File.Exists(Path.Combine(folder, target))), Is.Empty);
    }
}
