using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FoiDsl.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FoiDsl.Tests.Docs;

/// <summary>
/// Every ```csharp block of the pages that teach the language (docs/dsl.md, docs/regimes.md and its page per regime) compiles
/// as written, with the generator and every rule, and no error or warning. A block is one program: its
/// page's namespaces (the usings of all its blocks), its types, and its statements placed in Program.cs
/// as a project would hold them; the requests the same page declares in other blocks are in scope. A
/// block marked <c>&lt;!-- fragment --&gt;</c> on the line before it (a part of a chain, a single field,
/// an assembly attribute) is not compiled.
/// </summary>
public class DslSnippetTests
{
    /// <summary>The pages whose blocks compile, with the fewest blocks each must have to compile.</summary>
    private static readonly (string Page, int Minimum)[] Pages =
    [("dsl.md", 6), ("regimes.md", 2), ("regimes/foia.md", 2), ("regimes/eir.md", 2), ("regimes/foisa.md", 2), ("regimes/eir-scotland.md", 2), ("layouts.md", 4)];

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<Snippet>> SnippetsByPage =
        Pages.ToDictionary(p => p.Page, p => (IReadOnlyList<Snippet>)Read(p.Page, DocsFolder.Read(p.Page)));

    public static IEnumerable<TestCaseData> CompiledSnippets() =>
        SnippetsByPage.Values.SelectMany(page => page).Where(s => !s.Fragment)
            .Select(s => new TestCaseData(s).SetArgDisplayNames($"{s.Page} line {s.Line}"));

    public static IEnumerable<TestCaseData> PagesWithBlocks() =>
        Pages.Select(p => new TestCaseData(p.Page, p.Minimum).SetArgDisplayNames(p.Page));

    [TestCaseSource(nameof(CompiledSnippets))]
    public void Block_compiles_without_errors_or_warnings(Snippet snippet)
    {
        var snippets = SnippetsByPage[snippet.Page];
        var root = CSharpSyntaxTree.ParseText(snippet.Code, TestCompilation.ParseOptions).GetCompilationUnitRoot();
        var types = root.Members.Where(m => m is not GlobalStatementSyntax).ToList();
        var statements = root.Members.OfType<GlobalStatementSyntax>().ToList();
        var declared = types.OfType<BaseTypeDeclarationSyntax>().Select(t => t.Identifier.Text).ToHashSet();
        var context = snippets.SelectMany(s => s.Types)
            .Where(t => !declared.Contains(t.Name))
            .GroupBy(t => t.Name).Select(g => g.First().Text);

        var files = new List<(string, string)>
        {
            ("Usings.cs", string.Join("\n", snippets.SelectMany(s => s.Usings).Distinct().Select(u => "global " + u))),
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

        Assert.That(diagnostics.Select(d => d.ToString()), Is.Empty, $"{snippet}:\n{snippet.Code}");
    }

    [TestCaseSource(nameof(PagesWithBlocks))]
    public void Page_has_blocks_to_compile(string page, int minimum)
    {
        var snippets = SnippetsByPage[page];
        Assert.That(snippets.Count(s => !s.Fragment), Is.GreaterThanOrEqualTo(minimum), $"docs/{page}");
        Assert.That(snippets.SelectMany(s => s.Usings), Does.Contain("using FoiDsl;"), $"docs/{page}");
    }

    private static List<Snippet> Read(string page, string markdown)
    {
        var snippets = new List<Snippet>();
        foreach (Match block in Regex.Matches(markdown, @"^```csharp\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline))
        {
            var before = markdown[..block.Index].TrimEnd('\n');
            var previousLine = before[(before.LastIndexOf('\n') + 1)..].Trim();
            var code = block.Groups[1].Value;
            var root = CSharpSyntaxTree.ParseText(code, TestCompilation.ParseOptions).GetCompilationUnitRoot();
            snippets.Add(new Snippet(
                page,
                before.Count(c => c == '\n') + 2,
                code,
                previousLine == "<!-- fragment -->",
                root.Usings.Select(u => u.WithoutTrivia().ToString()).ToList(),
                root.Members.OfType<BaseTypeDeclarationSyntax>().Select(t => (t.Identifier.Text, t.WithoutLeadingTrivia().ToFullString())).ToList()));
        }

        return snippets;
    }

    public sealed record Snippet(string Page, int Line, string Code, bool Fragment, IReadOnlyList<string> Usings, IReadOnlyList<(string Name, string Text)> Types)
    {
        public override string ToString() => $"docs/{Page} line {Line}";
    }
}
