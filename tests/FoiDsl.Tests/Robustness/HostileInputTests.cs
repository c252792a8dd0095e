using System;
using System.Collections.Generic;
using System.Linq;
using FoiDsl.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace FoiDsl.Tests.Robustness;

/// <summary>
/// Small inputs that once crashed a rule or the generator, and hostile text in diagnostic
/// messages: no exception escapes, and every message a rule writes stays on one line.
/// </summary>
public class HostileInputTests
{
    private const string Response = "\npublic static class Use { public static FoiResponse Write() => Tools.Respond().Build(); }";

    public static IEnumerable<TestCaseData> CrashInputs()
    {
        string Request(string members, string classAttributes = "") =>
            $"[FoiRequest(\"FOI 1\")]{classAttributes} public partial class Tools {{ {members} }}";

        yield return new TestCaseData(Request("[Question(1)] public const string A = \"A?\"; [Question(int.MaxValue)] public const string B = \"B?\";")).SetName("Question int.MaxValue after Question 1");
        yield return new TestCaseData(Request("[Question(int.MinValue)] public const string A = \"A?\"; [Question(int.MaxValue)] public const string B = \"B?\";")).SetName("Question int.MinValue and int.MaxValue");
        yield return new TestCaseData(Request("[Question(0)] public const string A = \"A?\"; [Question(-5)] public const string B = \"B?\";")).SetName("Question 0 and negative");
        yield return new TestCaseData(Request("[Question(1)][Exempt(null)] public const string A = \"A?\";")).SetName("Exempt(null)");
        yield return new TestCaseData(Request("[Question(1)][Exempt((string)null)] public const string A = \"A?\";")).SetName("Exempt((string)null)");
        yield return new TestCaseData(Request("[Question(1)][Exempt(new string[] { null })] public const string A = \"A?\";")).SetName("Exempt with a null element");
        yield return new TestCaseData(Request("[Question(1)][NeitherConfirmNorDeny(null)] public const string A = \"A?\";")).SetName("NeitherConfirmNorDeny(null)");
        yield return new TestCaseData(Request("[Question(1)] public const string A = \"A?\";", "[NeitherConfirmNorDeny(null)]")).SetName("Class NeitherConfirmNorDeny(null)");
        yield return new TestCaseData(Request("[Question(1)] public const string A = \"A?\";", "[RefuseRequest(null)]")).SetName("RefuseRequest(null)");
        yield return new TestCaseData("[FoiRequest(null)] public partial class Tools { [Question(1)] public const string A = \"A?\"; }").SetName("FoiRequest(null)");
        yield return new TestCaseData(Request("[Question(1, If = int.MaxValue)] public const string A = \"A?\";")).SetName("If int.MaxValue");
        yield return new TestCaseData(Request("[Question(1, If = 1)] public const string A = \"A?\";")).SetName("Question depends on itself");
        yield return new TestCaseData(Request("[Question(1, If = 2)] public const string A = \"A?\"; [Question(2, If = 1)] public const string B = \"B?\";")).SetName("Conditions in a cycle");
        yield return new TestCaseData(Request("[Question(1, Label = null)] public const string A = null;")).SetName("Null wording and label");
        yield return new TestCaseData(Request("[Question(1)][Exempt(S40, Part = null)][Exempt(S21, Part = null)] public const string A = \"A?\";")).SetName("Two whole exemptions by null parts");
        yield return new TestCaseData(Request("[Question] public const string A = \"A?\"; [Question] public const string B = \"B?\";")).SetName("Two unnumbered questions");
        yield return new TestCaseData(Request("[Clarification(Received = null)] public const string C = null; [Question(1)] public const string A = \"A?\";")).SetName("Null clarification");
        yield return new TestCaseData(Request("[Question(1)][Exempt(S31)] public const string A = \"A?\";") + "\npublic static class More { public static FoiResponse Write() => Tools.Respond().PublicInterestTest(null, null, null).EvidenceOfHarm(null, null).WhyExempt(null, null).BalanceTest(null).Build(); }").SetName("Builder calls with nulls");
    }

    [TestCaseSource(nameof(CrashInputs))]
    public void Input_runs_through_the_generator_and_every_rule_without_an_exception(string source)
    {
        var diagnostics = TestCompilation.Diagnose(TestCompilation.Create(TestCompilation.Usings + source + Response));

        Assert.That(diagnostics.Where(d => d.Id is "AD0001" or "CS8785").Select(d => d.ToString()), Is.Empty);
    }

    private static readonly string[] HostileText =
    {
        "line\nbreak", "carriage\rreturn", "next\u0085line", "line\u2028separator", "para\u2029graph",
        "error FOI0001: forged\n", "bidi \u202e override \u2066isolate\u2069", "bell\a and \u001b[31mescape", new string('w', 4000),
    };

    public static IEnumerable<TestCaseData> HostileMessages() =>
        HostileText.Select((text, i) => new TestCaseData(text).SetName($"Hostile text {i} in diagnostic messages"));

    [TestCaseSource(nameof(HostileMessages))]
    public void Diagnostic_messages_quote_user_text_on_one_line(string text)
    {
        var literal = Generators.CSharpText.Literal(text);
        var source = $$"""
            [FoiRequest({{literal}}, Received = {{literal}})]
            public partial class Tools
            {
                [Question(1)] public const string Asked = {{literal}};
                [Question(3, If = 1)][Exempt({{literal}})] public const string Other = {{literal}};
                [Question(4, If = 1)] public const string More = {{literal}};
                [Clarification(Received = {{literal}})] public const string C = "x";
            }

            [FoiRequest({{literal}})]
            [RefuseRequest(ProceduralGrounds.S12)]
            public partial class Refused
            {
                [Question(1)] public const string Asked = {{literal}};
            }

            public static class Use
            {
                public static FoiResponse Write() => Tools.Respond().More(Yes).Build();
                public static FoiResponse Other() => Tools.Respond().Asked(No).More(Yes).PublicInterestTest({{literal}}, ["For."], ["Against."]).Build();
                public static FoiResponse Refusal() => Refused.Respond().Build();
            }
            """;

        var diagnostics = TestCompilation.Diagnose(TestCompilation.Create(TestCompilation.Usings + source)).Where(d => d.Id.StartsWith("FOI", StringComparison.Ordinal)).ToList();

        Assert.That(diagnostics, Is.Not.Empty);
        foreach (var diagnostic in diagnostics)
        {
            var message = diagnostic.GetMessage();
            Assert.That(message.Any(c => char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069')), Is.False, $"{diagnostic.Id}: {message}");
            Assert.That(message.Length, Is.LessThan(3000), diagnostic.Id);
        }
    }
}
