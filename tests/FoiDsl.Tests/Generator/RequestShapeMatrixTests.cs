using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using FoiDsl.Generators;
using FoiDsl.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Tests.Generator;

/// <summary>
/// Every request shape gets a working builder or a clear FOI0019 on the declaration, never an error
/// inside generated code; the generated code compiles warning-free from C# 7.3 to preview, nullable
/// on and off; and user text (wording, reference, authority, title) is data in it, however hostile.
/// </summary>
public class RequestShapeMatrixTests
{
    private static readonly ImmutableArray<MetadataReference> References =
        Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(FoiRequestAttribute).Assembly.Location))
            .ToImmutableArray();

    private const string Usings = "using FoiDsl;\nusing static FoiDsl.Answer;\nusing static FoiDsl.Exemptions;\n";

    /// <summary>Compiles <paramref name="source"/> with the generator; returns the output compilation and every diagnostic of warning severity or above, generated code included.</summary>
    private static (Compilation Output, Diagnostic[] Diagnostics) Compile(string source, LanguageVersion version = LanguageVersion.CSharp12, NullableContextOptions nullable = NullableContextOptions.Enable)
    {
        var parse = new CSharpParseOptions(version);
        var input = CSharpCompilation.Create(
            "Shapes",
            new[] { CSharpSyntaxTree.ParseText(source.StartsWith("using ", StringComparison.Ordinal) ? source : Usings + source, parse, "Request.cs") },
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable, generalDiagnosticOption: ReportDiagnostic.Error));
        CSharpGeneratorDriver.Create(new[] { new RequestGenerator().AsSourceGenerator() }, parseOptions: parse)
            .RunGeneratorsAndUpdateCompilation(input, out var output, out var generatorDiagnostics);
        var withRules = output.WithAnalyzers(TestCompilation.AllRules);
        var diagnostics = generatorDiagnostics
            .Concat(withRules.GetAllDiagnosticsAsync().GetAwaiter().GetResult())
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS8021")
            .ToArray();
        return (output, diagnostics);
    }

    private static string[] InGenerated(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true || d.Id.StartsWith("CS8785", StringComparison.Ordinal) || d.Id == "AD0001")
            .Select(d => d.ToString()).ToArray();

    public static IEnumerable<TestCaseData> SupportedShapes()
    {
        yield return new TestCaseData("namespace Probe.@class { [FoiRequest(\"FOI 1\")] public partial class Tools { [Question(1)] public const string Uses = \"Uses?\"; } }", "Probe.@class.Tools").SetName("Keyword in the namespace");
        yield return new TestCaseData("[FoiRequest(\"FOI 1\")] public partial class @event { [Question(1)] public const string Uses = \"Uses?\"; }", "@event").SetName("Keyword as the class name");
        yield return new TestCaseData("[FoiRequest(\"FOI 1\")] public partial class Tools { [Question(1)] public const string @class = \"Class?\"; }", "Tools").SetName("Keyword as a question name");
        yield return new TestCaseData("[FoiRequest(\"FOI 1\")] public static partial class Tools { [Question(1)] public const string Uses = \"Uses?\"; }", "Tools").SetName("Static class");
        yield return new TestCaseData("[FoiRequest(\"FOI 1\")] public partial record Tools { [Question(1)] public const string Uses = \"Uses?\"; }", "Tools").SetName("Record");
        yield return new TestCaseData("public partial class Outer { [FoiRequest(\"FOI 1\")] public partial class Tools { [Question(1)] public const string Uses = \"Uses?\"; } }", "Outer.Tools").SetName("Nested in a class");
        yield return new TestCaseData("public partial record Outer { [FoiRequest(\"FOI 1\")] public partial class Tools { [Question(1)] public const string Uses = \"Uses?\"; } }", "Outer.Tools").SetName("Nested in a record");
        yield return new TestCaseData("public partial struct Outer { [FoiRequest(\"FOI 1\")] public partial class Tools { [Question(1)] public const string Uses = \"Uses?\"; } }", "Outer.Tools").SetName("Nested in a struct");
        yield return new TestCaseData("[FoiRequest(\"FOI 1\")] internal partial class Tools { [Question(1)] public const string Uses = \"Uses?\"; }", "Tools").SetName("Internal class");
        yield return new TestCaseData("[FoiRequest(\"FOI 1\")] public sealed partial class Tools { [Question(1)] public const string Uses = \"Uses?\"; }", "Tools").SetName("Sealed class");
        yield return new TestCaseData("public class Base { } [FoiRequest(\"FOI 1\")] public partial class Tools : Base { [Question(1)] public const string Uses = \"Uses?\"; }", "Tools").SetName("Class with a base class");
    }

    /// <summary>Every supported shape in every language version it can be written in, nullable on and off.</summary>
    public static IEnumerable<TestCaseData> SupportedShapesInEveryLanguageVersion()
    {
        foreach (var shape in SupportedShapes())
        {
            var source = (string)shape.Arguments[0]!;
            foreach (var version in LanguageVersions())
            {
                var language = (LanguageVersion)version.Arguments[0]!;
                if (source.Contains("record", StringComparison.Ordinal) && language < LanguageVersion.CSharp9)
                {
                    continue; // records are C# 9
                }

                yield return new TestCaseData(source, shape.Arguments[1], language, version.Arguments[1]).SetName($"{shape.TestName} in {version.TestName}");
            }
        }
    }

    [TestCaseSource(nameof(SupportedShapesInEveryLanguageVersion))]
    public void Supported_shape_gets_a_builder_with_exactly_the_expected_members(string source, string requestType, LanguageVersion version, NullableContextOptions nullable)
    {
        var (output, diagnostics) = Compile(source + "\npublic static class Use { public static FoiResponse Write() => " + requestType + ".Respond()." + (source.Contains("@class = ") ? "@class" : "Uses") + "(Yes).Build(); }", version, nullable);

        Assert.That(diagnostics.Select(d => d.ToString()), Is.Empty);
        var type = output.GetSymbolsWithName(requestType.Split('.').Last().TrimStart('@'), SymbolFilter.Type).OfType<INamedTypeSymbol>().Single(t => t.GetAttributes().Any());
        var builder = type.GetTypeMembers("ResponseBuilder").Single();
        Assert.That(type.GetMembers().Select(m => m.Name).Where(n => n is "Request" or "Respond" or "ResponseBuilder").OrderBy(n => n), Is.EqualTo(new[] { "Request", "Respond", "ResponseBuilder" }));
        var expected = new[] { "_draft", "Build", "RespondedOn", "ReasonsForDelay", "ExtentOfSearches", "Decision", "AdviceAndAssistance", "ClosingNotes", "ComplaintRights", source.Contains("@class = ") ? "class" : "Uses" };
        Assert.That(builder.GetMembers().Where(m => m.CanBeReferencedByName).Select(m => m.Name), Is.EquivalentTo(expected));
    }

    public static IEnumerable<TestCaseData> UnsupportedShapes()
    {
        const string Q = "[Question(1)] public const string Uses = \"Uses?\";";
        yield return new TestCaseData($"[FoiRequest(\"FOI 1\")] public partial class Tools<T> {{ {Q} }}", "is generic").SetName("Generic class");
        yield return new TestCaseData($"public partial class Outer<T> {{ [FoiRequest(\"FOI 1\")] public partial class Tools {{ {Q} }} }}", "nested in the generic type").SetName("Nested in a generic class");
        foreach (var name in new[] { "ResponseBuilder", "Respond", "Request" })
        {
            yield return new TestCaseData($"[FoiRequest(\"FOI 1\")] public partial class {name} {{ {Q} }}", "may not be named").SetName($"Class named {name}");
            yield return new TestCaseData($"[FoiRequest(\"FOI 1\")] public partial class Tools {{ [Question(1)] public const string {name} = \"Q?\"; }}", "rename").SetName($"Question named {name}");
            yield return new TestCaseData($"public class Base {{ public static int {name}; }} [FoiRequest(\"FOI 1\")] public partial class Tools : Base {{ {Q} }}", "base class").SetName($"Base class member {name}");
        }

        yield return new TestCaseData($"[FoiRequest(\"FOI 1\")] public partial class Tools {{ {Q} public static void Respond(int x) {{ }} }}", "rename").SetName("User method named Respond");
        foreach (var name in new[] { "Build", "EvidenceOfHarm", "Decision", "BalanceTest", "ClosingNotes", "_draft", "PublicInterestTest", "RefusalReasons" })
        {
            yield return new TestCaseData($"[FoiRequest(\"FOI 1\")] public partial class Tools {{ [Question(1)] public const string {name} = \"Q?\"; }}", "section").SetName($"Question named {name}");
        }
    }

    [TestCaseSource(nameof(UnsupportedShapes))]
    public void Unsupported_shape_is_reported_on_the_declaration_and_nothing_is_generated(string source, string expected)
    {
        var (output, diagnostics) = Compile(source);

        Assert.That(InGenerated(diagnostics), Is.Empty, "never an error inside generated code");
        Assert.That(output.SyntaxTrees.Count(), Is.EqualTo(1), "nothing is generated");
        Assert.That(diagnostics.Where(d => d.Id == "FOI0019").Select(d => d.GetMessage()), Has.Some.Contains(expected));
        Assert.That(diagnostics.Where(d => d.Id == "FOI0019").All(d => d.Location.SourceTree?.FilePath == "Request.cs"), Is.True);
    }

    public static IEnumerable<TestCaseData> LanguageVersions()
    {
        foreach (var version in new[] { LanguageVersion.CSharp7_3, LanguageVersion.CSharp8, LanguageVersion.CSharp9, LanguageVersion.CSharp10, LanguageVersion.CSharp11, LanguageVersion.CSharp12, LanguageVersion.Latest, LanguageVersion.Preview })
        {
            yield return new TestCaseData(version, NullableContextOptions.Disable).SetName($"{version}, nullable off");
            if (version != LanguageVersion.CSharp7_3)
            {
                yield return new TestCaseData(version, NullableContextOptions.Enable).SetName($"{version}, nullable on");
            }
        }
    }

    /// <summary>Every DSL feature in one request and response: the fixture the clean real build compiles too.</summary>
    private static readonly string EveryFeature = File.ReadAllText(RepositoryPaths.File("tests", "fixtures", "Clean", "EveryFeature.cs"));

    [TestCaseSource(nameof(LanguageVersions))]
    public void Generated_code_compiles_without_warnings_in_every_language_version(LanguageVersion version, NullableContextOptions nullable)
    {
        var (_, diagnostics) = Compile(EveryFeature, version, nullable);

        Assert.That(diagnostics.Select(d => d.ToString()), Is.Empty);
    }

    private static readonly string[] Hostile =
    {
        "line\nbreak", "carriage\rreturn", "next\u0085line", "line\u2028separator", "para\u2029graph",
        "\"); } public static int Injected => 1; /*", "*/ public int Injected; /*", "</summary><summary>", "<see cref=\"Injected\"/>",
        "tab\tand\0nul\u001b[31mescape", "lone \ud800 surrogate", "bidi \u202e override \u2066isolate\u2069", "back\\slash \\u0022", "{0} {{ }}", "#if DEBUG",
        "// comment", "@\"verbatim", "$\"{interpolated}\"", "x\u200bzero\u200dwidth", new string('w', 5000),
    };

    public static IEnumerable<TestCaseData> HostileFields()
    {
        foreach (var (text, index) in Hostile.Select((t, i) => (t, i)))
        {
            foreach (var field in new[] { "wording", "reference", "authority", "title", "part", "preamble", "label" })
            {
                yield return new TestCaseData(field, text).SetName($"Hostile string {index} in the {field}");
            }
        }
    }

    [TestCaseSource(nameof(HostileFields))]
    public void User_text_is_data_in_generated_code_whatever_it_holds(string field, string text)
    {
        string Lit(string forField) => field == forField ? CSharpText.Literal(text) : "\"plain\"";
        var source = $$"""
            [FoiRequest({{(field == "reference" ? CSharpText.Literal(text) : "\"FOI 3/24\"")}}, Authority = {{Lit("authority")}}, Title = {{Lit("title")}})]
            public static partial class Hostile
            {
                [Preamble] public const string Context = {{Lit("preamble")}};
                [Question(1, Label = {{Lit("label")}})] public const string Asked = {{Lit("wording")}};
                [Question(2)][Exempt(S40, Part = {{Lit("part")}})] public const string Names = "Names?";
            }

            public static class HostileResponse
            {
                public static FoiResponse Write() => Hostile.Respond().Asked(Yes).Names("Given in part.").LegitimateInterestsTest("I.", "N.", "B.").Build();
            }
            """;

        var (output, diagnostics) = Compile(source);

        Assert.That(diagnostics.Where(d => !d.Id.StartsWith("FOI", StringComparison.Ordinal) || d.Location.SourceTree?.FilePath != "Request.cs").Select(d => d.ToString()), Is.Empty);
        var type = output.GetTypeByMetadataName("Hostile")!;
        Assert.That(type.GetMembers().Where(m => m.CanBeReferencedByName).Select(m => m.Name), Is.EquivalentTo(new[] { "Asked", "Context", "Names", "Request", "Respond", "ResponseBuilder" }));
        var builder = type.GetTypeMembers("ResponseBuilder").Single();
        Assert.That(builder.GetMembers().Where(m => m.CanBeReferencedByName).Select(m => m.Name).Distinct(), Is.EquivalentTo(new[]
        {
            "_draft", "AdviceAndAssistance", "Asked", "Build", "ClosingNotes", "ComplaintRights", "Decision", "ExtentOfSearches", "LegitimateInterestsTest", "Names", "ReasonsForDelay", "ReasonsNotStated", "RespondedOn",
        }));
        Assert.That(output.SyntaxTrees.Skip(1).Single().ToString().Split('\n').Where(l => l.TrimStart().StartsWith("///", StringComparison.Ordinal)).All(l => l.Contains("</summary>", StringComparison.Ordinal)), Is.True, "each doc comment stays on its line");
    }

    [TestCase("Regime.Foia", "S40", true)]
    [TestCase("Regime.Foisa", "Foisa.S38", false)]
    [TestCase("Regime.Eir", "Eir.R13", false)]
    public void Reasons_not_stated_is_offered_only_where_the_regime_excuses_the_reasons_foia_s17_4(string regime, string personal, bool offered)
    {
        var (output, _) = Compile($$"""
            [FoiRequest("REF 1/26", Regime = {{regime}})]
            public static partial class Names
            {
                [Question(1)][Exempt({{personal}})] public const string Officers = "Name the officers.";
            }
            """);

        var builder = output.GetTypeByMetadataName("Names")!.GetTypeMembers("ResponseBuilder").Single();
        Assert.That(builder.GetMembers("ReasonsNotStated").Any(), Is.EqualTo(offered));
        var generated = output.SyntaxTrees.Skip(1).Single().ToString();
        Assert.That(generated, Does.Not.Contain(offered ? "EIR" : "FOIA s"), "the builder's documentation cites only the request's own regime");
    }
}
