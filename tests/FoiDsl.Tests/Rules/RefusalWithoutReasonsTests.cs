using System.Threading.Tasks;
using FoiDsl.Generators.Rules;
using Microsoft.CodeAnalysis.Testing;
using Rule = FoiDsl.Tests.TestSupport.RuleTest<FoiDsl.Generators.Rules.RefusalWithoutReasonsAnalyzer>;

namespace FoiDsl.Tests.Rules;

public class RefusalWithoutReasonsTests
{
    private const string Request = """
        [FoiRequest("FOI 90/24")]
        [RefuseRequest(ProceduralGrounds.S12)]
        public partial class DroneEmails
        {
            [Question(1)] public const string Emails = "Send every email that mentions drones.";
        }

        [FoiRequest("FOI 91/24")]
        [RefuseRequest(ProceduralGrounds.S14)]
        public partial class Again
        {
            [Question(1)] public const string Emails = "Send every email that mentions drones, again.";
        }

        """;

    [Test]
    public Task Refusals_without_reasons_are_reported_with_what_each_ground_needs() =>
        Rule.Check(Request + """
            public static class Response
            {
                public static FoiResponse Cost() => DroneEmails.Respond().AdviceAndAssistance("Narrow it.").{|#0:Build|}();
                public static FoiResponse Vexatious() => Again.Respond().{|#1:Build|}();
            }
            """,
            new DiagnosticResult(RefusalWithoutReasonsAnalyzer.Rule).WithLocation(0)
                .WithArguments("FOI 90/24", "s12(1)", "for s12, the estimate: the activities, the time each takes, and the appropriate limit", ", or give the estimate with CostEstimate(...)"),
            new DiagnosticResult(RefusalWithoutReasonsAnalyzer.Rule).WithLocation(1)
                .WithArguments("FOI 91/24", "s14(1)", "for s14, why the request is vexatious or repeats an earlier one", ""));

    [Test]
    public Task Refusals_with_reasons_and_answered_requests_are_clean() =>
        Rule.Check(Request + """
            [FoiRequest("FOI 92/24")]
            public partial class Answered
            {
                [Question(1)] public const string Policy = "Do you have a policy?";
            }

            public static class Response
            {
                public static FoiResponse Cost() => DroneEmails.Respond().RefusalReasons("About 4,000 mailboxes.").AdviceAndAssistance("Narrow it.").Build();
                public static FoiResponse Other() => Answered.Respond().Policy(Yes).Build();
            }
            """);
}
