using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FoiDsl.Generators.Rules;
using FoiDsl.Tests.TestSupport;

namespace FoiDsl.Tests.Package;

/// <summary>
/// Packs FoiDsl, FoiDsl.Hosting and FoiDsl.Templates once, with <c>--artifacts-path</c> into a
/// temporary folder and a version no cache has seen, then builds real consumers that restore them
/// from that folder as a package source (never from project references): the README quick start
/// on net10.0, a net8.0 app, a netstandard2.0 library at its default C# 7.3, and a project made
/// from the templates.
/// </summary>
[Category("build")]
[NonParallelizable]
public class PackageConsumerTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);
    private string work = null!;
    private string feed = null!;
    private string version = null!;

    [OneTimeSetUp]
    public void PackIntoALocalFeed()
    {
        work = Directory.CreateTempSubdirectory("foidsl-package-").FullName;
        feed = Path.Combine(work, "feed");
        version = PackageVersion.Base + "-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "." + Environment.ProcessId;
        foreach (var project in new[] { "FoiDsl", "FoiDsl.Word", "FoiDsl.Hosting", "FoiDsl.Templates" })
        {
            var (exitCode, output) = Dotnet.Run(RepositoryPaths.Root, new[]
            {
                "pack", RepositoryPaths.File("src", project, project + ".csproj"), "-c", "Release",
                "--artifacts-path", Path.Combine(work, "artifacts"), "-o", feed, $"-p:Version={version}",
                "-nodeReuse:false", "-p:UseSharedCompilation=false", "-nologo", "-v:q", "-clp:NoSummary",
            }, Timeout);
            Assert.That(exitCode, Is.Zero, $"dotnet pack {project} failed:\n{output}");
        }
    }

    [OneTimeTearDown]
    public void DeleteFeedAndCachedTestPackages()
    {
        if (work is not null && Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        // the test version in the global packages folder is never used again
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in new[] { "foidsl", "foidsl.word", "foidsl.hosting" })
        {
            var folder = Path.Combine(packages, id, version ?? "none");
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Test]
    public void Package_has_its_metadata_readme_licence_analyzers_presets_and_symbols()
    {
        var package = Path.Combine(feed, $"FoiDsl.{version}.nupkg");
        using var zip = ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        XNamespace ns = XDocument.Load(zip.GetEntry("FoiDsl.nuspec")!.Open()).Root!.Name.Namespace;
        var metadata = XDocument.Load(zip.GetEntry("FoiDsl.nuspec")!.Open()).Root!.Element(ns + "metadata")!;
        string Meta(string name) => metadata.Element(ns + name)?.Value ?? "(missing)";
        var repository = RuleIds.HelpBase[..RuleIds.HelpBase.IndexOf("/blob/", StringComparison.Ordinal)];

        Assert.Multiple(() =>
        {
            Assert.That(Meta("version"), Is.EqualTo(version));
            Assert.That(Meta("license"), Is.EqualTo("MIT"));
            Assert.That(Meta("readme"), Is.EqualTo("README.md"));
            Assert.That(Meta("projectUrl"), Is.EqualTo(repository), "the project URL is the repository the rules' help links point to");
            Assert.That(metadata.Element(ns + "repository")?.Attribute("url")?.Value, Is.EqualTo(repository));
            Assert.That(Meta("tags"), Does.Contain("foi"));
            Assert.That(Meta("releaseNotes"), Does.Contain("AnalyzerReleases"));
            Assert.That(entries, Is.SupersetOf(new[]
            {
                "README.md",
                "lib/net8.0/FoiDsl.dll", "lib/netstandard2.0/FoiDsl.dll",
                "analyzers/dotnet/cs/FoiDsl.Generators.dll", "analyzers/dotnet/cs/FoiDsl.CodeFixes.dll",
                "buildTransitive/FoiDsl.targets", "buildTransitive/FoiDsl.strict.globalconfig", "buildTransitive/FoiDsl.relaxed.globalconfig",
            }));
            Assert.That(entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal)).Select(e => e.Split('/')[1]).Distinct(),
                Is.EquivalentTo(new[] { "net8.0", "netstandard2.0" }));
            Assert.That(Path.Combine(feed, $"FoiDsl.{version}.snupkg"), Does.Exist);
        });

        using (var symbols = ZipFile.OpenRead(Path.Combine(feed, $"FoiDsl.{version}.snupkg")))
        {
            Assert.That(symbols.Entries.Select(e => e.FullName), Is.SupersetOf(new[] { "lib/net8.0/FoiDsl.pdb", "lib/netstandard2.0/FoiDsl.pdb" }));
        }

        // the analyzers carry the package's version
        var expected = new Version(PackageVersion.Base + ".0");
        foreach (var analyzer in new[] { "FoiDsl.Generators.dll", "FoiDsl.CodeFixes.dll" })
        {
            var path = Path.Combine(work, analyzer);
            zip.GetEntry("analyzers/dotnet/cs/" + analyzer)!.ExtractToFile(path, overwrite: true);
            Assert.That(AssemblyName.GetAssemblyName(path).Version, Is.EqualTo(expected), analyzer);
        }

        // the strict preset shipped is docs/strict.editorconfig's settings, as a global config
        using var reader = new StreamReader(zip.GetEntry("buildTransitive/FoiDsl.strict.globalconfig")!.Open());
        var strict = reader.ReadToEnd().Split('\n').Select(l => l.Trim()).ToList();
        var documented = File.ReadAllLines(RepositoryPaths.File("docs", "strict.editorconfig")).Where(l => l.StartsWith("dotnet_", StringComparison.Ordinal));
        Assert.That(strict, Does.Contain("is_global = true"));
        Assert.That(strict, Is.SupersetOf(documented));
    }

    [Test]
    public void README_quick_start_builds_warning_free_runs_and_fails_with_the_error_it_shows()
    {
        var readme = File.ReadAllText(RepositoryPaths.File("README.md"));
        var quickStart = Section(readme, "## Quick start");
        Assert.That(quickStart, Does.Contain("dotnet add package FoiDsl"));
        var blocks = CSharpBlocks(quickStart);
        Assert.That(blocks, Has.Count.EqualTo(2), "the quick start has two files: the request and Program.cs");
        var request = blocks.Single(b => b.Contains("[FoiRequest", StringComparison.Ordinal));
        var program = blocks.Single(b => b != request);

        // what dotnet new console and dotnet add package FoiDsl make
        var folder = Consumer("QuickStart", "net10.0", "<OutputType>Exe</OutputType><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable>",
            ("SocialMediaMonitoring.cs", request), ("Program.cs", program));

        var build = Build(folder, "-warnaserror");
        Assert.That(build.ExitCode, Is.Zero, build.Output);
        var run = Dotnet.Run(folder, new[] { "run", "--no-build" }, Timeout);
        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Output, Does.Contain("FOI 0412/23").And.Contain("Q5"));

        // "Delete .UsesMediaMonitoring(Yes) and the build fails:" with the line the README shows
        var shown = Regex.Match(readme, @"^Program\.cs\(\d+,\d+\): error FOI0001: .*$", RegexOptions.Multiline);
        Assert.That(shown.Success, "the README shows the FOI0001 error");
        File.WriteAllLines(Path.Combine(folder, "Program.cs"),
            program.Split('\n').Where(l => !l.Contains(".UsesMediaMonitoring(Yes)", StringComparison.Ordinal)));
        var faulty = Build(folder);
        Assert.That(faulty.ExitCode, Is.Not.Zero, faulty.Output);
        Assert.That(faulty.Output, Does.Contain("/" + shown.Value.TrimEnd('\r')));
    }

    [Test]
    public void Net8_app_builds_warning_free_and_the_relaxed_preset_lowers_FOI0007_to_a_suggestion()
    {
        const string request = """
            using FoiDsl;
            using static FoiDsl.Answer;

            [FoiRequest("FOI 0233/24", Authority = "Example Police", Received = "2024-03-04")]
            public static partial class DroneUse
            {
                [Question(1)] public const string UsesDrones = "Does the force use drones?";
                [Question(3)] public const string Models = "Which models?";
            }

            public static class Program
            {
                public static void Main() =>
                    System.Console.WriteLine(DroneUse.Respond().RespondedOn(new System.DateTime(2024, 3, 20)).UsesDrones(Yes).Models("Quadcopters.").Build().Request.Reference);
            }
            """;
        var folder = Consumer("Net8", "net8.0", "<OutputType>Exe</OutputType><FoiDslRuleSet>relaxed</FoiDslRuleSet>", ("DroneUse.cs", request));
        var sarif = Path.Combine(folder, "build.sarif");

        var build = Build(folder, "-warnaserror", $"-p:ErrorLog={sarif}%2Cversion=2.1");

        Assert.That(build.ExitCode, Is.Zero, build.Output);
        using var log = System.Text.Json.JsonDocument.Parse(File.ReadAllText(sarif));
        var foiResults = log.RootElement.GetProperty("runs").EnumerateArray()
            .SelectMany(r => r.TryGetProperty("results", out var results) ? results.EnumerateArray().ToList() : new List<System.Text.Json.JsonElement>())
            .Select(r => r.GetProperty("ruleId").GetString() + " " + (r.TryGetProperty("level", out var level) ? level.GetString() : "warning"))
            .Where(r => r.StartsWith("FOI", StringComparison.Ordinal))
            .ToList();
        Assert.That(foiResults, Is.EqualTo(new[] { "FOI0007 note" }), "the gap Q1, Q3 is reported, as a suggestion");
    }

    [Test]
    public void Netstandard20_library_at_CSharp_7_3_builds_warning_free_with_the_strict_preset()
    {
        var request = File.ReadAllText(RepositoryPaths.File("tests", "fixtures", "Strict", "DroneUse.cs"));
        var folder = Consumer("Library", "netstandard2.0", "<FoiDslRuleSet>strict</FoiDslRuleSet>", ("DroneUse.cs", request));

        var build = Build(folder, "-warnaserror");

        Assert.That(build.ExitCode, Is.Zero, build.Output);
        Assert.That(Path.Combine(folder, "obj", "project.assets.json"), Does.Exist);
        Assert.That(File.ReadAllText(Path.Combine(folder, "obj", "project.assets.json")), Does.Contain($"\"FoiDsl/{version}\""), "restored from the package");
    }

    [Test]
    public void Templates_make_a_project_that_builds_and_runs_and_a_request_whose_placeholders_the_strict_preset_refuses()
    {
        var hive = Path.Combine(work, "hive");
        var install = Dotnet.Run(work, new[] { "new", "install", Path.Combine(feed, $"FoiDsl.Templates.{version}.nupkg"), "--debug:custom-hive", hive }, Timeout);
        Assert.That(install.ExitCode, Is.Zero, install.Output);

        var folder = Path.Combine(work, "Templated");
        WriteNugetConfig(work);
        var project = Dotnet.Run(work, new[] { "new", "foidsl-responses", "-n", "Templated", "-o", folder, "--FoiDslVersion", version, "--debug:custom-hive", hive }, Timeout);
        Assert.That(project.ExitCode, Is.Zero, project.Output);

        var build = Build(folder, "-warnaserror");
        Assert.That(build.ExitCode, Is.Zero, build.Output);
        var output = Path.Combine(work, "out");
        var run = Dotnet.Run(folder, new[] { "run", "--no-build", "--", "--out", output }, Timeout);
        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(Directory.GetFiles(output).Select(Path.GetFileName), Is.SupersetOf(new[] { "FOI-0001-25.md", "FOI-0001-25.html", "FOI-0001-25.txt", "FOI-0001-25.docx", "disclosure-log.json", "statistics.csv" }));

        var item = Dotnet.Run(folder, new[] { "new", "foidsl-request", "-n", "StopAndSearch", "--reference", "FOI 0099/25", "--debug:custom-hive", hive }, Timeout);
        Assert.That(item.ExitCode, Is.Zero, item.Output);
        Assert.That(File.ReadAllText(Path.Combine(folder, "StopAndSearch.cs")), Does.Contain("namespace Templated").And.Contain("\"FOI 0099/25\""));

        var strict = Build(folder, "-p:FoiDslRuleSet=strict");
        Assert.That(strict.ExitCode, Is.Not.Zero, strict.Output);
        Assert.That(strict.Output, Does.Contain("StopAndSearchResponse.cs(").And.Contain("error FOI0018"));
    }

    private string Consumer(string name, string framework, string properties, params (string File, string Text)[] files)
    {
        var folder = Path.Combine(work, name);
        Directory.CreateDirectory(folder);
        WriteNugetConfig(folder);
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>{framework}</TargetFramework>{properties}</PropertyGroup>
              <ItemGroup><PackageReference Include="FoiDsl" Version="{version}" /></ItemGroup>
            </Project>
            """);
        foreach (var (file, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, file), text);
        }

        return folder;
    }

    /// <summary>The repository's package sources (the machine's defaults) plus the folder the test packed into.</summary>
    private void WriteNugetConfig(string folder)
    {
        var config = XDocument.Load(RepositoryPaths.File("nuget.config"));
        var sources = config.Root!.Element("packageSources")!;
        sources.Add(new XElement("add", new XAttribute("key", "foidsl-test-feed"), new XAttribute("value", feed)));
        config.Save(Path.Combine(folder, "nuget.config"));
    }

    private static (int ExitCode, string Output) Build(string folder, params string[] extra) =>
        Dotnet.Run(folder, new[] { "build", "--no-incremental", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-nologo", "-v:q", "-clp:NoSummary" }.Concat(extra), Timeout);

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.That(start, Is.Not.Negative, heading);
        var end = markdown.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }

    /// <summary>The ```csharp blocks of a Markdown text, without the indentation of a list item.</summary>
    private static List<string> CSharpBlocks(string markdown) =>
        Regex.Matches(markdown, @"^([ \t]*)```csharp\n(.*?)^\1```", RegexOptions.Multiline | RegexOptions.Singleline)
            .Select(m => string.Join("\n", m.Groups[2].Value.Split('\n').Select(l => l.StartsWith(m.Groups[1].Value, StringComparison.Ordinal) ? l[m.Groups[1].Value.Length..] : l)))
            .ToList();
}
