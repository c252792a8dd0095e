using System.Threading.Tasks;
using FoiDsl.CodeFixes;
using FoiDsl.Generators.Rules;
using FoiDsl.Tests.TestSupport;

namespace FoiDsl.Tests.CodeFixes;

public class AddPlaceholderAnswersCodeFixTests
{
    private const string Request = """
        [FoiRequest("FOI 1/24")]
        public partial class Tools
        {
            [Question(1)] public const string UsesTools = "Do you use tools?";
            [Question(2, If = 1)] public const string ToolNames = "If so, which?";
            [Question(3)][Exempt(S21)] public const string Published = "Where is it published?";
            [Question(4)] public const string Supplier = "Who is the \"main\" supplier?";
        }

        """;

    [Test]
    public Task Inline_chain_gets_the_answer_inline() =>
        new FixTest<UnansweredQuestionAnalyzer, AddPlaceholderAnswersCodeFix>(
            Request + """
            public static class Response
            {
                public static FoiResponse Write() => Tools.Respond().UsesTools(No).Supplier("ICT").{|FOI0001:Build|}();
            }
            """,
            Request + """
            public static class Response
            {
                public static FoiResponse Write() => Tools.Respond().UsesTools(No).Supplier("ICT").ToolNames(Answer.ToBeWritten("answer Q2: If so, which?")).Build();
            }
            """).RunAsync();

    [Test]
    public Task Every_unanswered_question_is_answered_once_in_number_order_on_its_own_line() =>
        new FixTest<UnansweredQuestionAnalyzer, AddPlaceholderAnswersCodeFix>(
            Request + """
            public static class Response
            {
                public static FoiResponse Write() =>
                    Tools.Respond()
                        .UsesTools(Yes)
                        .{|FOI0001:{|FOI0001:Build|}|}();
            }
            """,
            Request + """
            public static class Response
            {
                public static FoiResponse Write() =>
                    Tools.Respond()
                        .UsesTools(Yes)
                        .ToolNames(Answer.ToBeWritten("answer Q2: If so, which?"))
                        .Supplier(Answer.ToBeWritten("answer Q4: Who is the \"main\" supplier?"))
                        .Build();
            }
            """).RunAsync();

    [Test]
    public Task Fix_all_answers_every_chain_in_the_document() =>
        new FixTest<UnansweredQuestionAnalyzer, AddPlaceholderAnswersCodeFix>(
            Request + """
            public static class Response
            {
                public static FoiResponse First() => Tools.Respond()
                    .UsesTools(No)
                    .ToolNames(NotApplicable)
                    .{|FOI0001:Build|}();

                public static FoiResponse Second() => Tools.Respond().{|FOI0001:{|FOI0001:{|FOI0001:Build|}|}|}();
            }
            """,
            Request + """
            public static class Response
            {
                public static FoiResponse First() => Tools.Respond()
                    .UsesTools(No)
                    .ToolNames(NotApplicable)
                    .Supplier(Answer.ToBeWritten("answer Q4: Who is the \"main\" supplier?"))
                    .Build();

                public static FoiResponse Second() => Tools.Respond().UsesTools(Answer.ToBeWritten("answer Q1: Do you use tools?")).ToolNames(Answer.ToBeWritten("answer Q2: If so, which?")).Supplier(Answer.ToBeWritten("answer Q4: Who is the \"main\" supplier?")).Build();
            }
            """).RunAsync();

    [Test]
    public Task Without_using_FoiDsl_the_placeholder_is_fully_qualified() =>
        new FixTest<UnansweredQuestionAnalyzer, AddPlaceholderAnswersCodeFix>(
            """
            namespace Other
            {
                using Answer = System.String;

                public static class Response
                {
                    public static FoiDsl.FoiResponse Write() => Tools.Respond().UsesTools(FoiDsl.Answer.No).Supplier("ICT").{|FOI0001:Build|}();
                }
            }

            """ + Request,
            """
            namespace Other
            {
                using Answer = System.String;

                public static class Response
                {
                    public static FoiDsl.FoiResponse Write() => Tools.Respond().UsesTools(FoiDsl.Answer.No).Supplier("ICT").ToolNames(FoiDsl.Answer.ToBeWritten("answer Q2: If so, which?")).Build();
                }
            }

            """ + Request).RunAsync();

    [Test]
    public Task Builder_in_a_local_is_not_fixed() =>
        new FixTest<UnansweredQuestionAnalyzer, AddPlaceholderAnswersCodeFix>(
            Request + """
            public static class Response
            {
                public static FoiResponse Write()
                {
                    var builder = Tools.Respond();
                    builder.UsesTools(No).Supplier("ICT");
                    return builder.{|FOI0001:Build|}();
                }
            }
            """,
            Request + """
            public static class Response
            {
                public static FoiResponse Write()
                {
                    var builder = Tools.Respond();
                    builder.UsesTools(No).Supplier("ICT");
                    return builder.{|FOI0001:Build|}();
                }
            }
            """).RunAsync();
}
