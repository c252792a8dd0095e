using System.Threading.Tasks;
using FoiDsl.Generators.Rules;
using Microsoft.CodeAnalysis.Testing;
using Sequence = FoiDsl.Tests.TestSupport.RuleTest<FoiDsl.Generators.Rules.QuestionNumberSequenceAnalyzer>;

namespace FoiDsl.Tests.Rules;

public class QuestionNumberSequenceTests
{
    [Test]
    public Task Skipped_number_is_reported_at_the_question_after_the_gap() =>
        Sequence.Check("""
            [FoiRequest("FOI 7/24")]
            public partial class Monitoring
            {
                [Question(1)] public const string Uses = "Do you monitor?";
                [Question(2)] public const string Team = "How many staff?";
                [Question({|#0:4|})] public const string ToolNames = "Which tools?";
            }
            """,
            new DiagnosticResult(QuestionNumberSequenceAnalyzer.Rule).WithLocation(0)
                .WithArguments(4, "ToolNames", "follows question 2", "number it 3, or add the missing question 3"));

    [Test]
    public Task Several_skipped_numbers_are_named_as_a_range() =>
        Sequence.Check("""
            [FoiRequest("FOI 7/24")]
            public partial class Monitoring
            {
                [Question(1)] public const string Uses = "Do you monitor?";
                [Question({|#0:5|})] public const string ToolNames = "Which tools?";
            }
            """,
            new DiagnosticResult(QuestionNumberSequenceAnalyzer.Rule).WithLocation(0)
                .WithArguments(5, "ToolNames", "follows question 1", "number it 2, or add the missing questions 2–4"));

    [Test]
    public Task Request_quoted_from_its_second_paragraph_may_start_at_two() =>
        Sequence.Check("""
            [FoiRequest("FOI 7/24")]
            public partial class Monitoring
            {
                [Question(2)] public const string Uses = "Do you monitor?";
                [Question(3)] public const string Team = "How many staff?";
            }
            """);

    [Test]
    public Task Sub_questions_numbered_as_received_and_an_unnumbered_request_are_clean() =>
        Sequence.Check("""
            [FoiRequest("FOI 7/24")]
            public partial class Monitoring
            {
                [Question(1, Label = "1a")] public const string Uses = "Do you monitor?";
                [Question(2, Label = "1b", If = 1)] public const string Team = "If so, how many staff?";
                [Question(3, Label = "2")] public const string Budget = "What is the budget?";
            }

            [FoiRequest("FOI 8/24")]
            public partial class Policy
            {
                [Question] public const string FleetPolicy = "Please send me your fleet policy.";
            }
            """);

    [Test]
    public Task Question_declared_out_of_order_is_reported_once() =>
        Sequence.Check("""
            [FoiRequest("FOI 7/24")]
            public partial class Monitoring
            {
                [Question(1)] public const string Uses = "Do you monitor?";
                [Question(3)] public const string ToolNames = "Which tools?";
                [Question({|#0:2|})] public const string Team = "How many staff?";
            }
            """,
            new DiagnosticResult(QuestionNumberSequenceAnalyzer.Rule).WithLocation(0)
                .WithArguments(2, "Team", "follows question 3", "declare the questions in number order, as the request asks them"));

    [Test]
    public Task Zero_is_reported() =>
        Sequence.Check("""
            [FoiRequest("FOI 7/24")]
            public partial class Monitoring
            {
                [Question({|FOI0007:0|})] public const string Uses = "Do you monitor?";
                [Question(1)] public const string Team = "How many staff?";
            }
            """);

    [Test]
    public Task Consecutive_numbers_are_clean() =>
        Sequence.Check("""
            [FoiRequest("FOI 7/24")]
            public partial class Monitoring
            {
                [Question(1)] public const string Uses = "Do you monitor?";
                [Question(2)] public const string Team = "How many staff?";
                [Question(3)] public const string ToolNames = "Which tools?";
            }
            """);

    [Test]
    public Task Duplicate_number_is_left_to_FOI0004() =>
        Sequence.Check("""
            [FoiRequest("FOI 7/24")]
            public partial class Monitoring
            {
                [Question(1)] public const string Uses = "Do you monitor?";
                [Question(2)] public const string Team = "How many staff?";
                [Question(2)] public const string Budget = "What is the budget?";
                [Question(3)] public const string ToolNames = "Which tools?";
            }
            """);
}
