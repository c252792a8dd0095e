using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using FoiDsl.Hosting;
using FoiDsl.Tests.Browser;
using FoiDsl.Tests.TestSupport;

namespace FoiDsl.Tests.Hosting;

/// <summary>Runs a host in this process or a sample host as a process, and reads back what it wrote in any format.</summary>
internal static class HostRuns
{
    /// <summary>The sample responses as the generated registry lists them.</summary>
    public static RegisteredResponse[] Listed() => SampleResponses.All.Select(s => new RegisteredResponse(s.Write().Request, s.Write)).ToArray();

    /// <summary>Runs the host in this process with redirected (plain) output.</summary>
    public static (int Code, string Output, string Error) Run(IEnumerable<RegisteredResponse> listed, Func<IDocumentFormat>[] formats, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ResponseHost.Run(args, "Host", listed, output, error, formats);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Runs a sample program, as the solution build made it, in <paramref name="workingFolder"/> with <paramref name="environment"/> added.</summary>
    public static (int Code, string Output, string Error) Sample(string sample, string workingFolder, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var configuration = TestContext.CurrentContext.TestDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var program = RepositoryPaths.File("samples", sample, "bin", configuration, "net10.0", sample + ".dll");
        Assert.That(File.Exists(program), Is.True, "build the solution first: " + program);

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }

    /// <summary>
    /// The text of a file the host wrote, whatever its format: a PDF through <c>pdftotext</c>, a Word
    /// document part by part, Markdown without its backslash escapes, anything else as UTF-8.
    /// </summary>
    public static string Text(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (path.EndsWith(".pdf", StringComparison.Ordinal))
        {
            return PdfPrinterTests.Poppler("pdftotext", bytes, "-enc", "UTF-8");
        }

        if (path.EndsWith(".md", StringComparison.Ordinal))
        {
            // Markdown escapes punctuation (a\.example\@mail): read it as the reader sees it
            return System.Text.RegularExpressions.Regex.Replace(Encoding.UTF8.GetString(bytes), @"\\([!-/:-@\[-`{-~])", "$1");
        }

        return FoiDsl.Tests.Response.ApplicantPrivacyTests.Text(bytes);
    }

    /// <summary>True when <paramref name="text"/> holds <paramref name="trace"/>, ignoring white space and line breaks (a PDF breaks lines where the page does).</summary>
    public static bool Holds(string text, string trace) => PdfPrinterTests.Words(text).Contains(PdfPrinterTests.Words(trace), StringComparison.OrdinalIgnoreCase);
}
