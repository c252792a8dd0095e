using System.Threading.Tasks;
using FoiDsl.CodeFixes;
using FoiDsl.Generators.Rules;
using FoiDsl.Tests.TestSupport;

namespace FoiDsl.Tests.CodeFixes;

public class MakeRequestPartialCodeFixTests
{
    [Test]
    public Task Adds_partial_after_the_existing_modifiers() =>
        new FixTest<RequestNotPartialAnalyzer, MakeRequestPartialCodeFix>(
            """
            [FoiRequest("FOI 5/24")]
            public sealed class {|FOI0005:Budget|}
            {
                [Question(1)] public const string Total = "What is the total?";
            }
            """,
            """
            [FoiRequest("FOI 5/24")]
            public sealed partial class Budget
            {
                [Question(1)] public const string Total = "What is the total?";
            }
            """).RunAsync();

    [Test]
    public Task Adds_partial_to_a_class_without_modifiers_and_keeps_its_attribute() =>
        new FixTest<RequestNotPartialAnalyzer, MakeRequestPartialCodeFix>(
            """
            [FoiRequest("FOI 5/24")]
            class {|FOI0005:Budget|}
            {
                [Question(1)] public const string Total = "What is the total?";
            }
            """,
            """
            [FoiRequest("FOI 5/24")]
            partial class Budget
            {
                [Question(1)] public const string Total = "What is the total?";
            }
            """).RunAsync();

    [Test]
    public Task Fix_all_makes_the_request_and_its_containing_class_partial() =>
        new FixTest<RequestNotPartialAnalyzer, MakeRequestPartialCodeFix>(
            """
            public static class {|FOI0005:Requests|}
            {
                [FoiRequest("FOI 5/24")]
                public class {|FOI0005:Budget|}
                {
                    [Question(1)] public const string Total = "What is the total?";
                }
            }
            """,
            """
            public static partial class Requests
            {
                [FoiRequest("FOI 5/24")]
                public partial class Budget
                {
                    [Question(1)] public const string Total = "What is the total?";
                }
            }
            """).RunAsync();
}
