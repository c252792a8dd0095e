using System.Threading.Tasks;
using FoiDsl.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace FoiDsl.Tests.TestSupport;

/// <summary>
/// Runs one rule over DSL source with the generator in the loop (the response rules need the
/// generated builder). Expected diagnostics are marked in the source: <c>{|FOI0001:Build|}</c>.
/// </summary>
internal sealed class RuleTest<TRule> : CSharpAnalyzerTest<TRule, DefaultVerifier>
    where TRule : DiagnosticAnalyzer, new()
{
    private static readonly ReferenceAssemblies Net80 = new("net8.0");

    public RuleTest(string source)
    {
        TestCode = TestCompilation.Usings + source;
        ReferenceAssemblies = Net80;
        TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
        TestState.AdditionalReferences.Add(typeof(FoiRequestAttribute).Assembly);
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
    }

    public static Task Check(string source, params DiagnosticResult[] expected)
    {
        var test = new RuleTest<TRule>(source);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.CSharp12);

    protected override System.Collections.Generic.IEnumerable<System.Type> GetSourceGenerators()
    {
        yield return typeof(RequestGenerator);
    }
}
