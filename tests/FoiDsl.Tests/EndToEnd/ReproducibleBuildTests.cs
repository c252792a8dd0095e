using System;
using System.IO;
using System.Linq;
using FoiDsl.Tests.TestSupport;

namespace FoiDsl.Tests.EndToEnd;

/// <summary>
/// Two clean builds of the generator produce the same bytes: a package's analyzer can then be
/// rebuilt and checked against the one shipped. (Source generators that add polyfills in a varying
/// order break this; the analyzers use a hand-written polyfill instead.)
/// </summary>
[Category("build")]
[NonParallelizable]
public class ReproducibleBuildTests
{
    [Test]
    public void Two_clean_builds_of_the_generator_are_byte_identical()
    {
        var copy = Directory.CreateTempSubdirectory("foidsl-reproducible-").FullName;
        try
        {
            foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "nuget.config" })
            {
                File.Copy(RepositoryPaths.File(file), Path.Combine(copy, file));
            }

            foreach (var folder in new[] { "FoiDsl", "FoiDsl.Generators", "Polyfills" })
            {
                CopySources(RepositoryPaths.File("src", folder), Path.Combine(copy, "src", folder));
            }

            var project = Path.Combine(copy, "src", "FoiDsl.Generators", "FoiDsl.Generators.csproj");
            var first = BuildGenerator(copy, project);
            var second = BuildGenerator(copy, project);

            Assert.That(second.SequenceEqual(first), Is.True, "two clean builds of FoiDsl.Generators.dll differ");
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static byte[] BuildGenerator(string root, string project)
    {
        var output = Path.Combine(root, "src", "FoiDsl.Generators");
        foreach (var folder in new[] { "bin", "obj" }.Select(f => Path.Combine(output, f)).Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        var (exitCode, log) = Dotnet.Run(root, new[] { "build", project, "-c", "Release", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-nologo", "-v:q" }, TimeSpan.FromMinutes(5));
        Assert.That(exitCode, Is.Zero, log);
        return File.ReadAllBytes(Path.Combine(output, "bin", "Release", "netstandard2.0", "FoiDsl.Generators.dll"));
    }

    private static void CopySources(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj")
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
