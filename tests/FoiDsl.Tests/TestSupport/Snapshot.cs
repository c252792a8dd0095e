using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace FoiDsl.Tests.TestSupport;

/// <summary>
/// Approved-file snapshots: <c>Snapshots/&lt;name&gt;.verified.txt</c> beside the calling test file.
/// A mismatch writes <c>&lt;name&gt;.received.txt</c> and fails with a line diff; a missing snapshot
/// fails too. Set <c>UPDATE_SNAPSHOTS=1</c> to accept what was received.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string name, string actual, [CallerFilePath] string callerFile = "")
    {
        var sourceFolder = Path.GetDirectoryName(callerFile)!;
        if (!Directory.Exists(sourceFolder))
        {
            Assert.Fail($"Snapshot {name}: the test's source folder '{sourceFolder}' does not exist; the tests were built with mapped source paths (ContinuousIntegrationBuild). Build them with -p:ContinuousIntegrationBuild=false.");
        }

        var folder = Path.Combine(sourceFolder, "Snapshots");
        var verified = Path.Combine(folder, name + ".verified.txt");
        var received = Path.Combine(folder, name + ".received.txt");
        actual = Normalize(actual);

        if (File.Exists(verified) && Normalize(File.ReadAllText(verified)) == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual, new UTF8Encoding(false));
        if (!File.Exists(verified))
        {
            Assert.Fail($"Snapshot {name} has no approved file. Received output written to {received}; review it and run with UPDATE_SNAPSHOTS=1 to accept.");
        }

        Assert.Fail($"Snapshot {name} differs (received written to {received}; UPDATE_SNAPSHOTS=1 to accept):\n{Diff(Normalize(File.ReadAllText(verified)), actual)}");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimStart('\uFEFF');

    private static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual);
        var lines = diff.Lines
            .Select((line, index) => (line, index))
            .Where(x => x.line.Type != ChangeType.Unchanged)
            .Take(40)
            .Select(x => (x.line.Type == ChangeType.Inserted ? "+ " : x.line.Type == ChangeType.Deleted ? "- " : "  ") + x.line.Text);
        return string.Join("\n", lines);
    }
}
