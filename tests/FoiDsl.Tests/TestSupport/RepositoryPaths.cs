using System.IO;

namespace FoiDsl.Tests.TestSupport;

/// <summary>Finds files of this repository from the test run's folder.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding FoiDsl.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string File(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (folder is not null && !System.IO.File.Exists(Path.Combine(folder.FullName, "FoiDsl.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("FoiDsl.sln was not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
