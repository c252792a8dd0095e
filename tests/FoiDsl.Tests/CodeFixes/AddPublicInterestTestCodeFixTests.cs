using System.Threading.Tasks;
using FoiDsl.CodeFixes;
using FoiDsl.Generators.Rules;
using FoiDsl.Tests.TestSupport;

namespace FoiDsl.Tests.CodeFixes;

public class AddPublicInterestTestCodeFixTests
{
    private const string Request = """
        [FoiRequest("FOI 2/24")]
        public partial class Monitoring
        {
            [Question(1)] public const string Uses = "Do you monitor media?";
            [Question(2)][Exempt(S24, S31)] public const string Tools = "Which tools?";
            [Question(3)][Exempt(S40)] public const string Officer = "Who approved it?";
        }

        """;

    [Test]
    public Task Every_missing_test_and_the_balance_test_are_added_once_each_on_their_own_lines() =>
        new FixTest<MissingPublicInterestTestAnalyzer, AddPublicInterestTestCodeFix>(
            Request + """
            public static class Response
            {
                public static FoiResponse Write() => Monitoring.Respond()
                    .Uses(Yes)
                    .{|FOI0002:{|FOI0002:Build|}|}();
            }
            """,
            Request + """
            public static class Response
            {
                public static FoiResponse Write() => Monitoring.Respond()
                    .Uses(Yes)
                    .PublicInterestTest(S24, favouringDisclosure: [Placeholder.Text("factors favouring disclosure under s24(1)")], favouringNonDisclosure: [Placeholder.Text("factors favouring non-disclosure under s24(1)")])
                    .PublicInterestTest(S31, favouringDisclosure: [Placeholder.Text("factors favouring disclosure under s31(1)")], favouringNonDisclosure: [Placeholder.Text("factors favouring non-disclosure under s31(1)")])
                    .BalanceTest(Placeholder.Text("the balance of the public interest"))
                    .Build();
            }
            """).RunAsync();

    [Test]
    public Task Existing_balance_test_is_kept_and_not_repeated() =>
        new FixTest<MissingPublicInterestTestAnalyzer, AddPublicInterestTestCodeFix>(
            Request + """
            public static class Response
            {
                public static FoiResponse Write() => Monitoring.Respond().Uses(Yes).PublicInterestTest(S24, ["For."], ["Against."]).BalanceTest("Withhold.").{|FOI0002:Build|}();
            }
            """,
            Request + """
            public static class Response
            {
                public static FoiResponse Write() => Monitoring.Respond().Uses(Yes).PublicInterestTest(S24, ["For."], ["Against."]).BalanceTest("Withhold.").PublicInterestTest(S31, favouringDisclosure: [Placeholder.Text("factors favouring disclosure under s31(1)")], favouringNonDisclosure: [Placeholder.Text("factors favouring non-disclosure under s31(1)")]).Build();
            }
            """).RunAsync();

    [Test]
    public Task Citation_without_a_constant_is_written_as_a_string() =>
        new FixTest<MissingPublicInterestTestAnalyzer, AddPublicInterestTestCodeFix>(
            """
            [FoiRequest("FOI 2/24")]
            public partial class Advice
            {
                [Question(1)][Exempt("s37(1)(b)")] public const string Honours = "Who was nominated?";
            }

            public static class Response
            {
                public static FoiResponse Write() => Advice.Respond().{|FOI0002:Build|}();
            }
            """,
            """
            [FoiRequest("FOI 2/24")]
            public partial class Advice
            {
                [Question(1)][Exempt("s37(1)(b)")] public const string Honours = "Who was nominated?";
            }

            public static class Response
            {
                public static FoiResponse Write() => Advice.Respond().PublicInterestTest("s37(1)(b)", favouringDisclosure: [Placeholder.Text("factors favouring disclosure under s37(1)(b)")], favouringNonDisclosure: [Placeholder.Text("factors favouring non-disclosure under s37(1)(b)")]).BalanceTest(Placeholder.Text("the balance of the public interest")).Build();
            }
            """).RunAsync();

    [Test]
    public Task Fix_all_adds_the_tests_to_every_chain() =>
        new FixTest<MissingPublicInterestTestAnalyzer, AddPublicInterestTestCodeFix>(
            Request + """
            public static class Response
            {
                public static FoiResponse First() => Monitoring.Respond()
                    .Uses(Yes)
                    .PublicInterestTest(S31, ["For."], ["Against."])
                    .{|FOI0002:Build|}();

                public static FoiResponse Second() => Monitoring.Respond()
                    .Uses(No)
                    .PublicInterestTest(S24, ["For."], ["Against."])
                    .BalanceTest("Withhold.")
                    .{|FOI0002:Build|}();
            }
            """,
            Request + """
            public static class Response
            {
                public static FoiResponse First() => Monitoring.Respond()
                    .Uses(Yes)
                    .PublicInterestTest(S31, ["For."], ["Against."])
                    .PublicInterestTest(S24, favouringDisclosure: [Placeholder.Text("factors favouring disclosure under s24(1)")], favouringNonDisclosure: [Placeholder.Text("factors favouring non-disclosure under s24(1)")])
                    .BalanceTest(Placeholder.Text("the balance of the public interest"))
                    .Build();

                public static FoiResponse Second() => Monitoring.Respond()
                    .Uses(No)
                    .PublicInterestTest(S24, ["For."], ["Against."])
                    .BalanceTest("Withhold.")
                    .PublicInterestTest(S31, favouringDisclosure: [Placeholder.Text("factors favouring disclosure under s31(1)")], favouringNonDisclosure: [Placeholder.Text("factors favouring non-disclosure under s31(1)")])
                    .Build();
            }
            """).RunAsync();
}
