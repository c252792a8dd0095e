using System;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace FoiDsl.Word;

/// <summary>
/// Rewrites a package's zip container so the same parts always give the same bytes: entries in a
/// fixed order (<c>[Content_Types].xml</c> first, then by name, ordinal) and every entry stamped with
/// <see cref="EntryTime"/> instead of the moment it was written.
/// </summary>
internal static class StablePackage
{
    /// <summary>The time every entry carries: 1 January 1980 00:00, the earliest a zip (DOS) time can hold.</summary>
    public static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string ContentTypes = "[Content_Types].xml";

    /// <summary>The package in <paramref name="package"/>, entries sorted and timestamps fixed.</summary>
    public static byte[] Normalise(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entries = input.Entries
                .OrderBy(entry => entry.FullName == ContentTypes ? 0 : 1)
                .ThenBy(entry => entry.FullName, StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                var copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = EntryTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
