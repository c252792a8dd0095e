using System.Threading.Tasks;
using FoiDsl.CodeFixes;
using FoiDsl.Generators.Rules;
using FoiDsl.Tests.TestSupport;

namespace FoiDsl.Tests.CodeFixes;

public class RenumberQuestionsCodeFixTests
{
    [Test]
    public Task Gap_is_closed_and_the_condition_follows_its_question() =>
        new FixTest<QuestionNumberSequenceAnalyzer, RenumberQuestionsCodeFix>(
            """
            [FoiRequest("FOI 7/24")]
            public partial class Tools
            {
                [Question(1)] public const string UsesTools = "Do you use tools?";
                [Question(2, If = 1)] public const string TeamSize = "If so, how many staff use them?";
                [Question( {|FOI0007:4|} /* as typed */ )]
                public const string Budget = "What is the budget?";
                [Question(5, If = 4)][Exempt(S43)] public const string Supplier = "If there is one, who supplies them?";
            }
            """,
            """
            [FoiRequest("FOI 7/24")]
            public partial class Tools
            {
                [Question(1)] public const string UsesTools = "Do you use tools?";
                [Question(2, If = 1)] public const string TeamSize = "If so, how many staff use them?";
                [Question( 3 /* as typed */ )]
                public const string Budget = "What is the budget?";
                [Question(4, If = 3)][Exempt(S43)] public const string Supplier = "If there is one, who supplies them?";
            }
            """).RunAsync();

    [Test]
    public Task Questions_out_of_order_are_numbered_in_declaration_order_and_conditions_remapped() =>
        new FixTest<QuestionNumberSequenceAnalyzer, RenumberQuestionsCodeFix>(
            """
            [FoiRequest("FOI 7/24")]
            public partial class Tools
            {
                [Question(1)] public const string UsesTools = "Do you use tools?";
                [Question(3, If = 1)] public const string ToolNames = "If so, which?";
                [Question({|FOI0007:2|}, If = 3)] public const string Supplier = "Who supplies them?";
            }
            """,
            """
            [FoiRequest("FOI 7/24")]
            public partial class Tools
            {
                [Question(1)] public const string UsesTools = "Do you use tools?";
                [Question(2, If = 1)] public const string ToolNames = "If so, which?";
                [Question(3, If = 2)] public const string Supplier = "Who supplies them?";
            }
            """).RunAsync();

    [Test]
    public Task Duplicate_number_gets_the_next_and_a_condition_on_it_keeps_the_first() =>
        new FixTest<DuplicateQuestionNumberAnalyzer, RenumberQuestionsCodeFix>(
            """
            [FoiRequest("FOI 7/24")]
            public partial class Tasers
            {
                [Question(1)] public const string Trained = "How many officers are trained?";
                [Question({|FOI0004:1|})] public const string Drawn = "How many times was a Taser drawn?";
                [Question(2, If = 1)] public const string Fired = "If any, how many times was one fired?";
            }
            """,
            """
            [FoiRequest("FOI 7/24")]
            public partial class Tasers
            {
                [Question(1)] public const string Trained = "How many officers are trained?";
                [Question(2)] public const string Drawn = "How many times was a Taser drawn?";
                [Question(3, If = 1)] public const string Fired = "If any, how many times was one fired?";
            }
            """).RunAsync();

    [Test]
    public Task Condition_on_a_number_no_question_has_is_left_as_it_is() =>
        new FixTest<QuestionNumberSequenceAnalyzer, RenumberQuestionsCodeFix>(
            """
            [FoiRequest("FOI 7/24")]
            public partial class Tools
            {
                [Question(1)] public const string UsesTools = "Do you use tools?";
                [Question({|FOI0007:3|})] public const string ToolNames = "Which?";
                [Question(4, If = 2)] public const string Supplier = "Who supplies them?";
            }
            """,
            """
            [FoiRequest("FOI 7/24")]
            public partial class Tools
            {
                [Question(1)] public const string UsesTools = "Do you use tools?";
                [Question(2)] public const string ToolNames = "Which?";
                [Question(3, If = 2)] public const string Supplier = "Who supplies them?";
            }
            """).RunAsync();

    [Test]
    public Task Fix_all_renumbers_a_class_with_two_gaps_once() =>
        new FixTest<QuestionNumberSequenceAnalyzer, RenumberQuestionsCodeFix>(
            """
            [FoiRequest("FOI 7/24")]
            public partial class Tools
            {
                [Question(1)] public const string UsesTools = "Do you use tools?";
                [Question({|FOI0007:3|}, If = 1)] public const string ToolNames = "If so, which?";
                [Question({|FOI0007:5|}, If = 3)] public const string Supplier = "Who supplies them?";
            }
            """,
            """
            [FoiRequest("FOI 7/24")]
            public partial class Tools
            {
                [Question(1)] public const string UsesTools = "Do you use tools?";
                [Question(2, If = 1)] public const string ToolNames = "If so, which?";
                [Question(3, If = 2)] public const string Supplier = "Who supplies them?";
            }
            """).RunAsync();

    [Test]
    public Task Fix_all_renumbers_a_class_with_two_duplicates_once() =>
        new FixTest<DuplicateQuestionNumberAnalyzer, RenumberQuestionsCodeFix>(
            """
            [FoiRequest("FOI 7/24")]
            public partial class Tasers
            {
                [Question(1)] public const string Trained = "How many officers are trained?";
                [Question({|FOI0004:1|})] public const string Drawn = "How many times was a Taser drawn?";
                [Question({|FOI0004:1|})] public const string Fired = "How many times was one fired?";
            }
            """,
            """
            [FoiRequest("FOI 7/24")]
            public partial class Tasers
            {
                [Question(1)] public const string Trained = "How many officers are trained?";
                [Question(2)] public const string Drawn = "How many times was a Taser drawn?";
                [Question(3)] public const string Fired = "How many times was one fired?";
            }
            """).RunAsync();

    [Test]
    public Task Fix_all_renumbers_each_class_including_one_split_into_partial_declarations() =>
        new FixTest<QuestionNumberSequenceAnalyzer, RenumberQuestionsCodeFix>(
            """
            [FoiRequest("FOI 7/24")]
            public partial class Tools
            {
                [Question(1)] public const string UsesTools = "Do you use tools?";
                [Question({|FOI0007:4|}, If = 1)] public const string ToolNames = "If so, which?";
            }

            public partial class Tools
            {
                [Question({|FOI0007:6|}, If = 4)] public const string Supplier = "Who supplies them?";
            }

            [FoiRequest("FOI 8/24")]
            public partial class Budget
            {
                [Question(1)] public const string Total = "What is the total?";
                [Question({|FOI0007:3|}, If = 1)] public const string Split = "If there is one, how is it split?";
            }
            """,
            """
            [FoiRequest("FOI 7/24")]
            public partial class Tools
            {
                [Question(1)] public const string UsesTools = "Do you use tools?";
                [Question(2, If = 1)] public const string ToolNames = "If so, which?";
            }

            public partial class Tools
            {
                [Question(3, If = 2)] public const string Supplier = "Who supplies them?";
            }

            [FoiRequest("FOI 8/24")]
            public partial class Budget
            {
                [Question(1)] public const string Total = "What is the total?";
                [Question(2, If = 1)] public const string Split = "If there is one, how is it split?";
            }
            """).RunAsync();

    [Test]
    public Task Number_written_as_a_constant_is_not_rewritten() =>
        new FixTest<QuestionNumberSequenceAnalyzer, RenumberQuestionsCodeFix>(
            """
            [FoiRequest("FOI 7/24")]
            public partial class Tools
            {
                private const int Third = 3;

                [Question(1)] public const string UsesTools = "Do you use tools?";
                [Question({|FOI0007:Third|})] public const string ToolNames = "Which?";
            }
            """,
            """
            [FoiRequest("FOI 7/24")]
            public partial class Tools
            {
                private const int Third = 3;

                [Question(1)] public const string UsesTools = "Do you use tools?";
                [Question({|FOI0007:Third|})] public const string ToolNames = "Which?";
            }
            """).RunAsync();
}
