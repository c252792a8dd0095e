using System.Threading.Tasks;
using FoiDsl.Generators.Rules;
using FoiDsl.Tests.TestSupport;
using Microsoft.CodeAnalysis.Testing;
using Rule = FoiDsl.Tests.TestSupport.RuleTest<FoiDsl.Generators.Rules.UnansweredQuestionAnalyzer>;

namespace FoiDsl.Tests.Rules;

public class UnansweredQuestionTests
{
    private const string Request = """
        [FoiRequest("FOI 1/24", Authority = "Test Police")]
        public partial class Tools
        {
            [Question(1)] public const string UsesTools = "Do you use tools?";
            [Question(2, If = 1)] public const string ToolNames = "If so, which?";
            [Question(3)][Exempt(S21)] public const string Published = "Where is it published?";
        }

        """;

    [Test]
    public Task Fluent_chain_missing_an_answer_is_reported_at_Build() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write() => Tools.Respond().UsesTools(No).{|#0:Build|}();
            }
            """,
            new DiagnosticResult(UnansweredQuestionAnalyzer.Rule).WithLocation(0).WithLocation(9, 47)
                .WithArguments("Q2", "If so, which?", "FOI 1/24", "ToolNames"));

    [Test]
    public Task Every_question_answered_is_clean() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write() => Tools.Respond().UsesTools(No).ToolNames(NotApplicable).Build();
            }
            """);

    [Test]
    public Task Calls_on_a_local_builder_are_followed() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write(bool uses)
                {
                    var builder = Tools.Respond();
                    builder.UsesTools(uses ? Yes : No);
                    builder = builder.ToolNames("Hammer");
                    return builder.Build();
                }
            }
            """);

    [Test]
    public Task Local_builder_missing_an_answer_is_reported() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write()
                {
                    var builder = Tools.Respond().ToolNames(NotApplicable);
                    return builder.{|FOI0001:Build|}();
                }
            }
            """);

    [Test]
    public Task Builder_passed_elsewhere_is_left_to_the_run_time_check() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write()
                {
                    var builder = Tools.Respond();
                    Answer(builder);
                    return builder.Build();
                }

                private static void Answer(Tools.ResponseBuilder builder) => builder.UsesTools(No).ToolNames(NotApplicable);
            }
            """);

    [Test]
    public Task Builder_received_as_parameter_is_left_to_the_run_time_check() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Finish(Tools.ResponseBuilder builder) => builder.UsesTools(Yes).Build();
            }
            """);

    [Test]
    public Task Each_missing_question_is_reported() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write() => Tools.Respond().{|FOI0001:{|FOI0001:Build|}|}();
            }
            """);
}
