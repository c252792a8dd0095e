using System.Linq;
using FoiDsl.Tests.Docs;

namespace FoiDsl.Tests.Catalogue;

/// <summary>docs/exemptions.md has a row for every catalogue entry, agreeing with the catalogue.</summary>
public class CatalogueDocumentationTests
{
    private static string[] Lines() => DocsFolder.Read("exemptions.md").Split('\n');

    private static string[] EntryIds() => ExemptionCatalogue.All.Select(e => e.Id).ToArray();

    [TestCaseSource(nameof(EntryIds))]
    public void Entry_has_a_matching_row(string id)
    {
        var entry = ExemptionCatalogue.FindById(id)!;
        var row = Lines().FirstOrDefault(line => line.StartsWith($"| `{entry.Provision}` |", System.StringComparison.Ordinal));

        Assert.That(row, Is.Not.Null, $"docs/exemptions.md has no table row for {entry.Provision}");
        var cells = row!.Split('|').Skip(1).SkipLast(1).Select(cell => cell.Trim()).ToArray();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(cells, Has.Length.EqualTo(7));
            Assert.That(cells[2], Is.EqualTo(entry.Title));
            Assert.That(cells[3], Is.EqualTo(StatusText(entry.Status)));
            Assert.That(cells[4], Is.EqualTo(TestText(entry.Test)));
            Assert.That(cells[5], Is.EqualTo(entry.NeitherConfirmNorDeny is null ? "none" : $"`{entry.NeitherConfirmNorDeny}`"));
            Assert.That(cells[6].Contains("Public interest test", System.StringComparison.Ordinal), Is.EqualTo(entry.RequiresPublicInterestTest), "public interest test");
            Assert.That(cells[6].Contains("evidence of harm", System.StringComparison.OrdinalIgnoreCase), Is.EqualTo(entry.RequiresEvidenceOfHarm), "evidence of harm");
        }
    }

    [Test]
    public void Every_constant_is_listed()
    {
        var text = DocsFolder.Read("exemptions.md");
        var names = typeof(Exemptions).GetFields().Where(f => f.IsLiteral).Select(f => f.Name);

        Assert.That(names.Where(name => !text.Contains($"| `{name}` |", System.StringComparison.Ordinal)), Is.Empty);
    }

    private static string StatusText(ExemptionStatus status) => status switch
    {
        ExemptionStatus.Absolute => "Absolute",
        ExemptionStatus.Qualified => "Qualified",
        _ => "n/a",
    };

    private static string TestText(HarmTest test) => test switch
    {
        HarmTest.Class => "Class",
        HarmTest.Prejudice => "Prejudice",
        HarmTest.RequiredForPurpose => "Required for purpose",
        HarmTest.Endangerment => "Endangerment",
        _ => "n/a",
    };
}
