using System;
using System.IO;
using System.Linq;
using System.Reflection;
using FoiDsl.Rendering;

namespace FoiDsl.Samples;

/// <summary>
/// The console host every sample shares: reads <c>--out &lt;folder&gt;</c>, writes the response and
/// renders it as Markdown, HTML and plain text. Linked into each sample project, so each
/// Program.cs only says which response to write.
/// </summary>
internal static class SampleHost
{
    /// <summary>Runs the host; returns 0 on success, 1 when the response is incomplete, 2 on bad arguments.</summary>
    public static int Run(string[] args, Func<FoiResponse> write)
    {
        var name = Assembly.GetEntryAssembly()?.GetName().Name ?? "sample";
        var usage = $"Usage: {name} [--out <folder>]\n  --out, -o   folder to write the response files to (default: ./out)";

        var output = "out";
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" or "-o" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--help" or "-h" or "-?":
                    Console.WriteLine(usage);
                    return 0;
                default:
                    Console.Error.WriteLine($"Unknown or incomplete option '{args[i]}'.");
                    Console.Error.WriteLine(usage);
                    return 2;
            }
        }

        FoiResponse response;
        try
        {
            response = write();
        }
        catch (IncompleteResponseException incomplete)
        {
            Console.Error.WriteLine($"{name}: the response is incomplete: {incomplete.Message.ReplaceLineEndings(" ")}");
            return 1;
        }

        Directory.CreateDirectory(output);
        var baseName = response.Request.Reference.Replace('/', '-').Replace(' ', '-');
        var written = ResponseRenderers.All
            .Select(renderer =>
            {
                var path = Path.Combine(output, baseName + renderer.FileExtension);
                File.WriteAllText(path, renderer.Render(response));
                return path;
            })
            .ToList();

        Console.WriteLine($"Reference:  {response.Request.Reference} ({response.Request.Authority})");
        Console.WriteLine($"Outcome:    {response.Outcome}");
        var exemptions = response.ExemptionsClaimed.Select(c => c.ToString()).ToList();
        Console.WriteLine($"Exemptions: {(exemptions.Count == 0 ? "none" : string.Join(", ", exemptions))}");
        Console.WriteLine("Written:");
        foreach (var path in written)
        {
            Console.WriteLine("  " + Path.GetFullPath(path));
        }

        return 0;
    }
}
