using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FoiDsl.Tests.TestSupport;

namespace FoiDsl.Tests.EndToEnd;

/// <summary>
/// Builds the projects under <c>tests/fixtures/</c> with the real <c>dotnet build</c>, the way a
/// user's CI does, and reads the compiler's SARIF log: the generator and rules load from the
/// analyzer reference, faults fail the build at the right lines, a correct response builds
/// without a warning, and <c>.editorconfig</c> changes rule severities.
/// </summary>
/// <remarks>
/// The fixtures reference <c>src/FoiDsl</c> and <c>src/FoiDsl.Generators</c>, which this test
/// project's own build has already built in the same configuration; they are built with
/// <c>BuildProjectReferences=false</c> and a non-recursive restore so the test never rebuilds,
/// cleans or re-restores them. The fixtures set <c>TreatWarningsAsErrors</c> to false themselves.
/// </remarks>
[Category("build")]
[NonParallelizable]
public class DotnetBuildTests
{
    private static readonly string FixturesFolder = RepositoryPaths.File("tests", "fixtures");
    private static readonly ConcurrentDictionary<string, Lazy<FixtureBuild>> Builds = new();
    private static string? logFolder;

    /// <summary>Debug or Release: the configuration this test assembly was built in, read from its output path.</summary>
    private static string Configuration { get; } = FindConfiguration();

    [OneTimeTearDown]
    public void DeleteLogs()
    {
        if (logFolder is not null && Directory.Exists(logFolder))
        {
            Directory.Delete(logFolder, recursive: true);
        }
    }

    [Test]
    public void Faulty_fixture_fails_the_build_with_exactly_its_known_faults()
    {
        var build = Build("Faulty");

        var expected = new[]
        {
            new Finding("FOI0001", "error", "Unanswered.cs", 20),
            new Finding("FOI0002", "error", "NoPublicInterestTest.cs", 23),
            new Finding("FOI0003", "error", "NoEvidenceOfHarm.cs", 23),
            new Finding("FOI0004", "error", "DuplicateNumber.cs", 11),
            new Finding("FOI0005", "error", "NotPartial.cs", 7),
            new Finding("FOI0006", "error", "UnknownCitation.cs", 9),
        };

        AssertFindings(build, expected);
        Assert.That(build.ExitCode, Is.Not.Zero, "the build should fail.\n" + build.Describe());
    }

    [Test]
    public void Faulty_fixture_SARIF_links_every_FoiDsl_rule_to_its_page()
    {
        var build = Build("Faulty");

        var foiRules = build.Rules.Where(r => r.Key.StartsWith("FOI", StringComparison.Ordinal)).ToList();
        var reported = build.Findings.Select(f => f.RuleId).Where(id => id.StartsWith("FOI", StringComparison.Ordinal)).Distinct();

        Assert.That(foiRules.Select(r => r.Key), Is.SupersetOf(reported), "every reported FoiDsl rule should be described in the SARIF rules section");
        Assert.That(foiRules, Is.Not.Empty, "the SARIF log describes no FoiDsl rule: was the generator loaded as an analyzer?\n" + build.Describe());
        Assert.Multiple(() =>
        {
            foreach (var (id, helpUri) in foiRules)
            {
                Assert.That(helpUri, Does.EndWith($"docs/rules/{id}.md"), $"helpUri of {id}");
            }
        });
    }

    [Test]
    public void Clean_fixture_builds_with_no_warnings()
    {
        var build = Build("Clean");

        AssertFindings(build, Array.Empty<Finding>());
        Assert.That(build.ExitCode, Is.Zero, "the build should succeed.\n" + build.Describe());
    }

    [Test]
    public void Documented_shape_builds_clean_at_CSharp_7_3_with_every_analyzer_and_warnings_as_errors()
    {
        // netstandard2.0, LangVersion 7.3, AnalysisLevel latest-all, TreatWarningsAsErrors, GenerateDocumentationFile
        var build = Build("Strict");

        AssertFindings(build, Array.Empty<Finding>());
        Assert.That(build.ExitCode, Is.Zero, "the strict build should succeed.\n" + build.Describe());
    }

    [Test]
    public void Editorconfig_silences_escalates_and_the_strict_preset_escalates_FOI0007()
    {
        var build = Build("Severity", before: folder =>
            File.Copy(RepositoryPaths.File("docs", "strict.editorconfig"), Path.Combine(folder, "Strict", ".editorconfig"), overwrite: true));

        // Silenced/ (severity = none) reports nothing.
        var expected = new[]
        {
            new Finding("FOI0007", "warning", "GapDefault.cs", 10),
            new Finding("FOI0007", "error", "GapEscalated.cs", 10),
            new Finding("FOI0007", "error", "GapStrict.cs", 10),
        };

        AssertFindings(build, expected);
        Assert.That(build.ExitCode, Is.Not.Zero, "the escalated FOI0007 should fail the build.\n" + build.Describe());
    }

    private static void AssertFindings(FixtureBuild build, IReadOnlyCollection<Finding> expected)
    {
        var actual = build.Findings.Where(f => f.Level is "warning" or "error").ToList();
        var missing = expected.Except(actual).ToList();
        var unexpected = actual.Except(expected).ToList();
        if (missing.Count == 0 && unexpected.Count == 0 && actual.Count == expected.Count)
        {
            return;
        }

        Assert.Fail(
            $"dotnet build of {build.Fixture} did not report exactly the expected diagnostics.\n" +
            $"Expected:\n{List(expected)}\nActual:\n{List(actual)}\nMissing:\n{List(missing)}\nUnexpected:\n{List(unexpected)}\n" +
            build.Describe());
    }

    private static string List(IEnumerable<Finding> findings)
    {
        var lines = findings.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).Select(f => "  " + f).ToList();
        return lines.Count == 0 ? "  (none)" : string.Join("\n", lines);
    }

    private static FixtureBuild Build(string fixture, Action<string>? before = null) =>
        Builds.GetOrAdd(fixture, name => new Lazy<FixtureBuild>(() => RunBuild(name, before))).Value;

    private static FixtureBuild RunBuild(string fixture, Action<string>? before)
    {
        var folder = Path.Combine(FixturesFolder, fixture);
        var project = Path.Combine(folder, fixture + ".csproj");
        Assert.That(project, Does.Exist, "fixture project");
        AssertReferencesBuilt();
        before?.Invoke(folder);

        logFolder ??= Directory.CreateTempSubdirectory("foidsl-build-").FullName;
        var sarif = Path.Combine(logFolder, fixture + ".sarif");

        var watch = Stopwatch.StartNew();
        var (exitCode, output) = Dotnet.Run(folder, new[]
        {
            "build", project, "-c", Configuration,
            // Rebuild so the compiler runs and writes the log even when the fixture is up to date;
            // with BuildProjectReferences=false, Rebuild does not clean the referenced projects.
            "-t:Rebuild", "-p:BuildProjectReferences=false",
            // restore the fixture only: leave the referenced projects' obj folders alone
            "-restoreProperty:RestoreRecursive=false",
            $"-p:ErrorLog={sarif}%2Cversion=2.1",
            // leave no MSBuild node or compiler server running after the test
            "-nodeReuse:false", "-p:UseSharedCompilation=false",
            "-nologo", "-v:q", "-clp:NoSummary",
        }, TimeSpan.FromMinutes(5));
        watch.Stop();
        TestContext.Out.WriteLine($"dotnet build {fixture} ({Configuration}): exit code {exitCode}, {watch.Elapsed.TotalSeconds:F1} s");

        Assert.That(sarif, Does.Exist, $"dotnet build of {fixture} wrote no SARIF log (exit code {exitCode}).\n{output}");
        var (rules, findings) = ReadSarif(sarif);
        return new FixtureBuild(fixture, exitCode, output, rules, findings);
    }

    private static (IReadOnlyDictionary<string, string?> Rules, IReadOnlyList<Finding> Findings) ReadSarif(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var rules = new Dictionary<string, string?>(StringComparer.Ordinal);
        var findings = new List<Finding>();
        foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
        {
            if (run.GetProperty("tool").GetProperty("driver").TryGetProperty("rules", out var ruleArray))
            {
                foreach (var rule in ruleArray.EnumerateArray())
                {
                    rules[rule.GetProperty("id").GetString()!] = rule.TryGetProperty("helpUri", out var help) ? help.GetString() : null;
                }
            }

            if (!run.TryGetProperty("results", out var results))
            {
                continue;
            }

            foreach (var result in results.EnumerateArray())
            {
                var ruleId = result.TryGetProperty("ruleId", out var id) ? id.GetString() ?? "?" : "?";
                // SARIF's default level is "warning".
                var level = result.TryGetProperty("level", out var l) ? l.GetString() ?? "warning" : "warning";
                var file = "(no location)";
                var line = 0;
                if (result.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0
                    && locations[0].TryGetProperty("physicalLocation", out var physical))
                {
                    if (physical.TryGetProperty("artifactLocation", out var artifact) && artifact.TryGetProperty("uri", out var uri))
                    {
                        file = Path.GetFileName(Uri.UnescapeDataString(uri.GetString() ?? string.Empty));
                    }

                    if (physical.TryGetProperty("region", out var region) && region.TryGetProperty("startLine", out var startLine))
                    {
                        line = startLine.GetInt32();
                    }
                }

                findings.Add(new Finding(ruleId, level, file, line));
            }
        }

        return (rules, findings);
    }

    private static void AssertReferencesBuilt()
    {
        var runtime = RepositoryPaths.File("src", "FoiDsl", "bin", Configuration, "net8.0", "FoiDsl.dll");
        var generator = RepositoryPaths.File("src", "FoiDsl.Generators", "bin", Configuration, "netstandard2.0", "FoiDsl.Generators.dll");
        Assert.That(runtime, Does.Exist, $"the fixtures use the {Configuration} build of src/FoiDsl made by this test project's build");
        Assert.That(generator, Does.Exist, $"the fixtures use the {Configuration} build of src/FoiDsl.Generators made by this test project's build");
    }

    private static string FindConfiguration()
    {
        // .../tests/FoiDsl.Tests/bin/<Configuration>/net10.0/
        var framework = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        var configuration = framework.Parent;
        if (configuration?.Parent?.Name == "bin")
        {
            return configuration.Name;
        }

        return "Debug";
    }

    private sealed record Finding(string RuleId, string Level, string File, int Line)
    {
        public override string ToString() => $"{RuleId} {Level} {File}:{Line}";
    }

    private sealed record FixtureBuild(
        string Fixture,
        int ExitCode,
        string Output,
        IReadOnlyDictionary<string, string?> Rules,
        IReadOnlyList<Finding> Findings)
    {
        public string Describe() =>
            $"dotnet build {Fixture} -c {Configuration}: exit code {ExitCode}\n" +
            (Output.Length > 6000 ? Output[..6000] + "\n…" : Output);
    }
}
