using System.IO;
using FoiDsl.Tests.TestSupport;

namespace FoiDsl.Tests.Docs;

/// <summary>Reads pages of the docs folder.</summary>
internal static class DocsFolder
{
    public static string RepositoryRoot => RepositoryPaths.Root;

    /// <summary>Reads a file under docs/, e.g. <c>rules/FOI0001.md</c>.</summary>
    public static string Read(string relativePath) => File.ReadAllText(RepositoryPaths.File("docs", relativePath));
}
