using System;
using System.IO;
using System.Linq;
using FoiDsl.Hosting;
using FoiDsl.Tests.TestSupport;

namespace FoiDsl.Tests.Hosting;

/// <summary>The host's commands over the samples: list, check, render with formats and references, log, stats.</summary>
public class HostCommandsTests
{
    private string _root = null!;

    [SetUp]
    public void CreateRoot() => _root = Directory.CreateTempSubdirectory("foidsl-commands-").FullName;

    [TearDown]
    public void DeleteRoot() => Directory.Delete(_root, recursive: true);

    private static RegisteredResponse[] Listed() => SampleResponses.All.Select(s => new RegisteredResponse(s.Write().Request, s.Write)).ToArray();

    private static (int Code, string Output, string Error) Run(RegisteredResponse[] listed, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ResponseHost.Run(args, "Host", listed, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Test]
    public void List_shows_each_reference_with_dates_outcome_and_timeliness()
    {
        var run = Run(Listed(), "list");
        Assert.That(run.Code, Is.EqualTo(ResponseHost.Success), run.Error);
        var online = run.Output.Split('\n').Single(l => l.StartsWith("FOI 000745/24", StringComparison.Ordinal));
        Assert.That(online, Does.Contain("2024-09-02").And.Contain("2024-10-28").And.Contain("2024-11-01").And.Contain("partially withheld").And.EndWith("late"));
        Assert.That(run.Output, Does.Contain($"{SampleResponses.All.Count} responses, 0 incomplete."));
    }

    [Test]
    public void Check_reports_every_incomplete_response_with_what_it_lacks_and_fails()
    {
        var listed = Listed();
        Assert.That(Run(listed, "check").Output, Does.Contain($"All {listed.Length} responses are complete."));

        var broken = listed.Select((r, i) => i % 2 == 0 ? new RegisteredResponse(r.Request, () => new ResponseDraft(r.Request).Build()) : r).ToArray();
        var run = Run(broken, "check");
        Assert.That(run.Code, Is.EqualTo(ResponseHost.IncompleteResponse));
        Assert.That(run.Output, Does.Contain($"{(listed.Length + 1) / 2} of {listed.Length} responses are incomplete."));
        Assert.That(run.Output, Does.Contain(listed[0].Request.Reference + ": incomplete").And.Contain("  - "));
        Assert.That(Run(broken, "list").Output, Does.Contain("incomplete"));
    }

    [Test]
    public void Render_writes_the_chosen_formats_of_the_chosen_references()
    {
        var run = Run(Listed(), "render", "--out", _root, "--format", "md", "docx", "--reference", "FOI-24-0562");
        Assert.That(run.Code, Is.EqualTo(ResponseHost.Success), run.Error);
        Assert.That(Directory.GetFiles(_root).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "disclosure-log.csv", "disclosure-log.json", "FOI-24-0562.docx", "FOI-24-0562.md", "statistics.csv", "statistics.txt" }));
    }

    [TestCase(false, false)]
    [TestCase(true, true)]
    public void On_a_terminal_render_shows_a_table_unless_plain_lines_are_asked_for(bool plain, bool expectPlain)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var args = new[] { "render", "--out", _root, "--format", "md", "--reference", "FOI-24-0562" };
        var code = new HostCommands("Host", new ResponseSource(Listed()), output, error, interactive: true).Run(plain ? args.Append("--plain").ToArray() : args);

        Assert.That(code, Is.EqualTo(ResponseHost.Success), error.ToString());
        Assert.That(output.ToString().Contains("Reference:  FOI-24-0562", StringComparison.Ordinal), Is.EqualTo(expectPlain), output.ToString());
    }

    [Test]
    public void Render_with_a_layout_file_writes_every_format_with_its_marking_and_headings()
    {
        var file = Path.Combine(_root, "layout.json");
        File.WriteAllText(file, """{ "protectiveMarking": "OFFICIAL", "headings": { "decision": "Our Decision", "closing": "Yours faithfully" } }""");
        var output = Path.Combine(_root, "out");

        var run = Run(Listed(), "render", "--out", output, "--layout", file, "--format", "md", "txt", "html", "docx");

        Assert.That(run.Code, Is.EqualTo(ResponseHost.Success), run.Error);
        foreach (var text in Directory.GetFiles(output, "*.txt").Where(f => Path.GetFileName(f) != PublicationFiles.StatisticsTable))
        {
            Assert.That(File.ReadAllText(text), Does.StartWith("OFFICIAL\n\n").And.Contain("Our Decision\n").And.Not.Contain("\nDecision\n"), text);
        }

        Assert.That(File.ReadAllText(Path.Combine(output, "EIR-25-0318.md")), Does.Contain("Yours faithfully,"), "the letter-layout sample takes the file's closing");
        Assert.That(Directory.GetFiles(output, "*.docx").Select(HostRuns.Text), Has.All.Contains("OFFICIAL").And.All.Contains("Our Decision"));
    }

    [TestCase("""{ "marking": "OFFICIAL" }""", "layout.json: \"marking\" is not a setting")]
    [TestCase("""{ "headings": { "decision": "" } }""", "\"headings.decision\" must be a text in quotes, not a blank text")]
    [TestCase("not json", "is not valid JSON")]
    public void A_wrong_layout_file_is_one_line_exit_2_and_nothing_is_written(string json, string expected)
    {
        var file = Path.Combine(_root, "layout.json");
        File.WriteAllText(file, json);
        var output = Path.Combine(_root, "out");

        var run = Run(Listed(), "render", "--out", output, "--layout", file);

        Assert.That(run.Code, Is.EqualTo(ResponseHost.UsageError));
        Assert.That(run.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1).And.One.StartsWith("error: ").And.One.Contains(expected));
        Assert.That(Directory.Exists(output), Is.False, "nothing written");
    }

    [Test]
    public void A_missing_layout_file_is_named()
    {
        var run = Run(Listed(), "render", "--out", _root, "--layout", Path.Combine(_root, "none.json"));

        Assert.That(run.Code, Is.EqualTo(ResponseHost.UsageError));
        Assert.That(run.Error, Does.StartWith("error: cannot read the layout file " + Path.Combine(_root, "none.json")));
    }

    [TestCase("render --format pdfx", "unknown format \"pdfx\"")]
    [TestCase("render --reference NOPE", "no response has the reference \"NOPE\"")]
    [TestCase("stats --from 2024-13-01", "--from \"2024-13-01\" is not a date")]
    [TestCase("stats --from 2024-10-01 --to 2024-09-01", "is after --to")]
    [TestCase("publish", "Unrecognized command or argument 'publish'")]
    public void Mistakes_are_one_line_and_exit_2(string args, string expected)
    {
        var run = Run(Listed(), args.Split(' '));
        Assert.That(run.Code, Is.EqualTo(ResponseHost.UsageError));
        Assert.That(run.Error, Does.StartWith("error: ").And.Contain(expected));
        Assert.That(run.Error.Trim().Split('\n'), Has.Length.EqualTo(1));
    }

    [Test]
    public void Log_and_stats_write_the_publication_files()
    {
        Assert.That(Run(Listed(), "log", "--out", _root).Code, Is.EqualTo(ResponseHost.Success));
        Assert.That(Directory.GetFiles(_root).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "disclosure-log.csv", "disclosure-log.json" }));
        Assert.That(File.ReadAllText(Path.Combine(_root, "disclosure-log.csv")), Does.Contain("FOI-24-0562.docx"));

        var stats = Run(Listed(), "stats", "--from", "2024-09-01", "--to", "2024-09-30");
        Assert.That(stats.Output, Does.StartWith("FOI statistics, requests received 1 Sep 2024 to 30 Sep 2024\n").And.Contain("answered late"));
        Assert.That(Run(Listed(), "stats", "--out", _root).Code, Is.EqualTo(ResponseHost.Success));
        Assert.That(File.Exists(Path.Combine(_root, "statistics.csv")), Is.True);
    }

    [Test]
    public void Help_lists_the_commands()
    {
        var run = Run(Listed(), "--help");
        Assert.That(run.Code, Is.EqualTo(ResponseHost.Success));
        Assert.That(run.Output, Does.Contain("render").And.Contain("list").And.Contain("check").And.Contain("log").And.Contain("stats").And.Contain("--out"));
    }
}
