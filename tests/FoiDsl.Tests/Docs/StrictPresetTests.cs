using System.Linq;
using System.Text.RegularExpressions;
using FoiDsl.Generators.Rules;
using FoiDsl.Tests.TestSupport;

namespace FoiDsl.Tests.Docs;

/// <summary>
/// docs/strict.editorconfig makes every rule an error: its category lines cover every rule, and
/// every rule it names exists. (DotnetBuildTests builds a fixture with it.)
/// </summary>
public class StrictPresetTests
{
    private static readonly string Preset = DocsFolder.Read("strict.editorconfig");

    [Test]
    public void Every_rule_is_in_a_category_the_preset_makes_an_error()
    {
        var categories = Regex.Matches(Preset, @"^dotnet_analyzer_diagnostic\.category-(\S+)\.severity = error$", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value)
            .ToArray();
        var rules = TestCompilation.AllRules.SelectMany(a => a.SupportedDiagnostics).ToArray();

        Assert.That(categories, Is.EquivalentTo(new[] { RuleIds.RequestCategory, RuleIds.ResponseCategory }));
        Assert.That(rules.Where(r => !categories.Contains(r.Category)).Select(r => $"{r.Id} ({r.Category})"), Is.Empty);
    }

    [Test]
    public void Rules_named_in_the_preset_exist_and_are_errors()
    {
        var lines = Regex.Matches(Preset, @"^dotnet_diagnostic\.(\S+)\.severity = (\S+)$", RegexOptions.Multiline);
        var ids = TestCompilation.AllRules.SelectMany(a => a.SupportedDiagnostics).Select(r => r.Id).ToHashSet();

        Assert.That(lines, Is.Not.Empty);
        Assert.That(lines.Select(m => m.Groups[1].Value).Where(id => !ids.Contains(id)), Is.Empty, "ids in the preset that are no rule");
        Assert.That(lines.Select(m => m.Groups[2].Value).Distinct(), Is.EqualTo(new[] { "error" }));
    }
}
