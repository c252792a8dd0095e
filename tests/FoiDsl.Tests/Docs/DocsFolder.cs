using System.IO;

namespace FoiDsl.Tests.Docs;

/// <summary>Finds the repository's docs folder from the test output directory.</summary>
internal static class DocsFolder
{
    public static string Path
    {
        get
        {
            var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "FoiDsl.sln")))
            {
                directory = directory.Parent;
            }

            Assert.That(directory, Is.Not.Null, "no folder above the test output holds FoiDsl.sln");
            return System.IO.Path.Combine(directory!.FullName, "docs");
        }
    }

    public static string Read(string relativePath) => File.ReadAllText(System.IO.Path.Combine(Path, relativePath));
}
