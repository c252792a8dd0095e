using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FoiDsl.Hosting.Publication;

namespace FoiDsl.Hosting;

/// <summary>
/// Turns a console app into the command-line tool of its responses, in one line. Commands:
/// <c>render</c> (the default: every format of every response, the disclosure log and the statistics,
/// into <c>--out</c>), <c>list</c>, <c>check</c>, <c>log</c> and <c>stats</c>; <c>--help</c> on each.
/// Files go through <see cref="OutputFolder"/>; ordinary mistakes print one line on the error stream
/// and give an exit code, never a stack trace. See <c>docs/hosting.md</c>.
/// </summary>
public static class ResponseHost
{
    /// <summary>Everything was written.</summary>
    public const int Success = 0;

    /// <summary>A response is incomplete (<see cref="IncompleteResponseException"/>): nothing was written.</summary>
    public const int IncompleteResponse = 1;

    /// <summary>The command line is wrong.</summary>
    public const int UsageError = 2;

    /// <summary>The output folder or a file in it cannot be written.</summary>
    public const int OutputError = 3;

    /// <summary>
    /// Runs the host for the responses <paramref name="respond"/> builds, writing to the console.
    /// Use it as a whole <c>Program.cs</c>: <c>return ResponseHost.Run(args, "MyHost", () => [MyResponse.Write()]);</c>
    /// </summary>
    public static int Run(string[] args, string programName, Func<IEnumerable<FoiResponse>> respond) =>
        Run(args, programName, respond, Console.Out, Console.Error);

    /// <summary>
    /// Runs the host for every response of the assembly, as the generator lists them:
    /// <c>return ResponseHost.Run(args, "MyHost", FoiDsl.Generated.FoiResponses.All);</c>
    /// </summary>
    public static int Run(string[] args, string programName, IEnumerable<RegisteredResponse> responses) =>
        Run(args, programName, responses, Console.Out, Console.Error);

    /// <summary>Runs the host for listed responses, writing the summary to <paramref name="output"/> and errors to <paramref name="error"/>.</summary>
    /// <summary>Runs the host, writing the summary to <paramref name="output"/> and errors to <paramref name="error"/>.</summary>
    public static int Run(string[] args, string programName, Func<IEnumerable<FoiResponse>> respond, TextWriter output, TextWriter error)
    {
        if (respond is null)
        {
            throw new ArgumentNullException(nameof(respond));
        }

        return new HostCommands(programName, new ResponseSource(respond), output, error).Run(args);
    }

    /// <summary>Runs the host for listed responses, writing the summary to <paramref name="output"/> and errors to <paramref name="error"/>.</summary>
    public static int Run(string[] args, string programName, IEnumerable<RegisteredResponse> responses, TextWriter output, TextWriter error) =>
        new HostCommands(programName, new ResponseSource(responses ?? throw new ArgumentNullException(nameof(responses))), output, error).Run(args);

    /// <summary>Writes every chosen format of <paramref name="responses"/> and the publication files into <paramref name="folder"/>.</summary>
    internal static void Render(OutputFolder folder, IReadOnlyList<FoiResponse> responses, IReadOnlyList<IDocumentFormat> formats, bool publish, TextWriter output)
    {
        var log = new List<DisclosureLogEntry>();
        foreach (var response in responses)
        {
            var written = formats
                .Select(format => folder.WriteDocument(response.Request.Reference, format.FileExtension, format.Render(response)))
                .ToList();
            log.Add(DisclosureLogEntry.For(response, written));
            Summarise(output, response, written);
        }

        if (publish)
        {
            Publish(folder, responses, log, FoiStatistics.For(responses), output);
        }
    }

    /// <summary>Writes the disclosure log and the statistics: built from responses only, so they cannot name an applicant.</summary>
    internal static void Publish(OutputFolder folder, IReadOnlyList<FoiResponse> responses, IReadOnlyList<DisclosureLogEntry> log, FoiStatistics? statistics, TextWriter output)
    {
        var published = new List<string>
        {
            folder.WriteFile(PublicationFiles.LogJson, DisclosureLog.ToJson(log)),
            folder.WriteFile(PublicationFiles.LogCsv, DisclosureLog.ToCsv(log)),
        };
        if (statistics is not null)
        {
            published.Add(folder.WriteFile(PublicationFiles.StatisticsCsv, statistics.ToCsv()));
            published.Add(folder.WriteFile(PublicationFiles.StatisticsTable, statistics.ToTable()));
        }

        output.WriteLine("Published:");
        foreach (var path in published)
        {
            output.WriteLine("  " + path);
        }
    }

    internal static void Summarise(TextWriter output, FoiResponse response, IReadOnlyList<string> written)
    {
        var request = response.Request;
        var authority = request.Authority is null ? string.Empty : " (" + FileNames.Quote(request.Authority) + ")";
        output.WriteLine($"Reference:  {FileNames.Quote(request.Reference)}{authority}");
        output.WriteLine($"Outcome:    {response.Outcome}");
        output.WriteLine($"Exemptions: {string.Join(", ", response.ExemptionsClaimed.Select(c => c.ToString()))}");
        output.WriteLine("Written:");
        foreach (var path in written)
        {
            output.WriteLine("  " + path);
        }
    }
}

/// <summary>The names of the files a host writes beside the documents.</summary>
public static class PublicationFiles
{
    /// <summary>The disclosure log as JSON.</summary>
    public const string LogJson = "disclosure-log.json";

    /// <summary>The disclosure log as CSV (RFC 4180).</summary>
    public const string LogCsv = "disclosure-log.csv";

    /// <summary>The statistics as CSV.</summary>
    public const string StatisticsCsv = "statistics.csv";

    /// <summary>The statistics as a readable table.</summary>
    public const string StatisticsTable = "statistics.txt";
}
