using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FoiDsl.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FoiDsl.Tests.Docs;

/// <summary>
/// Every ```csharp block of docs/dsl.md compiles as written, with the generator and every rule, and
/// no error or warning. A block is one program: the page's namespaces (its "Namespaces" block), its
/// types, and its statements placed in Program.cs as a project would hold them; the requests the
/// page declares in other blocks are in scope. A block marked <c>&lt;!-- fragment --&gt;</c> on the line
/// before it (a part of a chain, a single field) is not compiled.
/// </summary>
public class DslSnippetTests
{
    private static readonly IReadOnlyList<Snippet> Snippets = Read(DocsFolder.Read("dsl.md"));

    public static IEnumerable<TestCaseData> CompiledSnippets() =>
        Snippets.Where(s => !s.Fragment).Select(s => new TestCaseData(s).SetArgDisplayNames($"line {s.Line}"));

    [TestCaseSource(nameof(CompiledSnippets))]
    public void Block_compiles_without_errors_or_warnings(Snippet snippet)
    {
        var root = CSharpSyntaxTree.ParseText(snippet.Code, TestCompilation.ParseOptions).GetCompilationUnitRoot();
        var types = root.Members.Where(m => m is not GlobalStatementSyntax).ToList();
        var statements = root.Members.OfType<GlobalStatementSyntax>().ToList();
        var declared = types.OfType<BaseTypeDeclarationSyntax>().Select(t => t.Identifier.Text).ToHashSet();
        var context = Snippets.SelectMany(s => s.Types)
            .Where(t => !declared.Contains(t.Name))
            .GroupBy(t => t.Name).Select(g => g.First().Text);

        var files = new List<(string, string)>
        {
            ("Usings.cs", string.Join("\n", Snippets.SelectMany(s => s.Usings).Distinct().Select(u => "global " + u))),
            ("Context.cs", string.Join("\n\n", context)),
            ("Types.cs", string.Join("\n\n", types.Select(t => t.ToFullString()))),
        };
        if (statements.Count > 0)
        {
            files.Add(("Program.cs", string.Concat(statements.Select(s => s.ToFullString()))));
        }

        var compilation = TestCompilation.Create(files.ToArray());
        if (statements.Count > 0)
        {
            compilation = compilation.WithOptions(compilation.Options.WithOutputKind(OutputKind.ConsoleApplication));
        }

        var diagnostics = TestCompilation.Diagnose(compilation);

        Assert.That(diagnostics.Select(d => d.ToString()), Is.Empty, $"docs/dsl.md line {snippet.Line}:\n{snippet.Code}");
    }

    [Test]
    public void Page_has_blocks_to_compile()
    {
        Assert.That(Snippets.Count(s => !s.Fragment), Is.GreaterThan(5));
        Assert.That(Snippets.SelectMany(s => s.Usings), Does.Contain("using FoiDsl;"));
    }

    private static List<Snippet> Read(string markdown)
    {
        var snippets = new List<Snippet>();
        foreach (Match block in Regex.Matches(markdown, @"^```csharp\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline))
        {
            var before = markdown[..block.Index].TrimEnd('\n');
            var previousLine = before[(before.LastIndexOf('\n') + 1)..].Trim();
            var code = block.Groups[1].Value;
            var root = CSharpSyntaxTree.ParseText(code, TestCompilation.ParseOptions).GetCompilationUnitRoot();
            snippets.Add(new Snippet(
                before.Count(c => c == '\n') + 2,
                code,
                previousLine == "<!-- fragment -->",
                root.Usings.Select(u => u.WithoutTrivia().ToString()).ToList(),
                root.Members.OfType<BaseTypeDeclarationSyntax>().Select(t => (t.Identifier.Text, t.WithoutLeadingTrivia().ToFullString())).ToList()));
        }

        return snippets;
    }

    public sealed record Snippet(int Line, string Code, bool Fragment, IReadOnlyList<string> Usings, IReadOnlyList<(string Name, string Text)> Types)
    {
        public override string ToString() => $"docs/dsl.md line {Line}";
    }
}
