using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FoiDsl.Hosting.Publication;

namespace FoiDsl.Hosting;

/// <summary>
/// The command line of a host that renders responses: <c>[--out &lt;folder&gt;]</c> (default <c>out</c>),
/// <c>--help</c>. It writes every format of every response (<see cref="DocumentFormats.All"/>) into the folder through
/// <see cref="OutputFolder"/> and prints a summary; ordinary mistakes print one line on the error
/// stream and give an exit code, never a stack trace.
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
    public static int Run(string[] args, string programName, IEnumerable<RegisteredResponse> responses, TextWriter output, TextWriter error) =>
        Run(args, programName, () => (responses ?? throw new ArgumentNullException(nameof(responses))).Select(r => r.Write()), output, error);

    /// <summary>Runs the host, writing the summary to <paramref name="output"/> and errors to <paramref name="error"/>.</summary>
    public static int Run(string[] args, string programName, Func<IEnumerable<FoiResponse>> respond, TextWriter output, TextWriter error)
    {
        if (args is null || respond is null || output is null || error is null)
        {
            throw new ArgumentNullException(args is null ? nameof(args) : respond is null ? nameof(respond) : output is null ? nameof(output) : nameof(error));
        }

        var usage = $"Usage: {programName} [--out <folder>]\n  --out, -o   folder to write the response files to (default: ./out)";
        var folderPath = "out";
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" or "-o" when i + 1 < args.Length:
                    folderPath = args[++i];
                    break;
                case "--help" or "-h" or "-?":
                    output.WriteLine(usage);
                    return Success;
                default:
                    error.WriteLine($"error: unknown or incomplete option \"{FileNames.Quote(args[i])}\".");
                    error.WriteLine(usage);
                    return UsageError;
            }
        }

        List<FoiResponse> responses;
        try
        {
            responses = respond().ToList();
        }
        catch (IncompleteResponseException incomplete)
        {
            error.WriteLine("error: " + incomplete.Message);
            return IncompleteResponse;
        }

        try
        {
            var folder = OutputFolder.Open(folderPath);
            var log = new List<DisclosureLogEntry>();
            foreach (var response in responses)
            {
                var written = DocumentFormats.All
                    .Select(format => folder.WriteDocument(response.Request.Reference, format.FileExtension, format.Render(response)))
                    .ToList();
                log.Add(DisclosureLogEntry.For(response, written));
                Summarise(output, response, written);
            }

            // The publication files: built from responses only, so they cannot name an applicant.
            var statistics = FoiStatistics.For(responses);
            var published = new[]
            {
                folder.WriteFile(PublicationFiles.LogJson, DisclosureLog.ToJson(log)),
                folder.WriteFile(PublicationFiles.LogCsv, DisclosureLog.ToCsv(log)),
                folder.WriteFile(PublicationFiles.StatisticsCsv, statistics.ToCsv()),
                folder.WriteFile(PublicationFiles.StatisticsTable, statistics.ToTable()),
            };
            output.WriteLine("Published:");
            foreach (var path in published)
            {
                output.WriteLine("  " + path);
            }
        }
        catch (OutputFolderException e)
        {
            error.WriteLine("error: " + e.Message);
            return OutputError;
        }

        return Success;
    }

    private static void Summarise(TextWriter output, FoiResponse response, IReadOnlyList<string> written)
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
