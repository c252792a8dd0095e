using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using FoiDsl.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Benchmarks;

/// <summary>What a compile needs, found once: reference assemblies, the generators and FoiDsl's analyzers.</summary>
internal sealed class Toolchain
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse);

    public static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Enable,
        concurrentBuild: true,
        deterministic: true,
        // as the .NET SDK does (NoWarn CS1701;CS1702): a net8.0 runtime referenced from a net10.0 consumer
        specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress });

    private Toolchain(ImmutableArray<MetadataReference> foiReferences, ImmutableArray<MetadataReference> loggingReferences, ISourceGenerator loggerGenerator, string loggerGeneratorPath)
    {
        FoiReferences = foiReferences;
        LoggingReferences = loggingReferences;
        LoggerGenerator = loggerGenerator;
        LoggerGeneratorPath = loggerGeneratorPath;
        FoiGenerator = new RequestGenerator().AsSourceGenerator();
        FoiAnalyzers = typeof(RequestGenerator).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
    }

    /// <summary>.NET's reference assemblies and the FoiDsl runtime.</summary>
    public ImmutableArray<MetadataReference> FoiReferences { get; }

    /// <summary>.NET's reference assemblies and Microsoft.Extensions.Logging.Abstractions.</summary>
    public ImmutableArray<MetadataReference> LoggingReferences { get; }

    public ISourceGenerator FoiGenerator { get; }

    public ImmutableArray<DiagnosticAnalyzer> FoiAnalyzers { get; }

    public ISourceGenerator LoggerGenerator { get; }

    public string LoggerGeneratorPath { get; }

    /// <summary>Finds everything under the running .NET's installation; throws with what is missing.</summary>
    public static Toolchain Find()
    {
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var tfm = "net" + Environment.Version.Major + "." + Environment.Version.Minor;
        var netRef = NewestPack(root, "Microsoft.NETCore.App.Ref", v => Path.Combine(v, "ref", tfm))
            ?? throw new InvalidOperationException($"No .NET reference assemblies for {tfm} under {Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref")}.");
        var aspNet = NewestPack(root, "Microsoft.AspNetCore.App.Ref", v => Path.Combine(v, "analyzers", "dotnet", "cs", "Microsoft.Extensions.Logging.Generators.dll"))
            ?? throw new InvalidOperationException($"Microsoft's LoggerMessage generator (Microsoft.Extensions.Logging.Generators.dll) was not found under {Path.Combine(root, "packs", "Microsoft.AspNetCore.App.Ref")}: install the ASP.NET Core targeting pack, or run without the peer (--peer-methods 0).");
        var loggingAbstractions = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(aspNet)!)!)!)!, "ref", tfm, "Microsoft.Extensions.Logging.Abstractions.dll");
        if (!File.Exists(loggingAbstractions))
        {
            throw new InvalidOperationException($"Microsoft.Extensions.Logging.Abstractions reference assembly not found at {loggingAbstractions}.");
        }

        var framework = Directory.GetFiles(netRef, "*.dll").OrderBy(p => p, StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
        var foi = framework.Add(MetadataReference.CreateFromFile(typeof(FoiResponse).Assembly.Location));
        var logging = framework.Add(MetadataReference.CreateFromFile(loggingAbstractions));
        var generator = new AnalyzerFileReference(aspNet, new Loader()).GetGenerators(LanguageNames.CSharp).SingleOrDefault()
            ?? throw new InvalidOperationException($"{aspNet} holds no C# generator this Roslyn can load.");
        return new Toolchain(foi, logging, generator, aspNet);
    }

    private static string? NewestPack(string root, string pack, Func<string, string> inside)
    {
        var folder = Path.Combine(root, "packs", pack);
        if (!Directory.Exists(folder))
        {
            return null;
        }

        return Directory.GetDirectories(folder)
            .Select(d => (Version: Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : new Version(0, 0), Path: inside(d)))
            .Where(p => File.Exists(p.Path) || Directory.Exists(p.Path))
            .OrderByDescending(p => p.Version)
            .Select(p => p.Path)
            .FirstOrDefault();
    }

    /// <summary>Loads an analyzer assembly into the default context, next to the Roslyn this program runs.</summary>
    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}

/// <summary>Median and range of repeated measures.</summary>
internal static class Stats
{
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    public static string Ratio(IReadOnlyList<double> values) =>
        FormattableString.Invariant($"{Median(values):0.000}× ({values.Min():0.000}–{values.Max():0.000})");

    public static string Ms(IReadOnlyList<double> values) =>
        FormattableString.Invariant($"{Median(values),8:0} ms ({values.Min():0}–{values.Max():0})");
}
