using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FoiDsl.Hosting.Publication;

namespace FoiDsl.Hosting;

/// <summary>
/// Turns a console app into the command-line tool of its responses, in one line. Commands:
/// <c>render</c> (the default: every format of every response, the disclosure log and the statistics,
/// into <c>--out</c>, and each letter as sent into its <c>letters</c> subfolder), <c>list</c>, <c>check</c>, <c>log</c> and <c>stats</c>; <c>--help</c> on each.
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
    /// A format could not write some file (PDF: no browser, or it failed while printing) and says so in one
    /// line naming the reference; every other file, the disclosure log and the statistics were written.
    /// </summary>
    public const int FormatNotWritten = 4;

    /// <summary>
    /// Runs the host for the responses <paramref name="respond"/> builds, writing to the console.
    /// Use it as a whole <c>Program.cs</c>: <c>return ResponseHost.Run(args, "MyHost", () => [MyResponse.Write()]);</c>
    /// </summary>
    /// <param name="args">The command line.</param>
    /// <param name="programName">The name shown in help and errors.</param>
    /// <param name="respond">Builds every response.</param>
    /// <param name="moreFormats">Formats beyond <see cref="DocumentFormats.All"/>, each created for one run and disposed at its end, e.g. <c>PdfFormat.Create</c> from <c>FoiDsl.Pdf</c>.</param>
    public static int Run(string[] args, string programName, Func<IEnumerable<FoiResponse>> respond, params Func<IDocumentFormat>[] moreFormats) =>
        Run(args, programName, respond, Console.Out, Console.Error, Interactive, moreFormats);

    /// <summary>
    /// Runs the host for every response of the assembly, as the generator lists them:
    /// <c>return ResponseHost.Run(args, "MyHost", FoiDsl.Generated.FoiResponses.All);</c>, or with PDF
    /// (package <c>FoiDsl.Pdf</c>): <c>return ResponseHost.Run(args, "MyHost", FoiDsl.Generated.FoiResponses.All, PdfFormat.Create);</c>
    /// </summary>
    /// <param name="args">The command line.</param>
    /// <param name="programName">The name shown in help and errors.</param>
    /// <param name="responses">The responses, usually <c>FoiDsl.Generated.FoiResponses.All</c>.</param>
    /// <param name="moreFormats">Formats beyond <see cref="DocumentFormats.All"/>, each created for one run and disposed at its end.</param>
    public static int Run(string[] args, string programName, IEnumerable<RegisteredResponse> responses, params Func<IDocumentFormat>[] moreFormats) =>
        Run(args, programName, responses, Console.Out, Console.Error, Interactive, moreFormats);

    /// <summary>Runs the host, writing plain text to <paramref name="output"/> and errors to <paramref name="error"/>.</summary>
    public static int Run(string[] args, string programName, Func<IEnumerable<FoiResponse>> respond, TextWriter output, TextWriter error, params Func<IDocumentFormat>[] moreFormats) =>
        Run(args, programName, respond, output, error, interactive: false, moreFormats);

    /// <summary>Runs the host for listed responses, writing plain text to <paramref name="output"/> and errors to <paramref name="error"/>.</summary>
    public static int Run(string[] args, string programName, IEnumerable<RegisteredResponse> responses, TextWriter output, TextWriter error, params Func<IDocumentFormat>[] moreFormats) =>
        Run(args, programName, responses, output, error, interactive: false, moreFormats);

    /// <summary>True when standard output is a terminal: <c>render</c> then shows progress and a summary table instead of plain lines.</summary>
    private static bool Interactive => !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb";

    private static int Run(string[] args, string programName, Func<IEnumerable<FoiResponse>> respond, TextWriter output, TextWriter error, bool interactive, Func<IDocumentFormat>[] moreFormats)
    {
        if (respond is null)
        {
            throw new ArgumentNullException(nameof(respond));
        }

        return new HostCommands(programName, new ResponseSource(respond), output, error, moreFormats, interactive).Run(args);
    }

    private static int Run(string[] args, string programName, IEnumerable<RegisteredResponse> responses, TextWriter output, TextWriter error, bool interactive, Func<IDocumentFormat>[] moreFormats) =>
        new HostCommands(programName, new ResponseSource(responses ?? throw new ArgumentNullException(nameof(responses))), output, error, moreFormats, interactive).Run(args);

    /// <summary>Writes the disclosure log and the statistics (built from responses only, so they cannot name an applicant) and returns the paths written.</summary>
    internal static IReadOnlyList<string> Publish(OutputFolder folder, IReadOnlyList<DisclosureLogEntry> log, FoiStatistics? statistics)
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

        return published;
    }
}

/// <summary>The names of the files a host writes beside the documents.</summary>
public static class PublicationFiles
{
    /// <summary>
    /// The subfolder of the output folder holding the letters as sent (addressed to the applicant): never
    /// listed in the disclosure log, never read by the statistics, never to be published.
    /// </summary>
    public const string LettersFolder = "letters";

    /// <summary>The disclosure log as JSON.</summary>
    public const string LogJson = "disclosure-log.json";

    /// <summary>The disclosure log as CSV (RFC 4180).</summary>
    public const string LogCsv = "disclosure-log.csv";

    /// <summary>The statistics as CSV.</summary>
    public const string StatisticsCsv = "statistics.csv";

    /// <summary>The statistics as a readable table.</summary>
    public const string StatisticsTable = "statistics.txt";
}
