using System.Threading.Tasks;
using FoiDsl.Generators.Rules;
using Microsoft.CodeAnalysis.Testing;
using Rule = FoiDsl.Tests.TestSupport.RuleTest<FoiDsl.Generators.Rules.ConditionalAnswerAnalyzer>;

namespace FoiDsl.Tests.Rules;

public class ConditionalAnswerTests
{
    private const string Request = """
        [FoiRequest("FOI 8/24")]
        public partial class Listening
        {
            [Question(1)] public const string Uses = "Do you use a social listening platform?";
            [Question(2, If = 1)] public const string Tools = "If so, what tools do you use?";
        }

        """;

    [Test]
    public Task Content_after_a_No_is_reported_at_the_answer() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write() => Listening.Respond().Uses(No).Tools({|#0:"Talkwalker"|}).Build();
            }
            """,
            new DiagnosticResult(ConditionalAnswerAnalyzer.Rule).WithLocation(0).WithArguments(
                "Q2", "If so, what tools do you use?", "Q1", "No", "in words", "answer it NotApplicable, or correct the answer to Q1"));

    [Test]
    public Task Not_applicable_after_a_Yes_is_reported() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write() => Listening.Respond().Uses(Yes).Tools({|FOI0008:NotApplicable|}).Build();
            }
            """);

    [TestCase("No", "NotApplicable")]
    [TestCase("Yes", "\"Talkwalker\"")]
    [TestCase("Yes", "NotHeld")]
    [TestCase("No", "NotHeld")]
    public Task Consistent_answers_are_clean(string condition, string answer) =>
        Rule.Check(Request + $$"""
            public static class Response
            {
                public static FoiResponse Write() => Listening.Respond().Uses({{condition}}).Tools({{answer}}).Build();
            }
            """);

    [Test]
    public Task Answers_known_only_at_run_time_are_not_judged() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write(bool uses) => Listening.Respond().Uses(uses ? Yes : No).Tools("Talkwalker").Build();
            }
            """);
}
