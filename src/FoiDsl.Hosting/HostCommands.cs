using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using FoiDsl.Hosting.Publication;

namespace FoiDsl.Hosting;

/// <summary>
/// The commands of a host (System.CommandLine): <c>render</c> (the default), <c>list</c>,
/// <c>check</c>, <c>log</c> and <c>stats</c>. Exit codes are <see cref="ResponseHost"/>'s.
/// </summary>
internal sealed class HostCommands
{
    private readonly string _programName;
    private readonly ResponseSource _source;
    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private readonly IReadOnlyList<Func<IDocumentFormat>> _moreFormats;
    private readonly bool _interactive;
    private IReadOnlyList<IDocumentFormat> _allFormats = DocumentFormats.All;

    private readonly Option<string> _out = new("--out", "-o") { Description = "Folder to write to (created if missing)", DefaultValueFactory = _ => "out", HelpName = "folder" };
    private readonly Option<string[]> _formats = new("--format", "-f") { AllowMultipleArgumentsPerToken = true, HelpName = "format" };
    private readonly Option<string[]> _references = new("--reference", "-r") { Description = "Only the responses with these references (default: all)", AllowMultipleArgumentsPerToken = true, HelpName = "reference" };
    private readonly Option<string?> _layout = new("--layout") { Description = "A layout file: the authority's headings, protective marking and options (docs/layouts.md)", HelpName = "file" };
    private readonly Option<bool> _plain = new("--plain") { Description = "Plain lines, one a document, even on a terminal: no progress bar or table (as when output is redirected)" };
    private readonly Option<string?> _from = new("--from") { Description = "First day of the period, yyyy-MM-dd (requests received)", HelpName = "date" };
    private readonly Option<string?> _to = new("--to") { Description = "Last day of the period, yyyy-MM-dd", HelpName = "date" };

    public HostCommands(string programName, ResponseSource source, TextWriter output, TextWriter error, IReadOnlyList<Func<IDocumentFormat>>? moreFormats = null, bool interactive = false)
    {
        _programName = string.IsNullOrWhiteSpace(programName) ? "host" : programName;
        _source = source;
        _output = output ?? throw new ArgumentNullException(nameof(output));
        _error = error ?? throw new ArgumentNullException(nameof(error));
        _moreFormats = moreFormats?.Select(f => f ?? throw new ArgumentNullException(nameof(moreFormats), "A format factory is null.")).ToArray() ?? Array.Empty<Func<IDocumentFormat>>();
        _interactive = interactive;
    }

    /// <summary>Runs one command: the host's extra formats (PDF) are created for it and disposed at its end, so a browser lives for one run.</summary>
    public int Run(string[] args)
    {
        if (args is null)
        {
            throw new ArgumentNullException(nameof(args));
        }

        var more = _moreFormats.Select(create => create() ?? throw new InvalidOperationException("A format factory returned null.")).ToArray();
        try
        {
            _allFormats = DocumentFormats.All.Concat(more).ToArray();
            if (_allFormats.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).Concat(_allFormats.GroupBy(f => f.FileExtension, StringComparer.OrdinalIgnoreCase)).FirstOrDefault(g => g.Count() > 1) is { } clash)
            {
                throw new InvalidOperationException($"Two formats of the host share the name or extension \"{clash.Key}\": give each format its own.");
            }

            _formats.Description = "Formats to write: " + string.Join(", ", _allFormats.Select(f => f.Name)) + ", or their extensions (default: all"
                + (more.OfType<IExternalDocumentFormat>().Any() ? "; one needing a program that is missing is skipped with a note)" : ")");
            return RunCommand(args);
        }
        finally
        {
            foreach (var format in more.OfType<IDisposable>())
            {
                format.Dispose();
            }
        }
    }

    private int RunCommand(string[] args)
    {
        var root = new RootCommand($"{_programName}: the FOI responses of this project, as documents, a disclosure log and statistics.") { _out, _formats, _references, _layout, _plain };
        root.SetAction(result => Render(result));

        var render = new Command("render", "Write every chosen format of every response (letters as sent into letters/), the disclosure log and the statistics (the default command)") { _out, _formats, _references, _layout, _plain };
        render.SetAction(result => Render(result));
        var list = new Command("list", "List the responses: reference, dates, outcome, late or not") { _references };
        list.SetAction(result => List(result));
        var check = new Command("check", "Build every response and report each incomplete one with what it lacks") { _references };
        check.SetAction(result => Check(result));
        var log = new Command("log", "Write the disclosure log (JSON and CSV), listing the files of the chosen formats") { _out, _formats, _references };
        log.SetAction(result => Log(result));
        var stats = new Command("stats", "Print the statistics for a period; with --out, write them as CSV and a table too") { _from, _to, _out, _references };
        stats.SetAction(result => Stats(result));
        root.Add(render);
        root.Add(list);
        root.Add(check);
        root.Add(log);
        root.Add(stats);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            _error.WriteLine("error: " + FileNames.Quote(parsed.Errors[0].Message) + $" Run '{_programName} --help' for the commands and options.");
            return ResponseHost.UsageError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = _output, Error = _error, EnableDefaultExceptionHandler = false });
        }
        catch (OutputFolderException e)
        {
            _error.WriteLine("error: " + e.Message);
            return ResponseHost.OutputError;
        }
        catch (UsageException e)
        {
            _error.WriteLine("error: " + e.Message + $" Run '{_programName} --help' for the commands and options.");
            return ResponseHost.UsageError;
        }
    }

    private IReadOnlyList<string> References(ParseResult result) => result.GetValue(_references) ?? Array.Empty<string>();

    /// <summary>Builds the chosen responses; on any incomplete one, reports them all and returns null.</summary>
    private IReadOnlyList<BuiltResponse>? Complete(ParseResult result)
    {
        var built = _source.Build(References(result).ToArray());
        var unknown = References(result).Where(r => built.All(b => !string.Equals(b.Reference, r, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0)
        {
            throw new UsageException($"no response has the reference {string.Join(", ", unknown.Select(r => "\"" + FileNames.Quote(r) + "\""))}.");
        }

        var incomplete = built.Where(b => b.Problem is not null).ToList();
        foreach (var problem in incomplete)
        {
            _error.WriteLine("error: " + problem.Problem!.Message);
        }

        return incomplete.Count > 0 ? null : built;
    }

    private int Render(ParseResult result)
    {
        var (chosen, missing) = Formats(result.GetValue(_formats));
        IReadOnlyList<IDocumentFormat> formats = chosen;
        if (result.GetValue(_layout) is { } layoutFile)
        {
            try
            {
                // read before anything is built or written: a mistake in the file stops the run with one line naming it
                var layouts = LayoutFile.Load(layoutFile);
                formats = chosen.Select(format => format.WithLayout(layouts)).ToArray();
            }
            catch (LayoutFileException e)
            {
                _error.WriteLine("error: " + e.Message);
                return ResponseHost.UsageError;
            }
        }

        try
        {
            return Render(result, formats, missing);
        }
        finally
        {
            foreach (var copy in formats.Except(chosen).OfType<IDisposable>())
            {
                copy.Dispose(); // the laid-out copies of external formats (PDF) made for this run
            }
        }
    }

    private int Render(ParseResult result, IReadOnlyList<IDocumentFormat> formats, IReadOnlyList<string> missing)
    {
        if (Complete(result) is not { } responses)
        {
            return ResponseHost.IncompleteResponse;
        }

        var folder = OutputFolder.Open(result.GetValue(_out)!);
        foreach (var line in missing)
        {
            _error.WriteLine(line);
        }

        IRenderReport report = _interactive && !result.GetValue(_plain) ? TerminalRenderReport.For(_output, _error) : new PlainRenderReport(_output, _error);
        var rendered = new DocumentRun(folder, formats).Write(responses, report);
        var asked = result.GetValue(_formats) is { Length: > 0 };
        return rendered.Any(r => r.Failures.Count > 0) || (asked && missing.Count > 0)
            ? ResponseHost.FormatNotWritten
            : ResponseHost.Success;
    }

    private int List(ParseResult result)
    {
        var built = _source.Build(References(result).ToArray());
        var rows = built.Select(b =>
        {
            var request = b.Response?.Request ?? b.Request;
            var timeliness = b.Response?.Timeliness;
            return new[]
            {
                FileNames.Quote(b.Reference),
                Day(request?.Received),
                Day(request?.DueDate),
                Day(b.Response?.RespondedOn),
                b.Response is null ? "incomplete" : OutcomeCategories.Of(b.Response),
                timeliness is { IsJudged: true } ? timeliness.IsLate ? "late" : "in time" : "-",
            };
        }).ToList();
        WriteTable(new[] { "Reference", "Received", "Due", "Responded", "Outcome", "Time" }, rows);
        _output.WriteLine($"{built.Count} {(built.Count == 1 ? "response" : "responses")}, {built.Count(b => b.Problem is not null)} incomplete.");
        return ResponseHost.Success;
    }

    private int Check(ParseResult result)
    {
        var built = _source.Build(References(result).ToArray());
        foreach (var incomplete in built.Where(b => b.Problem is not null))
        {
            _output.WriteLine($"{FileNames.Quote(incomplete.Reference)}: incomplete");
            foreach (var missing in incomplete.Problem!.Missing)
            {
                _output.WriteLine("  - " + FileNames.Quote(missing.Description));
            }
        }

        var count = built.Count(b => b.Problem is not null);
        _output.WriteLine(count == 0 ? $"All {built.Count} responses are complete." : $"{count} of {built.Count} responses are incomplete.");
        return count == 0 ? ResponseHost.Success : ResponseHost.IncompleteResponse;
    }

    private int Log(ParseResult result)
    {
        var (formats, _) = Formats(result.GetValue(_formats));
        if (Complete(result) is not { } built)
        {
            return ResponseHost.IncompleteResponse;
        }

        var log = built.Select(b => DisclosureLogEntry.For(b.Response!, formats.Select(f => FileNames.FromReference(b.Reference, f.FileExtension)))).ToArray();
        _output.WriteLine("Published:");
        foreach (var path in ResponseHost.Publish(OutputFolder.Open(result.GetValue(_out)!), log, null))
        {
            _output.WriteLine("  " + path);
        }

        return ResponseHost.Success;
    }

    private int Stats(ParseResult result)
    {
        var from = Date(result.GetValue(_from), "--from");
        var to = Date(result.GetValue(_to), "--to");
        if (from > to)
        {
            throw new UsageException($"--from ({Day(from)}) is after --to ({Day(to)}).");
        }

        if (Complete(result) is not { } built)
        {
            return ResponseHost.IncompleteResponse;
        }

        var statistics = FoiStatistics.For(built.Select(b => b.Response!), from, to);
        _output.Write(statistics.ToTable());
        if (result.GetResult(_out) is { Implicit: false })
        {
            var folder = OutputFolder.Open(result.GetValue(_out)!);
            _output.WriteLine("Written:");
            _output.WriteLine("  " + folder.WriteFile(PublicationFiles.StatisticsCsv, statistics.ToCsv()));
            _output.WriteLine("  " + folder.WriteFile(PublicationFiles.StatisticsTable, statistics.ToTable()));
        }

        return ResponseHost.Success;
    }

    /// <summary>
    /// The formats to write, and one line for each external format that cannot be written: by default
    /// every format, an unavailable external one skipped with a <c>note:</c>; a format asked for by name
    /// that is unavailable gives an <c>error:</c> line (the run then exits with <see cref="ResponseHost.FormatNotWritten"/>).
    /// </summary>
    private (IReadOnlyList<IDocumentFormat> Formats, IReadOnlyList<string> Missing) Formats(string[]? names)
    {
        var asked = names is not null && names.Length > 0;
        var chosen = new List<IDocumentFormat>();
        foreach (var name in asked ? names!.SelectMany(n => n.Split(',')).Select(n => n.Trim()).Where(n => n.Length > 0) : _allFormats.Select(f => f.Name))
        {
            var format = _allFormats.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase) || string.Equals(f.FileExtension.TrimStart('.'), name.TrimStart('.'), StringComparison.OrdinalIgnoreCase))
                ?? throw new UsageException($"unknown format \"{FileNames.Quote(name)}\"; the formats are {string.Join(", ", _allFormats.Select(f => f.Name))}.");
            if (!chosen.Contains(format))
            {
                chosen.Add(format);
            }
        }

        var missing = new List<string>();
        foreach (var external in chosen.OfType<IExternalDocumentFormat>().ToArray())
        {
            if (external.Unavailable is { } reason)
            {
                chosen.Remove(external);
                missing.Add((asked ? "error: " : "note: ") + $"no {external.Name} files: {FileNames.Quote(reason, FileNames.MessageLength)}");
            }
        }

        return (chosen, missing);
    }

    private static DateTime? Date(string? text, string option) =>
        text is null ? null
        : DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new UsageException($"{option} \"{FileNames.Quote(text)}\" is not a date written yyyy-MM-dd.");

    private static string Day(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    private void WriteTable(string[] header, IReadOnlyList<string[]> rows)
    {
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        void Line(string[] cells) => _output.WriteLine(string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        Line(header);
        Line(widths.Select(w => new string('-', w)).ToArray());
        foreach (var row in rows)
        {
            Line(row);
        }
    }

    /// <summary>A mistake on the command line found after parsing: an unknown format or reference, a bad date.</summary>
    private sealed class UsageException : Exception
    {
        public UsageException(string message)
            : base(message)
        {
        }
    }
}
