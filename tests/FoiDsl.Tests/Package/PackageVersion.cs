using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using FoiDsl.Generators.Rules;
using FoiDsl.Tests.TestSupport;

namespace FoiDsl.Tests.Package;

/// <summary>The one version of every assembly and package, set in Directory.Build.props.</summary>
internal static class PackageVersion
{
    public static string Base { get; } =
        Regex.Match(File.ReadAllText(RepositoryPaths.File("Directory.Build.props")), @"<Version>([0-9.]+)</Version>").Groups[1].Value;
}

/// <summary>Fast checks of what the package ships, without packing it.</summary>
public class PackageSourcesTests
{
    [Test]
    public void Project_template_references_the_packages_at_the_version_being_built()
    {
        using var template = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.File("src", "FoiDsl.Templates", "content", "Responses", ".template.config", "template.json")));
        var defaultVersion = template.RootElement.GetProperty("symbols").GetProperty("FoiDslVersion").GetProperty("defaultValue").GetString();

        Assert.That(PackageVersion.Base, Is.Not.Empty);
        Assert.That(defaultVersion, Is.EqualTo(PackageVersion.Base), "template.json's FoiDslVersion default follows Directory.Build.props");
    }

    [Test]
    public void Relaxed_preset_only_lowers_rules_that_exist_and_are_warnings()
    {
        var preset = File.ReadAllText(RepositoryPaths.File("src", "FoiDsl", "Package", "buildTransitive", "FoiDsl.relaxed.globalconfig"));
        var rules = TestCompilation.AllRules.SelectMany(a => a.SupportedDiagnostics).GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First());
        var lines = Regex.Matches(preset, @"^dotnet_diagnostic\.(\S+)\.severity = (\S+)$", RegexOptions.Multiline);

        Assert.That(preset, Does.Contain("is_global = true"));
        Assert.That(lines, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (Match line in lines)
            {
                var id = line.Groups[1].Value;
                Assert.That(rules.ContainsKey(id), $"{id} is no rule");
                if (rules.TryGetValue(id, out var rule))
                {
                    Assert.That(rule.DefaultSeverity, Is.EqualTo(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning), $"{id}: relaxed lowers only warnings");
                }

                Assert.That(line.Groups[2].Value, Is.EqualTo("suggestion"), id);
            }
        });
    }
}
