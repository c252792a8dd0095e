using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FoiDsl.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FoiDsl.Tests.Robustness;

/// <summary>
/// Half-typed and mangled code must never crash the generator or a rule: in the IDE, every
/// keystroke runs them over code like this. Feeds the sample's and the fixtures' sources cut
/// short at every line end, and with seeded random token deletions and duplications, through the
/// generator and every rule, and fails on any exception that escapes either.
/// </summary>
public class MutationTests
{
    private const int Seed = 20261128;
    private const int RandomMutations = 1200;
    private static readonly TimeSpan PerInputTimeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Sources compiled together; a mutation changes one file of a group and keeps the others. A
    /// request and its response in separate files form a group; each Faulty and Severity file
    /// holds its request (and response) alone, so it is a group by itself.
    /// </summary>
    private static readonly string[][] Groups =
    [
        [RepositoryPaths.File("samples", "SocialMediaMonitoring", "SocialMediaMonitoring.cs"), RepositoryPaths.File("samples", "SocialMediaMonitoring", "SocialMediaMonitoringResponse.cs")],
        FixtureSources("Clean").Where(path => !path.EndsWith("EveryFeature.cs", StringComparison.Ordinal)).ToArray(),
        [RepositoryPaths.File("tests", "fixtures", "Clean", "EveryFeature.cs")],
        .. FixtureSources("Faulty").Select(file => new[] { file }),
        .. FixtureSources("Severity").Select(file => new[] { file }),
    ];

    [Test]
    public void Every_line_prefix_of_every_source_runs_without_an_exception()
    {
        var inputs = new List<Input>();
        foreach (var group in Groups.Select(Load))
        {
            for (var file = 0; file < group.Length; file++)
            {
                var text = group[file].Text;
                var lineEnds = Enumerable.Range(0, text.Length).Where(i => text[i] == '\n').Select(i => i + 1).Prepend(0).Append(text.Length).Distinct();
                foreach (var end in lineEnds)
                {
                    inputs.Add(new Input(group, file, text[..end], $"{Path.GetFileName(group[file].Path)} cut at character {end}"));
                }
            }
        }

        Run(inputs, "line prefixes");
    }

    [Test]
    public void Seeded_random_token_deletions_and_duplications_run_without_an_exception()
    {
        var random = new Random(Seed);
        var groups = Groups.Select(Load).ToArray();
        var tokens = groups.Select(group => group.Select(file => CSharpSyntaxTree.ParseText(file.Text, TestCompilation.ParseOptions)
                .GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).Select(t => t.Span).ToArray()).ToArray()).ToArray();

        var inputs = new List<Input>(RandomMutations);
        for (var i = 0; i < RandomMutations; i++)
        {
            var g = random.Next(groups.Length);
            var file = random.Next(groups[g].Length);
            var text = groups[g][file].Text;
            var spans = tokens[g][file];

            // one to three edits, applied from the end of the text so earlier spans stay valid
            var edits = Enumerable.Range(0, random.Next(1, 4))
                .Select(_ => (Span: spans[random.Next(spans.Length)], Duplicate: random.Next(2) == 0))
                .DistinctBy(e => e.Span.Start)
                .OrderByDescending(e => e.Span.Start)
                .ToList();
            foreach (var (span, duplicate) in edits)
            {
                var token = text.Substring(span.Start, span.Length);
                text = duplicate ? text.Insert(span.End, " " + token) : text.Remove(span.Start, span.Length);
            }

            var description = string.Join(", ", edits.Select(e => $"{(e.Duplicate ? "duplicate" : "delete")} '{groups[g][file].Text.Substring(e.Span.Start, e.Span.Length)}' at {e.Span.Start}"));
            inputs.Add(new Input(groups[g], file, text, $"mutation {i} of {Path.GetFileName(groups[g][file].Path)}: {description}"));
        }

        Run(inputs, $"random token mutations (seed {Seed})");
    }

    /// <summary>Tokens a hurried or hostile edit might insert: DSL attributes with odd arguments, stray punctuation, keywords.</summary>
    private static readonly string[] InsertedTokens =
    [
        "null", "int.MaxValue", "int.MinValue", "-1", "0", "\"s40(5)\"", "\"s37(2)\"", "\"\"", "\"\\n\"", "[Exempt(null)]", "[Exempt]",
        "[NeitherConfirmNorDeny]", "[NeitherConfirmNorDeny(null)]", "[Question]", "[Question(1)]", "[RefuseRequest(ProceduralGrounds.S12)]",
        "Part = null,", "Part = \"\",", "If = -1,", "IfNot = 1,", "Label = \"\",", "static", "record", "<T>", "@", "(", ")", ",", ";", "{", "}", "[", "]",
        "=>", ".Build()", ".Respond()", "default", "new[] { }", "public const string Decision = \"x\";", "/*", "*/", "#if X", "\u2028",
    ];

    /// <summary>Values a replaced number literal takes: the edges of int and the numbers the rules treat specially.</summary>
    private static readonly string[] NumberReplacements = ["0", "-1", "1", "2", "int.MaxValue", "int.MinValue", "2147483647", "99999999999", "1e9"];

    private const int EditsPerKind = 2900;

    [Test]
    public void Seeded_inserted_tokens_replaced_numbers_and_character_edits_run_without_an_exception()
    {
        var random = new Random(Seed + 1);
        var groups = Groups.Select(Load).ToArray();
        var numbers = groups.Select(group => group.Select(file => CSharpSyntaxTree.ParseText(file.Text, TestCompilation.ParseOptions)
                .GetRoot().DescendantTokens().Where(t => t.IsKind(SyntaxKind.NumericLiteralToken)).Select(t => t.Span).ToArray()).ToArray()).ToArray();

        var inputs = new List<Input>(3 * EditsPerKind);
        for (var i = 0; i < 3 * EditsPerKind; i++)
        {
            var g = random.Next(groups.Length);
            var file = random.Next(groups[g].Length);
            var original = groups[g][file].Text;
            var (text, description) = (i % 3) switch
            {
                0 => Insert(original, random),
                1 => ReplaceNumber(original, numbers[g][file], random),
                _ => EditCharacters(original, random),
            };
            inputs.Add(new Input(groups[g], file, text, $"edit {i} of {Path.GetFileName(groups[g][file].Path)}: {description}"));
        }

        Run(inputs, $"inserted tokens, replaced numbers and character edits (seed {Seed + 1})");
    }

    private static (string Text, string Description) Insert(string text, Random random)
    {
        var token = InsertedTokens[random.Next(InsertedTokens.Length)];
        var at = random.Next(text.Length + 1);
        return (text.Insert(at, " " + token + " "), $"insert '{token}' at {at}");
    }

    private static (string Text, string Description) ReplaceNumber(string text, TextSpan[] spans, Random random)
    {
        if (spans.Length == 0)
        {
            return Insert(text, random);
        }

        var span = spans[random.Next(spans.Length)];
        var value = NumberReplacements[random.Next(NumberReplacements.Length)];
        return (text.Remove(span.Start, span.Length).Insert(span.Start, value), $"replace the number at {span.Start} with {value}");
    }

    /// <summary>One to three single-character insertions, deletions or substitutions, or a duplicated line.</summary>
    private static (string Text, string Description) EditCharacters(string text, Random random)
    {
        const string Alphabet = "abcxyzQ019_@\"'\\()[]{}<>;:,.=+-*/!?#$ \n\t\u0000\u2028\u202e\ud800";
        var done = new List<string>();
        for (var edit = random.Next(1, 4); edit > 0 && text.Length > 0; edit--)
        {
            var at = random.Next(text.Length);
            var c = Alphabet[random.Next(Alphabet.Length)];
            switch (random.Next(4))
            {
                case 0: text = text.Insert(at, c.ToString()); done.Add($"insert U+{(int)c:X4} at {at}"); break;
                case 1: text = text.Remove(at, 1); done.Add($"delete at {at}"); break;
                case 2: text = text.Remove(at, 1).Insert(at, c.ToString()); done.Add($"substitute U+{(int)c:X4} at {at}"); break;
                default:
                    var start = text.LastIndexOf('\n', at) + 1;
                    var end = text.IndexOf('\n', at);
                    var line = text[start..(end < 0 ? text.Length : end + 1)];
                    text = text.Insert(start, line);
                    done.Add($"duplicate the line at {start}");
                    break;
            }
        }

        return (text, string.Join(", ", done));
    }

    [Test]
    public void The_check_catches_an_analyzer_that_throws()
    {
        var group = Load(Groups[0]);

        var problems = Check(new Input(group, 0, group[0].Text, "sample"), [new ThrowingAnalyzer()]).ToList();

        Assert.That(problems, Has.Some.Contains("ThrowingAnalyzer threw"));
    }

    private static void Run(IReadOnlyList<Input> inputs, string what)
    {
        var watch = Stopwatch.StartNew();
        var failures = new ConcurrentBag<string>();
        Parallel.ForEach(inputs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, input =>
        {
            foreach (var problem in Check(input))
            {
                failures.Add($"{input.Description}: {problem}");
            }
        });
        watch.Stop();

        TestContext.Out.WriteLine($"{inputs.Count} inputs ({what}) tried in {watch.Elapsed.TotalSeconds:F1} s");
        Assert.That(inputs, Has.Count.GreaterThan(0));
        Assert.That(
            failures.OrderBy(f => f, StringComparer.Ordinal).Take(20),
            Is.Empty,
            $"{failures.Count} of {inputs.Count} inputs made the generator or a rule throw (first 20 shown)");
    }

    private static IEnumerable<string> Check(Input input) => Check(input, TestCompilation.AllRules);

    private static IEnumerable<string> Check(Input input, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        using var timeout = new CancellationTokenSource(PerInputTimeout);
        var trees = input.Group.Select((file, i) => i == input.File
            ? CSharpSyntaxTree.ParseText(input.Text, TestCompilation.ParseOptions, file.Path, cancellationToken: timeout.Token)
            : file.Tree);
        var compilation = TestCompilation.Create().AddSyntaxTrees(trees);

        var problems = new List<string>();
        try
        {
            var driver = TestCompilation.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics, timeout.Token);
            var run = driver.GetRunResult();
            problems.AddRange(run.Results.Where(r => r.Exception is not null).Select(r => "generator threw " + r.Exception));
            problems.AddRange(generatorDiagnostics.Concat(run.Diagnostics).Where(d => d.Id == "CS8785").Select(d => d.ToString()).Distinct());

            var exceptions = new ConcurrentBag<string>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (exception, analyzer, _) => exceptions.Add($"{analyzer.GetType().Name} threw {exception}"),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false);
            var analyzed = output.WithAnalyzers(analyzers, options);
            var diagnostics = analyzed.GetAnalyzerDiagnosticsAsync(timeout.Token).GetAwaiter().GetResult();
            problems.AddRange(exceptions);
            problems.AddRange(diagnostics.Where(d => d.Id is "AD0001" or "CS8785").Select(d => d.ToString()));
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            problems.Add($"did not finish within {PerInputTimeout.TotalSeconds} s");
        }
        catch (Exception exception)
        {
            problems.Add("escaped: " + exception);
        }

        return problems;
    }

    private static string[] FixtureSources(string fixture)
    {
        var folder = RepositoryPaths.File("tests", "fixtures", fixture);
        return Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                           && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToArray();
    }

    private static SourceFile[] Load(string[] paths)
    {
        Assert.That(paths, Is.Not.Empty, "a source group is empty");
        return paths.Select(path =>
        {
            var text = File.ReadAllText(path).Replace("\r\n", "\n");
            return new SourceFile(path, text, CSharpSyntaxTree.ParseText(text, TestCompilation.ParseOptions, path));
        }).ToArray();
    }

    /// <summary>Only handed to the check above, never loaded by a compiler.</summary>
#pragma warning disable RS1001 // no [DiagnosticAnalyzer]: no compiler should discover this test double
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
#pragma warning disable RS2008 // a test double, not a shipped rule
        private static readonly DiagnosticDescriptor Rule = new("TEST0001", "Throws", "Throws", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);
#pragma warning restore RS2008

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxTreeAction(_ => throw new InvalidOperationException("deliberate"));
        }
    }
#pragma warning restore RS1001

    private sealed record SourceFile(string Path, string Text, SyntaxTree Tree);

    private sealed record Input(SourceFile[] Group, int File, string Text, string Description);
}
