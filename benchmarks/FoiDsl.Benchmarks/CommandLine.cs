using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;

namespace FoiDsl.Benchmarks;

/// <summary>
/// The measure from outside: the consumer is written to disk as a real project, the .NET SDK is asked
/// for the exact compiler command line of its build, and the compiler (<c>csc.dll</c>, no compiler
/// server) is run on variants of that command line, one process a compile.
/// </summary>
/// <remarks>
/// Variants of each consumer: as the SDK builds it (with the SDK's own analyzers and generators), and
/// strict (every analyzer and generator but the one measured removed); each against the plain compile
/// of the generated output added as files with the measured generator removed. Times are the compiler
/// process's processor time (user and system, from the kernel's account of finished children).
/// </remarks>
internal sealed class CommandLine
{
    private readonly string _dotnet;
    private readonly string _csc;

    private CommandLine(string dotnet, string csc)
    {
        _dotnet = dotnet;
        _csc = csc;
    }

    /// <summary>The command-line compiler of the SDK that runs this program; throws when it cannot be found.</summary>
    public static CommandLine Find()
    {
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var dotnet = Path.Combine(root, RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet");
        var csc = Directory.Exists(Path.Combine(root, "sdk"))
            ? Directory.GetDirectories(Path.Combine(root, "sdk"))
                .Select(d => Path.Combine(d, "Roslyn", "bincore", "csc.dll"))
                .Where(File.Exists)
                .OrderByDescending(p => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(p))))!.Split('-')[0], out var v) ? v : new Version(0, 0))
                .FirstOrDefault()
            : null;
        if (!File.Exists(dotnet) || csc is null)
        {
            throw new InvalidOperationException($"The command-line measure needs the .NET SDK's compiler: no sdk/*/Roslyn/bincore/csc.dll under {root}.");
        }

        return new CommandLine(dotnet, csc);
    }

    /// <summary>The compiler this measure runs.</summary>
    public string Compiler => _csc;

    /// <summary>
    /// Writes <paramref name="sources"/> as a project under <paramref name="folder"/>, builds it once and
    /// returns the compiler arguments of that build, with the measured generator's output.
    /// </summary>
    /// <param name="folder">An empty folder for the project, its output and the generated files.</param>
    /// <param name="sources">The consumer's files.</param>
    /// <param name="references">The project's <c>ItemGroup</c> content: what the consumer references.</param>
    /// <param name="measured">The file name of the generator assembly being measured.</param>
    public Consumer Prepare(string folder, IReadOnlyList<SourceFile> sources, string references, string measured)
    {
        var project = Path.Combine(folder, "project");
        var saved = Path.Combine(folder, "arguments.txt");
        var savedGenerated = Path.Combine(folder, "generated.txt");
        if (File.Exists(saved) && File.Exists(savedGenerated))
        {
            // prepared by an earlier run with --work: the compiler arguments name the analyzer assemblies by path, so a rebuilt FoiDsl is what runs
            return new Consumer(project, File.ReadAllLines(saved), measured, File.ReadAllLines(savedGenerated));
        }

        Directory.CreateDirectory(project);
        foreach (var file in sources)
        {
            var path = Path.Combine(project, file.Path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }

        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net{Environment.Version.Major}.{Environment.Version.Minor}</TargetFramework>
                <OutputType>Library</OutputType>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <Deterministic>true</Deterministic>
              </PropertyGroup>
              <ItemGroup>
            {references}
              </ItemGroup>
            </Project>
            """);

        // The build, with the compiler run as a tool so that the log shows its whole command line.
        var log = Run(_dotnet, project, "build", "Consumer.csproj", "-c", "Release", "-nologo", "-v:n", "-p:UseSharedCompilation=false");
        var line = log.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("/Roslyn/bincore/csc ", StringComparison.Ordinal) && l.Contains("/noconfig", StringComparison.Ordinal) && l.Contains("/Consumer.dll ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The SDK's build of {project} did not show the compiler's command line:\n{log}");
        var arguments = Tokens(line[(line.IndexOf(" /noconfig", StringComparison.Ordinal) + 1)..]);
        if (!arguments.Any(a => IsAnalyzer(a, measured)))
        {
            throw new InvalidOperationException($"The SDK's command line for {project} does not load {measured}.");
        }

        // One compile writes the generated files; the plain variants compile them as sources.
        var generated = Path.Combine(folder, "generated");
        Directory.CreateDirectory(generated); // the compiler makes the folders below it, not this one
        var first = Compile(project, Path.Combine(folder, "generate.rsp"), arguments.Append("/generatedfilesout:" + generated));
        if (first.ExitCode != 0 || first.Output.Contains(": warning ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The consumer in {project} did not compile cleanly:\n{Head(first.Output)}");
        }

        var generatedFiles = Directory.GetFiles(generated, "*.cs", SearchOption.AllDirectories)
            .Where(p => p.Contains(Path.GetFileNameWithoutExtension(measured), StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        File.WriteAllLines(saved, arguments);
        File.WriteAllLines(savedGenerated, generatedFiles);
        return new Consumer(project, arguments, measured, generatedFiles);
    }

    /// <summary>Runs the compiler on <paramref name="arguments"/> (written to a response file) in <paramref name="project"/>.</summary>
    public CompilerRun Compile(string project, string responseFile, IEnumerable<string> arguments)
    {
        // /noconfig counts only on the command line (in a response file the compiler ignores it, with a warning)
        File.WriteAllLines(responseFile, arguments.Where(a => !a.Equals("/noconfig", StringComparison.OrdinalIgnoreCase)));
        var before = ChildrenCpu();
        var clock = Stopwatch.StartNew();
        var output = RunRaw(_dotnet, project, out var exitCode, "exec", _csc, "/noconfig", "@" + responseFile);
        var wall = clock.Elapsed.TotalMilliseconds;
        return new CompilerRun(exitCode, output, ChildrenCpu() - before, wall);
    }

    /// <summary>True when <paramref name="argument"/> loads the analyzer or generator assembly named <paramref name="fileName"/>.</summary>
    public static bool IsAnalyzer(string argument, string? fileName = null) =>
        (argument.StartsWith("/analyzer:", StringComparison.OrdinalIgnoreCase) || argument.StartsWith("-analyzer:", StringComparison.OrdinalIgnoreCase))
        && (fileName is null || Path.GetFileName(argument.Trim('"')).Equals(fileName, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first lines of a compiler's output, enough to say what went wrong.</summary>
    public static string Head(string output) => string.Join('\n', output.Split('\n').Take(12));

    /// <summary>The arguments of a logged command line: split at spaces outside double quotes, each kept as written (a response file reads them the same way).</summary>
    private static List<string> Tokens(string commandLine)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in commandLine)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }

            if (c == ' ' && !quoted)
            {
                if (current.Length > 0)
                {
                    tokens.Add(current.ToString());
                    current.Clear();
                }

                continue;
            }

            current.Append(c);
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    private static string Run(string file, string folder, params string[] arguments)
    {
        var output = RunRaw(file, folder, out var exitCode, arguments);
        return exitCode == 0 ? output : throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed in {folder}:\n{output}");
    }

    private static string RunRaw(string file, string folder, out int exitCode, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        exitCode = process.ExitCode;
        return output + error.Result;
    }

    /// <summary>Processor milliseconds (user and system) of every finished child process of this one.</summary>
    private static double ChildrenCpu()
    {
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
        {
            throw new PlatformNotSupportedException("The command-line measure reads child processes' processor time from getrusage: run it on Linux.");
        }

        var usage = new long[18];
        if (getrusage(-1 /* RUSAGE_CHILDREN */, usage) != 0)
        {
            throw new InvalidOperationException("getrusage failed: " + Marshal.GetLastPInvokeError().ToString(CultureInfo.InvariantCulture));
        }

        // struct rusage on 64-bit Linux begins with two timevals (seconds, microseconds): user time, then system time.
        return (usage[0] + usage[2]) * 1000.0 + (usage[1] + usage[3]) / 1000.0;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, long[] usage);
}

/// <summary>A consumer on disk: its project folder, the SDK's compiler arguments and the measured generator's output.</summary>
/// <param name="Project">The project folder, where the compiler runs.</param>
/// <param name="Arguments">The compiler arguments of the SDK's build.</param>
/// <param name="Measured">The file name of the generator assembly measured.</param>
/// <param name="GeneratedFiles">The measured generator's output, written out.</param>
internal sealed record Consumer(string Project, IReadOnlyList<string> Arguments, string Measured, IReadOnlyList<string> GeneratedFiles)
{
    /// <summary>As the SDK builds it: every analyzer and generator of the build.</summary>
    public IEnumerable<string> WithSdkAnalyzers() => Arguments;

    /// <summary>Only the measured generator and its analyzers: every other analyzer removed.</summary>
    public IEnumerable<string> Strict() => Arguments.Where(a => !CommandLine.IsAnalyzer(a) || CommandLine.IsAnalyzer(a, Measured));

    /// <summary>The generated output as sources, the SDK's analyzers kept, the measured generator removed.</summary>
    public IEnumerable<string> PlainWithSdkAnalyzers() => Arguments.Where(a => !CommandLine.IsAnalyzer(a, Measured)).Concat(GeneratedFiles);

    /// <summary>The generated output as sources and no analyzer at all.</summary>
    public IEnumerable<string> Plain() => Arguments.Where(a => !CommandLine.IsAnalyzer(a)).Concat(GeneratedFiles);
}

/// <summary>One run of the command-line compiler.</summary>
/// <param name="ExitCode">The compiler's exit code.</param>
/// <param name="Output">What it printed.</param>
/// <param name="Cpu">Its processor time, in milliseconds.</param>
/// <param name="Wall">Its elapsed time, in milliseconds.</param>
internal sealed record CompilerRun(int ExitCode, string Output, double Cpu, double Wall);
