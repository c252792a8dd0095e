using System;
using System.Collections.Generic;
using FoiDsl.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace FoiDsl.Tests.TestSupport;

/// <summary>Runs one code fix over DSL source, with the generator in the loop, and compares the exact fixed code.</summary>
internal sealed class FixTest<TRule, TFix> : CSharpCodeFixTest<TRule, TFix, DefaultVerifier>
    where TRule : DiagnosticAnalyzer, new()
    where TFix : CodeFixProvider, new()
{
    public FixTest(string source, string fixedSource)
    {
        TestCode = TestCompilation.Usings + source;
        FixedCode = TestCompilation.Usings + fixedSource;
        ReferenceAssemblies = new ReferenceAssemblies("net8.0");
        TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
        TestState.AdditionalReferences.Add(typeof(FoiRequestAttribute).Assembly);
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
    }

    protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.CSharp12);

    protected override IEnumerable<Type> GetSourceGenerators()
    {
        yield return typeof(RequestGenerator);
    }
}
