using System.IO;

namespace FoiDsl.Tests.Docs;

/// <summary>Finds the repository (the folder holding FoiDsl.sln) and its docs folder from the test output directory.</summary>
internal static class DocsFolder
{
    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FoiDsl.sln")))
            {
                directory = directory.Parent;
            }

            Assert.That(directory, Is.Not.Null, "no folder above the test output holds FoiDsl.sln");
            return directory!.FullName;
        }
    }

    /// <summary>Reads a file under docs/, e.g. <c>rules/FOI0001.md</c>.</summary>
    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(RepositoryRoot, "docs", relativePath));
}
