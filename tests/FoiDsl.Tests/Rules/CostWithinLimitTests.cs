using System.Threading.Tasks;
using FoiDsl.Generators.Rules;
using Microsoft.CodeAnalysis.Testing;
using Rule = FoiDsl.Tests.TestSupport.RuleTest<FoiDsl.Generators.Rules.CostWithinLimitAnalyzer>;

namespace FoiDsl.Tests.Rules;

public class CostWithinLimitTests
{
    private static string Response(string estimate) => $$"""
        [FoiRequest("FOI 15/24")]
        [RefuseRequest(ProceduralGrounds.S12)]
        public partial class DroneEmails
        {
            [Question(1)] public const string Emails = "Send every email that mentions drones.";
        }

        public static class Response
        {
            public static FoiResponse Write(int mailboxes) => DroneEmails.Respond()
                .CostEstimate({{estimate}})
                .AdviceAndAssistance("Ask for one team's emails.")
                .Build();
        }
        """;

    [TestCase("{|#0:CostEstimate.Against(AppropriateLimit.Standard).Activity(CostActivity.Locating, \"search each mailbox\", 200, 5)|}", "16.67", "£416.67", "18", "£450")]
    [TestCase("{|#0:CostEstimate.Against(AppropriateLimit.Standard).Activity(CostActivity.Extracting, \"read the log\", 18m)|}", "18", "£450", "18", "£450")]
    [TestCase("{|#0:CostEstimate.Against(AppropriateLimit.CentralGovernment).Activity(CostActivity.Locating, \"search\", 10m).Aggregating(\"FOI 14/24\").Activity(CostActivity.Extracting, \"read\", 120, 6)|}", "22", "£550", "24", "£600")]
    public Task Estimate_at_or_under_the_limit_is_reported(string estimate, string hours, string cost, string limitHours, string limit) =>
        Rule.Check(Response(estimate), new DiagnosticResult(CostWithinLimitAnalyzer.Rule).WithLocation(0).WithArguments(hours, cost, limitHours, limit, "appropriate limit"));

    [Test]
    public Task Under_foisa_the_estimate_is_judged_against_600_pounds_at_15_pounds_an_hour() =>
        Rule.Check("""
            [FoiRequest("FOI-26-15", Regime = Regime.Foisa)]
            [RefuseRequest(Foisa.S12)]
            public partial class PlanningEmails
            {
                [Question(1)] public const string Emails = "Send every email about the bypass.";
            }

            public static class Response
            {
                public static FoiResponse Within() => PlanningEmails.Respond()
                    .CostEstimate({|#0:CostEstimate.Against(AppropriateLimit.Scotland).Activity(CostActivity.Locating, "search", 36m)|})
                    .AdviceAndAssistance("Ask for one officer's emails.")
                    .Build();

                public static FoiResponse Over() => PlanningEmails.Respond()
                    .CostEstimate(CostEstimate.Against(AppropriateLimit.Scotland).Activity(CostActivity.Locating, "search", 41m))
                    .AdviceAndAssistance("Ask for one officer's emails.")
                    .Build();
            }
            """,
            new DiagnosticResult(CostWithinLimitAnalyzer.Rule).WithLocation(0).WithArguments("36", "£540", "40", "£600", "prescribed amount"));

    [TestCase("CostEstimate.Against(AppropriateLimit.Standard).Activity(CostActivity.Locating, \"search each mailbox\", 4000, 5)")]
    [TestCase("CostEstimate.Against(AppropriateLimit.Standard).Activity(CostActivity.Extracting, \"read the log\", 18.01m)")]
    [TestCase("CostEstimate.Against(AppropriateLimit.Standard).Activity(CostActivity.Locating, \"search\", 10m).Activity(CostActivity.Extracting, \"read\", 120, 5)")]
    [TestCase("CostEstimate.Against(AppropriateLimit.Standard).Activity(CostActivity.Locating, \"search each mailbox\", mailboxes, 5)")]
    public Task Estimate_over_the_limit_or_known_only_at_run_time_is_clean(string estimate) =>
        Rule.Check(Response(estimate));

    [Test]
    public Task Estimate_built_up_in_a_variable_is_left_to_Build() =>
        Rule.Check("""
            [FoiRequest("FOI 15/24")]
            [RefuseRequest(ProceduralGrounds.S12)]
            public partial class DroneEmails
            {
                [Question(1)] public const string Emails = "Send every email that mentions drones.";
            }

            public static class Response
            {
                public static FoiResponse Write()
                {
                    var estimate = CostEstimate.Against(AppropriateLimit.Standard).Activity(CostActivity.Locating, "list the mailboxes", 1m);
                    estimate.Activity(CostActivity.Extracting, "read each email", 4000, 1);
                    return DroneEmails.Respond().CostEstimate(estimate).AdviceAndAssistance("Ask for one team.").Build();
                }
            }
            """);

    /// <summary>The example of docs/dsl.md, "Cost estimates", as written there: it compiles with no diagnostic.</summary>
    [Test]
    public Task Docs_example_compiles_clean() =>
        Rule.Check("""
            [FoiRequest("FOI 0999/24", Authority = "Example Police")]
            [RefuseRequest(ProceduralGrounds.S12)]
            public partial class DroneEmails
            {
                [Question(1)] public const string Emails = "Send every email that mentions drones since 2015.";
            }

            public static class Response
            {
                public static FoiResponse Write()
                {
                    FoiResponse response = DroneEmails.Respond()
                        .CostEstimate(CostEstimate.Against(AppropriateLimit.Standard)
                            .Activity(CostActivity.Locating, "find the mailboxes of the 400 staff who may have written about drones", 2m)
                            .Activity(CostActivity.Extracting, "read each of about 4,000 emails", 4000, 0.5m)
                            .Aggregating("FOI 0987/24", "FOI 0991/24"))
                        .AdviceAndAssistance("Emails of the drone unit's two managers for one year could be searched within the limit.")
                        .Build();
                    return response;
                }
            }
            """);
}
