using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using FoiDsl.Benchmarks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

// What FoiDsl costs in a consumer's build, against Microsoft's LoggerMessage generator (docs/performance.md).
//   dotnet run -c Release --project benchmarks/FoiDsl.Benchmarks -- [options]
// Exit codes: 0 done, 1 the consumer did not compile cleanly, 2 wrong command line.
const string Usage = """
    Options:
      --sizes 250,1000,5000   requests (of ten questions) in the FoiDsl consumer; one ratio each (default 1000)
      --reps N                interleaved repetitions of every compile (default 3)
      --warmup N              untimed rounds first (default 1)
      --peer-methods N        LoggerMessage methods in the peer consumer; 0 leaves the peer out (default 1000)
      --rule-reps N           compiles timing each rule (default 1; 0 skips); command-line: sequential
                              strict and floor compiles with the compiler's -reportanalyzer
      --incremental-reps N    generator runs cold and after edits (default 3; 0 skips)
      --mode M                in-process (default): Roslyn in this process, with each rule's share;
                              command-line: the SDK's own compiler command line of a real project,
                              one csc process a compile, with and without the SDK's analyzers
      --variants LIST         command-line: which compiles, comma-separated (default all): sdk, plain-sdk,
                              strict, plain, generator, floor, symbols; a ratio is printed when both its sides ran
      --work DIR              command-line: keep the projects in DIR and reuse those already there
                              (delete DIR after changing what the generator writes: the plain variants
                              keep the generated files of the run that prepared them)
                              (default: a new folder under the system's temporary folder)
    """;

var options = new Dictionary<string, string>(StringComparer.Ordinal)
{
    ["--sizes"] = "1000", ["--reps"] = "3", ["--warmup"] = "1", ["--peer-methods"] = "1000", ["--rule-reps"] = "1", ["--incremental-reps"] = "3", ["--mode"] = "in-process", ["--work"] = "", ["--variants"] = "sdk,plain-sdk,strict,plain,generator,floor,symbols",
};
for (var i = 0; i < args.Length; i++)
{
    if (args[i] is "-h" or "--help")
    {
        Console.WriteLine(Usage);
        return 0;
    }

    if (!options.ContainsKey(args[i]) || i + 1 == args.Length)
    {
        Console.Error.WriteLine($"Unknown option or missing value: {args[i]}\n{Usage}");
        return 2;
    }

    options[args[i]] = args[++i];
}

int Count(string name) =>
    int.TryParse(options[name], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : throw new FormatException($"{name} takes a whole number, not '{options[name]}'.");

int[] sizes;
int reps, warmup, peerMethods, ruleReps, incrementalReps;
try
{
    sizes = options["--sizes"].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new FormatException($"--sizes takes positive whole numbers separated by commas, not '{s}'."))
        .ToArray();
    (reps, warmup, peerMethods, ruleReps, incrementalReps) = (Count("--reps"), Count("--warmup"), Count("--peer-methods"), Count("--rule-reps"), Count("--incremental-reps"));
    if (sizes.Length == 0 || reps == 0)
    {
        throw new FormatException("--sizes needs at least one size and --reps at least 1.");
    }

    if (options["--mode"] is not ("in-process" or "command-line"))
    {
        throw new FormatException($"--mode is in-process or command-line, not '{options["--mode"]}'.");
    }
}
catch (FormatException e)
{
    Console.Error.WriteLine(e.Message + "\n" + Usage);
    return 2;
}

try
{
    if (options["--mode"] == "command-line")
    {
        RunCommandLine();
    }
    else
    {
        Run();
    }

    return 0;
}
catch (InvalidOperationException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}

void Run()
{
    var empty = ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new EmptyAnalyzer());
    var tools = Toolchain.Find();
    Console.WriteLine($"FoiDsl compile-time benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
    Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Cpu()}, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, Roslyn {typeof(CSharpCompilation).Assembly.GetName().Version}");
    Console.WriteLine($"Peer: {tools.LoggerGeneratorPath}");
    Console.WriteLine($"FoiDsl analyzers: {tools.FoiAnalyzers.Length}; sizes {string.Join(", ", sizes)} requests × 10 questions; {reps} interleaved repetitions after {warmup} warm-up round(s)");
    Console.WriteLine();

    // Every compile of one repetition, run in turn; the order rotates from one repetition to the next.
    var runs = new List<(string Name, Func<double> Compile, List<double> Times)>();
    var generatorTimes = new Dictionary<int, List<double>>();
    var analyzerTimes = new Dictionary<int, List<double>>();
    var floors = new List<(string Name, Func<double> Compile, List<double> Times)>();
    foreach (var size in sizes)
    {
        var sources = Workloads.FoiConsumer(size);
        var plain = sources.Concat(Compiles.Generated(sources, tools.FoiReferences, tools.FoiGenerator)).ToList();
        var (generator, analyzers) = (generatorTimes[size] = new List<double>(), analyzerTimes[size] = new List<double>());
        runs.Add(($"FoiDsl {size}", () =>
        {
            var times = Compiles.WithGenerator(sources, tools.FoiReferences, tools.FoiGenerator, tools.FoiAnalyzers);
            generator.Add(times.Generator);
            analyzers.Add(times.Analyzers);
            return times.Total;
        }, new List<double>()));
        runs.Add(($"plain {size}", () => Compiles.Plain(plain, tools.FoiReferences), new List<double>()));
        floors.Add(($"plain {size} + empty analyzer", () => Compiles.WithGenerator(plain, tools.FoiReferences, null, empty).Total, new List<double>()));
    }

    if (peerMethods > 0)
    {
        var sources = Workloads.LoggerConsumer(peerMethods);
        var plain = sources.Concat(Compiles.Generated(sources, tools.LoggingReferences, tools.LoggerGenerator)).ToList();
        runs.Add(($"LoggerMessage {peerMethods}", () => Compiles.WithGenerator(sources, tools.LoggingReferences, tools.LoggerGenerator, ImmutableArray<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>.Empty).Total, new List<double>()));
        runs.Add(($"plain {peerMethods} methods", () => Compiles.Plain(plain, tools.LoggingReferences), new List<double>()));
    }

    var pairs = runs.Count;
    runs.AddRange(floors);
    for (var round = 0; round < warmup + reps; round++)
    {
        for (var k = 0; k < runs.Count; k++)
        {
            var run = runs[(k + round) % runs.Count];
            Settle();
            var time = run.Compile();
            if (round >= warmup)
            {
                run.Times.Add(time);
            }
        }

        if (round < warmup)
        {
            foreach (var list in generatorTimes.Values.Concat(analyzerTimes.Values))
            {
                list.Clear();
            }
        }

        Console.Error.Write(round < warmup ? "w" : ".");
    }

    Console.Error.WriteLine();
    Console.WriteLine("Whole compiles, processor time of the compiling process (median, range):");
    foreach (var run in runs)
    {
        Console.WriteLine($"  {run.Name,-26} {Stats.Ms(run.Times)}");
    }

    Console.WriteLine();
    Console.WriteLine("Ratios, each repetition's compile with the generator ÷ the same repetition's plain compile of its output:");
    for (var p = 0; p < pairs; p += 2)
    {
        var ratios = runs[p].Times.Zip(runs[p + 1].Times, (with, without) => with / without).ToList();
        var size = p / 2 < sizes.Length ? sizes[p / 2] : 0;
        var detail = size > 0
            ? FormattableString.Invariant($"   generator {Stats.Median(generatorTimes[size]):0} ms, analyzers {Stats.Median(analyzerTimes[size]):0} ms, {Stats.Median(runs[p].Times) / size:0.00} ms a request")
            : string.Empty;
        Console.WriteLine($"  {runs[p].Name,-26} {Stats.Ratio(ratios)}{detail}");
    }

    Console.WriteLine();
    Console.WriteLine("The same FoiDsl compiles ÷ the plain compile with an analyzer that does nothing (the in-process cost any analyzer of operations pays):");
    for (var f = 0; f < sizes.Length; f++)
    {
        var ratios = runs[2 * f].Times.Zip(runs[pairs + f].Times, (with, floor) => with / floor).ToList();
        Console.WriteLine($"  {runs[2 * f].Name,-26} {Stats.Ratio(ratios)}");
    }

    if (ruleReps > 0)
    {
        RuleShares(tools, sizes.Contains(1000) ? 1000 : sizes[0]);
    }

    if (incrementalReps > 0)
    {
        Incremental(tools, sizes.Contains(1000) ? 1000 : sizes[0]);
    }
}

// The measure from outside: real projects, the SDK's compiler command line, one compiler process a compile.
void RunCommandLine()
{
    var compiler = CommandLine.Find();
    var repository = AppContext.BaseDirectory;
    while (!File.Exists(Path.Combine(repository, "FoiDsl.sln")))
    {
        repository = Path.GetDirectoryName(repository.TrimEnd(Path.DirectorySeparatorChar)) ?? throw new InvalidOperationException("Run the benchmark from inside the FoiDsl repository: FoiDsl.sln was not found above " + AppContext.BaseDirectory);
    }

    var work = options["--work"] is { Length: > 0 } kept ? Path.GetFullPath(kept) : Path.Combine(Path.GetTempPath(), "foidsl-benchmark-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
    Console.WriteLine($"FoiDsl compile-time benchmark from the command line, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
    Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Cpu()}, {RuntimeInformation.OSDescription}; compiler {compiler.Compiler}");
    Console.WriteLine($"Sizes {string.Join(", ", sizes)} requests × 10 questions; LoggerMessage {peerMethods} methods; {reps} interleaved repetitions after {warmup} warm-up round(s); projects under {work}");
    Console.WriteLine();

    var src = Path.Combine(repository, "src");
    var foiReferences = $"""
            <ProjectReference Include="{Path.Combine(src, "FoiDsl", "FoiDsl.csproj")}" />
            <ProjectReference Include="{Path.Combine(src, "FoiDsl.Generators", "FoiDsl.Generators.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
        """;
    var consumers = new List<(string Name, Consumer Consumer)>();
    foreach (var size in sizes)
    {
        Console.Error.WriteLine($"Preparing {size} requests...");
        consumers.Add(($"FoiDsl {size}", compiler.Prepare(Path.Combine(work, "foidsl-" + size.ToString(CultureInfo.InvariantCulture)), Workloads.FoiConsumer(size), foiReferences, "FoiDsl.Generators.dll")));
    }

    if (peerMethods > 0)
    {
        Console.Error.WriteLine($"Preparing {peerMethods} LoggerMessage methods...");
        consumers.Add(($"LoggerMessage {peerMethods}", compiler.Prepare(Path.Combine(work, "logger"), Workloads.LoggerConsumer(peerMethods), "    <FrameworkReference Include=\"Microsoft.AspNetCore.App\" />", "Microsoft.Extensions.Logging.Generators.dll")));
    }

    // Every FOI rule switched off: the compiler then runs none of FoiDsl's analyzers, only its generator.
    var rulesOff = Path.Combine(work, "rules-off.globalconfig");
    var ruleIds = typeof(FoiDsl.Generators.RequestGenerator).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer).IsAssignableFrom(t))
        .SelectMany(t => ((Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics.Select(d => d.Id))
        .Distinct().OrderBy(id => id, StringComparer.Ordinal);
    File.WriteAllLines(rulesOff, new[] { "is_global = true" }.Concat(ruleIds.Select(id => $"dotnet_diagnostic.{id}.severity = none")));

    // The floor: every rule off but FOI0030, which looks at every invocation's operation and does almost nothing with it,
    // so the compiler builds the operation trees any analyzer of method bodies needs.
    var floorOnly = Path.Combine(work, "floor.globalconfig");
    File.WriteAllLines(floorOnly, File.ReadAllLines(rulesOff).Where(l => !l.Contains("FOI0030", StringComparison.Ordinal)));

    // The floor of a rule that reads only declarations: every rule off but FOI0007, which reads each request's attributes
    // and binds no method body, so what the floor costs above it is binding the responses' bodies again for their operations.
    var symbolsOnly = Path.Combine(work, "symbols.globalconfig");
    File.WriteAllLines(symbolsOnly, File.ReadAllLines(rulesOff).Where(l => !l.Contains("FOI0007", StringComparison.Ordinal)));

    var all = new (string Key, string Name, Func<Consumer, IEnumerable<string>> Arguments)[]
    {
        ("sdk", "with SDK analyzers", c => c.WithSdkAnalyzers()),
        ("plain-sdk", "plain, SDK analyzers", c => c.PlainWithSdkAnalyzers()),
        ("strict", "strict", c => c.Strict()),
        ("plain", "plain", c => c.Plain()),
        ("generator", "generator alone", c => c.Strict().Append("/analyzerconfig:" + rulesOff)),
        ("floor", "floor", c => c.Strict().Append("/analyzerconfig:" + floorOnly)),
        ("symbols", "declarations floor", c => c.Strict().Append("/analyzerconfig:" + symbolsOnly)),
    };
    var chosen = options["--variants"].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
    if (chosen.Except(all.Select(v => v.Key)).FirstOrDefault() is { } unknown)
    {
        throw new InvalidOperationException($"--variants: '{unknown}' is not one of {string.Join(", ", all.Select(v => v.Key))}.");
    }

    var variants = all.Where(v => chosen.Contains(v.Key)).Select(v => (v.Name, v.Arguments)).ToArray();
    var runs = consumers.SelectMany(c => variants.Select(v => (Consumer: c, Variant: v, Cpu: new List<double>(), Wall: new List<double>()))).ToList();
    for (var round = 0; round < warmup + reps; round++)
    {
        for (var k = 0; k < runs.Count; k++)
        {
            var run = runs[(k + round) % runs.Count];
            var result = compiler.Compile(run.Consumer.Consumer.Project, Path.Combine(run.Consumer.Consumer.Project, "..", run.Variant.Name.Replace(' ', '-').Replace(",", "", StringComparison.Ordinal) + ".rsp"), run.Variant.Arguments(run.Consumer.Consumer));
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"{run.Consumer.Name} ({run.Variant.Name}) did not compile:\n{CommandLine.Head(result.Output)}");
            }

            if (round >= warmup)
            {
                run.Cpu.Add(result.Cpu);
                run.Wall.Add(result.Wall);
            }
        }

        Console.Error.Write(round < warmup ? "w" : ".");
    }

    Console.Error.WriteLine();
    Console.WriteLine("Compiler processes, processor time (median, range) and elapsed time (median):");
    foreach (var run in runs)
    {
        Console.WriteLine(FormattableString.Invariant($"  {run.Consumer.Name,-20} {run.Variant.Name,-22} {Stats.Ms(run.Cpu)}   elapsed {Stats.Median(run.Wall),7:0} ms"));
    }

    Console.WriteLine();
    Console.WriteLine("Ratios of processor time, each round's compile with the generator ÷ the same round's plain compile of its output:");
    foreach (var consumer in consumers)
    {
        List<double>? Times(string name) => runs.FirstOrDefault(r => r.Consumer.Name == consumer.Name && r.Variant.Name == name).Cpu;
        string Ratio(string with, string without) =>
            Times(with) is { } a && Times(without) is { } b ? Stats.Ratio(a.Zip(b, (x, y) => x / y).ToList()) : "not run";
        Console.WriteLine($"  {consumer.Name,-20} with the SDK's analyzers {Ratio("with SDK analyzers", "plain, SDK analyzers")}   strict {Ratio("strict", "plain")}   generator alone {Ratio("generator alone", "plain")}   floor {Ratio("floor", "plain")}   declarations floor {Ratio("declarations floor", "plain")}");
        Console.WriteLine($"  {consumer.Name,-20} strict ÷ floor (the rules above what any analyzer of method bodies costs) {Ratio("strict", "floor")}");
    }

    if (ruleReps > 0)
    {
        var (name, consumer) = consumers[sizes.Contains(1000) ? Array.IndexOf(sizes, 1000) : 0];
        RuleAccount(compiler, name, consumer, floorOnly);

        var result = compiler.Compile(consumer.Project, Path.Combine(consumer.Project, "..", "report.rsp"), consumer.WithSdkAnalyzers().Append("/reportanalyzer"));
        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant($"{name}, with the SDK's analyzers: the compiler's -reportanalyzer (compile {result.Cpu:0} ms of processor time, {result.Wall:0} ms elapsed):"));
        foreach (var line in result.Output.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Contains("Total", StringComparison.Ordinal) || l.Contains("Version=", StringComparison.Ordinal) || l.Contains("FoiDsl.Generators.", StringComparison.Ordinal)))
        {
            Console.WriteLine("  " + line);
        }
    }
}

// Each rule's share of the strict compile, from the compiler's own account (/reportanalyzer) of sequential compiles
// (/parallel-): with one thread, the time the compiler logs for a rule is time spent on the rule's work, not time its
// callbacks waited for a processor. The compiler builds a method's operation tree inside the timing of the first
// analyzer that asks for it, so one operation rule is also charged for that; the floor (every rule off but one
// trivial rule) shows how much, as the whole time logged for its rule.
void RuleAccount(CommandLine compiler, string name, Consumer consumer, string floorOnly)
{
    var rules = new Dictionary<string, List<double>>(StringComparer.Ordinal);
    var (totals, floors) = (new List<double>(), new List<double>());
    for (var i = 0; i < ruleReps; i++)
    {
        var strict = compiler.Compile(consumer.Project, Path.Combine(consumer.Project, "..", "report.rsp"), consumer.Strict().Append("/reportanalyzer").Append("/parallel-"));
        totals.Add(strict.Cpu);
        foreach (var (rule, ms) in ReportedRuleTimes(strict.Output))
        {
            (rules.TryGetValue(rule, out var times) ? times : rules[rule] = new List<double>()).Add(ms);
        }

        var floor = compiler.Compile(consumer.Project, Path.Combine(consumer.Project, "..", "report.rsp"), consumer.Strict().Append("/analyzerconfig:" + floorOnly).Append("/reportanalyzer").Append("/parallel-"));
        floors.Add(ReportedRuleTimes(floor.Output).Sum(r => r.Ms));
    }

    var total = Stats.Median(totals);
    var floorMs = Stats.Median(floors);
    Console.WriteLine();
    Console.WriteLine(FormattableString.Invariant($"{name}, strict, sequential (/parallel-): each rule's time as the compiler logs it (median of {ruleReps}) and its share of the compile ({total:0} ms of processor time):"));
    var rows = rules.Select(r => (Rule: r.Key, Ms: Stats.Median(r.Value))).OrderByDescending(r => r.Ms).ToList();
    foreach (var (rule, ms) in rows)
    {
        Console.WriteLine(FormattableString.Invariant($"  {rule,-75} {ms,7:0} ms {100 * ms / total,6:0.00} %"));
    }

    var sum = rows.Sum(r => r.Ms);
    Console.WriteLine(FormattableString.Invariant($"  {"all rules",-75} {sum,7:0} ms {100 * sum / total,6:0.00} %"));
    Console.WriteLine(FormattableString.Invariant($"  {"of which building operation trees (the floor's one trivial rule)",-75} {floorMs,7:0} ms {100 * floorMs / total,6:0.00} %"));
    Console.WriteLine("  The first operation rule to run on each method is charged for building its operation tree: subtract the floor from the top rule for its own work.");
}

// The FoiDsl rules' lines of a -reportanalyzer account, e.g. "   0.874   24      FoiDsl.Generators.Rules.ConditionalAnswerAnalyzer (FOI0008)".
static IEnumerable<(string Rule, double Ms)> ReportedRuleTimes(string output)
{
    foreach (var line in output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains("FoiDsl.Generators.Rules.", StringComparison.Ordinal)))
    {
        var seconds = line.Split(' ', 2)[0];
        var ms = seconds.StartsWith('<') ? 0 : 1000 * double.Parse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture);
        yield return (line.Substring(line.IndexOf("FoiDsl.Generators.Rules.", StringComparison.Ordinal) + "FoiDsl.Generators.Rules.".Length), ms);
    }
}

// Each FoiDsl analyzer's share of a whole compile, from the compiler's own analyzer timing.
void RuleShares(Toolchain tools, int size)
{
    var sources = Workloads.FoiConsumer(size);
    var shares = tools.FoiAnalyzers.ToDictionary(a => a, _ => new List<double>());
    var totals = new List<double>();
    for (var i = 0; i < ruleReps; i++)
    {
        Settle();
        var times = Compiles.WithGenerator(sources, tools.FoiReferences, tools.FoiGenerator, tools.FoiAnalyzers, timeRules: true);
        totals.Add(times.Total);
        foreach (var (analyzer, ms) in times.RuleTimes)
        {
            shares[analyzer].Add(ms);
        }
    }

    var total = Stats.Median(totals);
    Console.WriteLine();
    Console.WriteLine(FormattableString.Invariant($"Rules at {size} requests: execution time of each analyzer as the compiler logs it (median of {ruleReps}) and its share of the whole compile ({total:0} ms of processor time):"));
    var rows = shares.Select(s => (Analyzer: s.Key, Ms: Stats.Median(s.Value))).OrderByDescending(r => r.Ms).ToList();
    foreach (var (analyzer, ms) in rows)
    {
        var ids = string.Join(", ", analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct());
        Console.WriteLine(FormattableString.Invariant($"  {ids,-22} {analyzer.GetType().Name,-52} {ms,7:0.0} ms {100 * ms / total,6:0.00} %"));
    }

    var sum = rows.Sum(r => r.Ms);
    Console.WriteLine(FormattableString.Invariant($"  {"all rules",-75} {sum,7:0.0} ms {100 * sum / total,6:0.00} %"));
}

// The generator alone: a cold run, then the same driver after an unrelated edit and after an edit of one request.
void Incremental(Toolchain tools, int size)
{
    var sources = Workloads.FoiConsumer(size);
    var (cold, unrelated, request) = (new List<double>(), new List<double>(), new List<double>());
    var regenerated = new List<string>();
    for (var i = 0; i < incrementalReps; i++)
    {
        Settle();
        var compilation = Compiles.Create(sources, tools.FoiReferences);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { tools.FoiGenerator }, parseOptions: Toolchain.ParseOptions, driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var clock = new Clock();
        driver = driver.RunGenerators(compilation);
        cold.Add(clock.Cpu);
        var outputs = Outputs(driver);

        var unrelatedTree = compilation.SyntaxTrees.Single(t => t.FilePath == Workloads.UnrelatedPath);
        compilation = compilation.ReplaceSyntaxTree(unrelatedTree, unrelatedTree.WithChangedText(SourceText.From(Workloads.Unrelated(i + 1))));
        clock = new Clock();
        driver = driver.RunGenerators(compilation);
        unrelated.Add(clock.Cpu);
        var afterUnrelated = Regenerated(driver);

        var requestTree = compilation.SyntaxTrees.Single(t => t.FilePath == Workloads.FirstRequestPath);
        var text = requestTree.GetText();
        var at = text.ToString().IndexOf(Workloads.EditedWording, StringComparison.Ordinal);
        compilation = compilation.ReplaceSyntaxTree(requestTree, requestTree.WithChangedText(text.Replace(at, Workloads.EditedWording.Length, "What was the budget in 2025?")));
        clock = new Clock();
        driver = driver.RunGenerators(compilation);
        request.Add(clock.Cpu);
        regenerated.Add(FormattableString.Invariant($"{afterUnrelated} and {Regenerated(driver)} of {outputs}"));
    }

    Console.WriteLine();
    Console.WriteLine($"Generator alone at {size} requests, processor time (median, range of {incrementalReps}):");
    Console.WriteLine($"  cold run                   {Stats.Ms(cold)}");
    Console.WriteLine($"  after an unrelated edit    {Stats.Ms(unrelated)}");
    Console.WriteLine($"  after an edit of a request {Stats.Ms(request)}");
    Console.WriteLine($"  outputs regenerated after the unrelated edit and after the request edit: {string.Join("; ", regenerated.Distinct())}");
}

static int Outputs(GeneratorDriver driver) =>
    driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Count();

static int Regenerated(GeneratorDriver driver) =>
    driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
        .Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);

static void Settle()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
}

static string Cpu()
{
    const string cpuinfo = "/proc/cpuinfo";
    var model = File.Exists(cpuinfo) ? File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
    return model is null ? RuntimeInformation.ProcessArchitecture.ToString() : model[(model.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
}
