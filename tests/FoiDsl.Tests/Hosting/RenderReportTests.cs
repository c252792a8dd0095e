using System;
using System.IO;
using System.Linq;
using FoiDsl.Hosting;
using Spectre.Console;
using static FoiDsl.Tests.Hosting.HostRuns;

namespace FoiDsl.Tests.Hosting;

/// <summary>What render shows: plain lines and a summary when redirected, progress and a table on a terminal.</summary>
public class RenderReportTests
{
    private string _root = null!;

    [SetUp]
    public void CreateRoot() => _root = Directory.CreateTempSubdirectory("foidsl-report-").FullName;

    [TearDown]
    public void DeleteRoot() => Directory.Delete(_root, recursive: true);

    [Test]
    public void Redirected_output_is_a_block_per_response_then_the_publication_files_and_a_summary_line()
    {
        var listed = Listed();

        var run = Run(listed, Array.Empty<Func<IDocumentFormat>>(), "--out", _root);

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines.Count(l => l.StartsWith("Reference:  ", StringComparison.Ordinal)), Is.EqualTo(listed.Length));
        Assert.That(lines[^6], Is.EqualTo("Published:"));
        Assert.That(lines[^1], Is.EqualTo($"{listed.Length} responses: {listed.Length * 4} published copies, 0 letter files (in letters/) and 4 publication files written to {_root}."));
        Assert.That(Directory.Exists(Path.Combine(_root, PublicationFiles.LettersFolder)), Is.False, "no letters, no letters folder");
    }

    [Test]
    public void A_terminal_gets_progress_then_a_table_of_every_response_and_the_summary()
    {
        using var screen = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(screen), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No });
        console.Profile.Width = 160;
        var listed = Listed();
        var built = new ResponseSource(listed).Build(Array.Empty<string>());

        var rendered = new DocumentRun(OutputFolder.Open(_root), DocumentFormats.All).Write(built, new TerminalRenderReport(console, TextWriter.Null));

        Assert.That(rendered, Has.Count.EqualTo(listed.Length));
        var shown = screen.ToString();
        foreach (var registered in listed)
        {
            Assert.That(shown, Does.Contain(registered.Request.Reference));
        }

        Assert.That(shown, Does.Contain("Reference").And.Contain("Outcome").And.Contain("Published:"));
        Assert.That(shown.TrimEnd(), Does.EndWith($"4 publication files written to {_root}."));
    }
}
