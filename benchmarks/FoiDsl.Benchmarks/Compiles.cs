using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Benchmarks;

/// <summary>Processor time from a start, in milliseconds.</summary>
internal sealed class Clock
{
    private readonly TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>Processor milliseconds this process used since the start, on all its threads: what a busy machine's other work does not inflate.</summary>
    public double Cpu => (Process.GetCurrentProcess().TotalProcessorTime - _cpu).TotalMilliseconds;
}

/// <summary>The times of one compile, in milliseconds.</summary>
/// <param name="Total">Parse, bind, generate, emit and analyze: the whole compile, in processor time.</param>
/// <param name="Generator">The generators' own time, as the driver times it.</param>
/// <param name="Analyzers">Running the analyzers over the compiled code, in processor time.</param>
/// <param name="RuleTimes">Each analyzer's execution time, when asked for.</param>
internal sealed record CompileTimes(double Total, double Generator, double Analyzers, IReadOnlyDictionary<DiagnosticAnalyzer, double> RuleTimes);

/// <summary>
/// One compile of a consumer, in-process, as the compiler does it on the command line: parse every
/// file, run the generators, emit the assembly (to memory) and run the analyzers.
/// </summary>
internal static class Compiles
{
    /// <summary>Compiles <paramref name="sources"/> with <paramref name="generator"/> (if any) and <paramref name="analyzers"/>; throws when the code does not compile or an analyzer reports.</summary>
    public static CompileTimes WithGenerator(
        IReadOnlyList<SourceFile> sources,
        ImmutableArray<MetadataReference> references,
        ISourceGenerator? generator,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        bool timeRules = false)
    {
        var clock = new Clock();
        Compilation output = Create(sources, references);
        var generatorDiagnostics = ImmutableArray<Diagnostic>.Empty;
        var generatorTime = 0.0;
        if (generator is not null)
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { generator }, parseOptions: Toolchain.ParseOptions);
            driver = driver.RunGeneratorsAndUpdateCompilation(output, out output, out generatorDiagnostics);
            generatorTime = driver.GetTimingInfo().ElapsedTime.TotalMilliseconds;
        }

        EmitOrThrow(output, generatorDiagnostics);

        var rules = new Dictionary<DiagnosticAnalyzer, double>();
        var analyzerTime = 0.0;
        if (!analyzers.IsEmpty)
        {
            var analyzerClock = new Clock();
            var withAnalyzers = output.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: timeRules, reportSuppressedDiagnostics: false));
            var reported = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            analyzerTime = analyzerClock.Cpu;
            if (!reported.IsEmpty)
            {
                throw new InvalidOperationException("The benchmark's consumer must be clean, but the analyzers report:\n" + string.Join("\n", reported.Take(10)));
            }

            if (timeRules)
            {
                foreach (var analyzer in analyzers)
                {
                    rules[analyzer] = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;
                }
            }
        }

        return new CompileTimes(clock.Cpu, generatorTime, analyzerTime, rules);
    }

    /// <summary>Compiles <paramref name="sources"/> as plain files, no generator, no analyzer; the processor time.</summary>
    public static double Plain(IReadOnlyList<SourceFile> sources, ImmutableArray<MetadataReference> references)
    {
        var clock = new Clock();
        EmitOrThrow(Create(sources, references), ImmutableArray<Diagnostic>.Empty);
        return clock.Cpu;
    }

    /// <summary>The files <paramref name="generator"/> adds to <paramref name="sources"/>, as plain sources.</summary>
    public static List<SourceFile> Generated(IReadOnlyList<SourceFile> sources, ImmutableArray<MetadataReference> references, ISourceGenerator generator)
    {
        var driver = CSharpGeneratorDriver.Create(new[] { generator }, parseOptions: Toolchain.ParseOptions).RunGenerators(Create(sources, references));
        return driver.GetRunResult().GeneratedTrees.Select(t => new SourceFile(t.FilePath, t.GetText().ToString())).ToList();
    }

    public static CSharpCompilation Create(IReadOnlyList<SourceFile> sources, ImmutableArray<MetadataReference> references) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, Toolchain.ParseOptions, s.Path)),
            references,
            Toolchain.CompilationOptions);

    private static void EmitOrThrow(Compilation compilation, ImmutableArray<Diagnostic> generatorDiagnostics)
    {
        using var peStream = new MemoryStream();
        var result = compilation.Emit(peStream);
        var problems = result.Diagnostics.Concat(generatorDiagnostics).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (!result.Success || problems.Count > 0)
        {
            throw new InvalidOperationException("The benchmark's consumer must compile without warnings, but:\n" + string.Join("\n", problems.Take(10)));
        }
    }
}

/// <summary>
/// An analyzer that looks at every invocation and every type and does nothing: what any analyzer of
/// operations costs in-process before doing any work (the compilation bound again for it), the floor
/// FoiDsl's rules are also compared with.
/// </summary>
internal sealed class EmptyAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("EMPTY0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(static _ => { }, OperationKind.Invocation);
        context.RegisterSymbolAction(static _ => { }, SymbolKind.NamedType);
    }
}
