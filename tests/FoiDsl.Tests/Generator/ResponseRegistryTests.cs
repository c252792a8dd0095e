using System;
using System.Linq;
using FoiDsl.Generators;
using FoiDsl.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace FoiDsl.Tests.Generator;

/// <summary>The generated list of every response of an assembly, and FOI0036 for methods it cannot hold.</summary>
public class ResponseRegistryTests
{
    private const string Requests = """
        [FoiRequest("FOI 2/24")] public static partial class Beta { [Question(1)] public const string Q = "Q?"; }
        [FoiRequest("FOI 1/24")] public static partial class Alpha { [Question(1)] public const string Q = "Q?"; }

        """;

    private const string Responses = """
        public static class Answers
        {
            [ResponseTo(typeof(Beta))] public static FoiResponse WriteBeta() => Beta.Respond().Q(Yes).Build();
            [ResponseTo(typeof(Alpha))] internal static FoiResponse WriteAlpha() => Alpha.Respond().Q(No).Build();
        }
        """;

    private static Diagnostic[] Diagnose(string source) =>
        TestCompilation.Diagnose(TestCompilation.Create(TestCompilation.Usings + source)).ToArray();

    [Test]
    public void Every_response_is_listed_once_in_order_of_reference_and_compiles()
    {
        Assert.That(Diagnose(Requests + Responses).Select(d => d.Id + ": " + d.GetMessage()), Is.Empty);

        var (output, run) = TestCompilation.Generate(TestCompilation.Create(TestCompilation.Usings + Requests + Responses));
        var registry = run.GeneratedTrees.Single(t => t.FilePath.EndsWith(RegistryEmitter.HintName, StringComparison.Ordinal)).ToString();
        Assert.That(registry.IndexOf("global::Alpha.Request, global::Answers.WriteAlpha", StringComparison.Ordinal), Is.GreaterThan(0));
        Assert.That(registry.IndexOf("global::Alpha.Request", StringComparison.Ordinal), Is.LessThan(registry.IndexOf("global::Beta.Request", StringComparison.Ordinal)));
        Assert.That(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty);
    }

    [Test]
    public void A_method_returning_the_letter_as_sent_is_listed_and_compiles()
    {
        const string letters = """
            public static class Answers
            {
                [ResponseTo(typeof(Beta))] public static FoiResponse WriteBeta() => Beta.Respond().Q(Yes).Build();
                [ResponseTo(typeof(Alpha))] public static ResponseLetter WriteAlpha() => new ResponseLetter(Alpha.Respond().Q(No).Build(), new Applicant("Ms A. Example"));
            }
            """;
        Assert.That(Diagnose(Requests + letters).Select(d => d.Id + ": " + d.GetMessage()), Is.Empty);

        var (output, run) = TestCompilation.Generate(TestCompilation.Create(TestCompilation.Usings + Requests + letters));
        var registry = run.GeneratedTrees.Single(t => t.FilePath.EndsWith(RegistryEmitter.HintName, StringComparison.Ordinal)).ToString();
        Assert.That(registry, Does.Contain("global::Alpha.Request, global::Answers.WriteAlpha"));
        Assert.That(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty, "the method group picks the constructor taking Func<ResponseLetter>");
    }

    [Test]
    public void No_response_method_means_no_list() =>
        Assert.That(TestCompilation.Generate(TestCompilation.Create(TestCompilation.Usings + Requests)).Run.GeneratedTrees.Select(t => t.FilePath), Has.None.EndsWith(RegistryEmitter.HintName));

    [TestCase("[ResponseTo(typeof(Alpha))] public static FoiResponse Write(int day) => Alpha.Respond().Q(Yes).Build();", "static, takes no parameters")]
    [TestCase("[ResponseTo(typeof(Alpha))] public FoiResponse Write() => Alpha.Respond().Q(Yes).Build();", "static, takes no parameters")]
    [TestCase("[ResponseTo(typeof(Alpha))] public static object Write() => Alpha.Respond().Q(Yes).Build();", "returns FoiResponse or ResponseLetter")]
    [TestCase("[ResponseTo(typeof(Alpha))] private static FoiResponse Write() => Alpha.Respond().Q(Yes).Build();", "private, protected or generic")]
    [TestCase("[ResponseTo(typeof(string))] public static FoiResponse Write() => Alpha.Respond().Q(Yes).Build();", "is not a [FoiRequest] class")]
    [TestCase("[ResponseTo(typeof(Alpha))] public static FoiResponse One() => Alpha.Respond().Q(Yes).Build(); [ResponseTo(typeof(Alpha))] public static FoiResponse Two() => Alpha.Respond().Q(No).Build();", "answer the same request")]
    public void A_method_that_cannot_be_listed_is_reported(string methods, string expected)
    {
        var diagnostics = Diagnose(Requests + "public class Answers { " + methods + " }");

        Assert.That(diagnostics.Where(d => d.Id == "FOI0036").Select(d => d.GetMessage()), Has.Some.Contains(expected));
        Assert.That(diagnostics.Where(d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true), Is.Empty, "never an error inside generated code");
    }
}
