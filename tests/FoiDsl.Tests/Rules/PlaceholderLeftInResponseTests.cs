using System.Threading.Tasks;
using FoiDsl.Generators.Rules;
using Microsoft.CodeAnalysis.Testing;
using Rule = FoiDsl.Tests.TestSupport.RuleTest<FoiDsl.Generators.Rules.PlaceholderLeftInResponseAnalyzer>;

namespace FoiDsl.Tests.Rules;

public class PlaceholderLeftInResponseTests
{
    private const string Request = """
        [FoiRequest("FOI 18/24")]
        public partial class Tools
        {
            [Question(1)] public const string UsesTools = "Do you use tools?";
            [Question(2)][Exempt(S31)] public const string Supplier = "Who supplies them?";
        }

        """;

    private static DiagnosticResult Placeholder(int marker, string whatToWrite) =>
        new DiagnosticResult(PlaceholderLeftInResponseAnalyzer.Rule).WithLocation(marker).WithArguments(whatToWrite);

    [Test]
    public Task Placeholder_answer_and_placeholder_text_are_reported_with_what_to_write() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write() => Tools.Respond()
                    .UsesTools({|#0:Placeholder("answer Q1: Do you use tools?")|})
                    .EvidenceOfHarm([S31], HarmLikelihood.WouldBeLikelyTo, {|#1:FoiDsl.Placeholder.Text("the harm")|})
                    .PublicInterestTest(S31, [{|#2:FoiDsl.Placeholder.Text("factors favouring disclosure under s31(1)")|}], ["Against."])
                    .BalanceTest("Withhold.")
                    .Build();
            }
            """,
            Placeholder(0, "answer Q1: Do you use tools?"),
            Placeholder(1, "the harm"),
            Placeholder(2, "factors favouring disclosure under s31(1)"));

    [Test]
    public Task Marker_written_as_a_constant_string_is_reported_at_the_string() =>
        Rule.Check(Request + """
            public static class Response
            {
                private const string Later = FoiDsl.Placeholder.Marker + "the decision]";

                public static FoiResponse Write() => Tools.Respond()
                    .UsesTools({|#0:"[to be written: say whether tools are used]"|})
                    .Decision("We hold the information.", {|#1:Later|})
                    .ClosingNotes({|#2:FoiDsl.Placeholder.Marker + "closing notes]"|})
                    .Build();
            }
            """,
            Placeholder(0, "say whether tools are used"),
            Placeholder(1, "the decision"),
            Placeholder(2, "closing notes"));

    [Test]
    public Task Placeholder_whose_text_is_known_only_at_run_time_is_reported() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static Answer Later(string what) => {|#0:Placeholder(what)|};
            }
            """,
            Placeholder(0, "the text this placeholder stands for"));

    [Test]
    public Task Written_response_is_clean() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Write(string decision) => Tools.Respond()
                    .UsesTools(Yes)
                    .Decision(decision, "To be written in full: the request was answered within 20 working days.")
                    .EvidenceOfHarm([S31], HarmLikelihood.Would, "Harm.")
                    .PublicInterestTest(S31, ["For."], ["Against."])
                    .BalanceTest("Withhold.")
                    .Build();

                public static bool StillDraft(string text) => FoiDsl.Placeholder.IsIn(text);
            }
            """);
}
