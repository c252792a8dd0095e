using System;
using System.IO;
using System.Linq;
using FoiDsl;
using FoiDsl.Rendering;
using FoiDsl.Samples.SocialMediaMonitoring;

// Renders the response to FOI 0412/23 as Markdown, HTML and plain text.
//   dotnet run --project samples/SocialMediaMonitoring -- [--out <folder>]
const string Usage = "Usage: SocialMediaMonitoring [--out <folder>]\n  --out, -o   folder to write the response files to (default: ./out)";

var output = "out";
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--out" or "-o" when i + 1 < args.Length:
            output = args[++i];
            break;
        case "--help" or "-h" or "-?":
            Console.WriteLine(Usage);
            return 0;
        default:
            Console.Error.WriteLine($"Unknown or incomplete option '{args[i]}'.");
            Console.Error.WriteLine(Usage);
            return 2;
    }
}

FoiResponse response;
try
{
    response = SocialMediaMonitoringResponse.Write();
}
catch (IncompleteResponseException incomplete)
{
    Console.Error.WriteLine(incomplete.Message);
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
Console.WriteLine($"Exemptions: {string.Join(", ", response.ExemptionsClaimed.Select(c => c.ToString()))}");
Console.WriteLine("Written:");
foreach (var path in written)
{
    Console.WriteLine("  " + Path.GetFullPath(path));
}

return 0;
