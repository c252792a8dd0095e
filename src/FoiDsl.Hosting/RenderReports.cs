using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace FoiDsl.Hosting;

/// <summary>How <c>render</c> shows its work: plain lines when output is redirected, progress and a table on a terminal.</summary>
internal interface IRenderReport
{
    /// <summary>Calls <paramref name="write"/> for each response in order, showing progress; returns what was written.</summary>
    IReadOnlyList<RenderedResponse> Each(IReadOnlyList<BuiltResponse> responses, Func<BuiltResponse, RenderedResponse> write);

    /// <summary>Shows the disclosure log and statistics files written.</summary>
    void Published(IReadOnlyList<string> paths);

    /// <summary>Shows the one-line summary of the run.</summary>
    void Finished(string summary);
}

/// <summary>
/// Plain text, for redirected output (CI, scripts, tests): a block per response (reference, outcome,
/// exemptions, the files written), the publication files, and the summary line. Failures go to the
/// error stream as <c>error:</c> lines as they happen.
/// </summary>
internal sealed class PlainRenderReport : IRenderReport
{
    private readonly TextWriter _output;
    private readonly TextWriter _error;

    public PlainRenderReport(TextWriter output, TextWriter error)
    {
        _output = output;
        _error = error;
    }

    public IReadOnlyList<RenderedResponse> Each(IReadOnlyList<BuiltResponse> responses, Func<BuiltResponse, RenderedResponse> write)
    {
        var rendered = new List<RenderedResponse>();
        foreach (var built in responses)
        {
            var done = write(built);
            rendered.Add(done);
            var request = done.Response.Request;
            var authority = request.Authority is null ? string.Empty : " (" + FileNames.Quote(request.Authority) + ")";
            _output.WriteLine($"Reference:  {FileNames.Quote(request.Reference)}{authority}");
            _output.WriteLine($"Outcome:    {done.Response.Outcome}");
            _output.WriteLine($"Exemptions: {string.Join(", ", done.Response.ExemptionsClaimed.Select(c => c.ToString()))}");
            Paths("Written:", done.Published);
            if (done.Letters.Count > 0)
            {
                Paths("Letter (not for publication):", done.Letters);
            }

            foreach (var failure in done.Failures)
            {
                _error.WriteLine("error: " + failure);
            }
        }

        return rendered;
    }

    public void Published(IReadOnlyList<string> paths) => Paths("Published:", paths);

    public void Finished(string summary) => _output.WriteLine(summary);

    private void Paths(string heading, IReadOnlyList<string> paths)
    {
        _output.WriteLine(heading);
        foreach (var path in paths)
        {
            _output.WriteLine("  " + path);
        }
    }
}

/// <summary>
/// For a terminal (Spectre.Console): a progress bar naming the response being written, then a table of
/// every response with its outcome and files, the failures, the publication files and the summary line.
/// </summary>
internal sealed class TerminalRenderReport : IRenderReport
{
    private readonly IAnsiConsole _console;
    private readonly TextWriter _error;

    public TerminalRenderReport(IAnsiConsole console, TextWriter error)
    {
        _console = console;
        _error = error;
    }

    /// <summary>A report on the terminal behind <paramref name="output"/>.</summary>
    public static TerminalRenderReport For(TextWriter output, TextWriter error) =>
        new(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) }), error);

    public IReadOnlyList<RenderedResponse> Each(IReadOnlyList<BuiltResponse> responses, Func<BuiltResponse, RenderedResponse> write)
    {
        var rendered = new List<RenderedResponse>();
        _console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("Writing", maxValue: Math.Max(1, responses.Count));
                foreach (var built in responses)
                {
                    task.Description = Markup.Escape("Writing " + FileNames.Quote(built.Reference));
                    rendered.Add(write(built));
                    task.Increment(1);
                }

                task.Description = "Written";
            });

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Reference").AddColumn("Outcome").AddColumn("Published").AddColumn("Letter").AddColumn("Not written");
        foreach (var done in rendered)
        {
            table.AddRow(new IRenderable[]
            {
                new Text(FileNames.Quote(done.Response.Request.Reference)),
                new Text(Publication.OutcomeCategories.Of(done.Response)),
                new Text(string.Join(" ", done.Published.Select(p => Path.GetExtension(p).TrimStart('.')))),
                new Text(done.Letters.Count == 0 ? "-" : string.Join(" ", done.Letters.Select(p => Path.GetExtension(p).TrimStart('.')))),
                new Text(done.Failures.Count == 0 ? "-" : done.Failures.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            });
        }

        _console.Write(table);
        foreach (var failure in rendered.SelectMany(r => r.Failures))
        {
            _error.WriteLine("error: " + failure);
        }

        return rendered;
    }

    public void Published(IReadOnlyList<string> paths)
    {
        _console.WriteLine("Published:");
        foreach (var path in paths)
        {
            _console.WriteLine("  " + path);
        }
    }

    public void Finished(string summary) => _console.Write(new Text(summary + "\n", new Style(decoration: Decoration.Bold)));
}
