using System.Linq;
using FoiDsl.Rendering;
using FoiDsl.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace FoiDsl.Tests.Rules;

/// <summary>One question, or one part of it, refused because it would cost more than the limit (s12) while the rest is answered.</summary>
public class QuestionCostRefusalTests
{
    private const string Request = """
        [FoiRequest("FOI 60/24", Authority = "Example Police")]
        public static partial class DroneRecords
        {
            [Question(1)] public const string Policy = "Do you have a drone policy?";
            [Question(2)][ExceedsCostLimit] public const string AllIncidents = "List every incident involving a drone since 2010.";
            [Question(3)][ExceedsCostLimit(Part = "the years 2015 to 2019")] public const string Flights = "How many flights were made each year from 2015 to 2024?";
        }

        """;

    private const string Response = """
        public static class Response
        {
            public static FoiResponse Write() => DroneRecords.Respond()
                .Policy(Yes)
                .Flights("2020: 31; 2021: 40; 2022: 52; 2023: 48; 2024: 61.")
                .CostEstimate(CostEstimate.Against(AppropriateLimit.Standard)
                    .Activity(CostActivity.Extracting, "read each incident log from 2010 to 2019", 2600, 1))
                .AdviceAndAssistance("Ask for incidents from 2020, which are searchable.")
                .Build();
        }
        """;

    private static Diagnostic[] Diagnose(string source) =>
        TestCompilation.Diagnose(TestCompilation.Create(TestCompilation.Usings + source)).ToArray();

    [Test]
    public void A_question_refused_on_cost_gets_no_answer_method_and_a_part_keeps_it()
    {
        Assert.That(Diagnose(Request + Response).Select(d => d.Id + ": " + d.GetMessage()), Is.Empty);

        var answeringRefused = Diagnose(Request + Response.Replace(".Policy(Yes)", ".Policy(Yes).AllIncidents(Yes)"));
        Assert.That(answeringRefused.Select(d => d.Id), Has.Some.EqualTo("CS1061"), "no answer method for a question refused on cost");

        var partNotAnswered = Diagnose(Request + Response.Replace(".Flights(\"2020: 31; 2021: 40; 2022: 52; 2023: 48; 2024: 61.\")", string.Empty));
        Assert.That(partNotAnswered.Select(d => d.Id), Is.EqualTo(new[] { "FOI0001" }));
    }

    [Test]
    public void The_cost_rules_apply_to_a_question_refused_on_cost()
    {
        var noAdvice = Diagnose(Request + Response.Replace(".AdviceAndAssistance(\"Ask for incidents from 2020, which are searchable.\")", string.Empty));
        Assert.That(noAdvice.Select(d => d.Id), Is.EqualTo(new[] { "FOI0015" }));

        var noEstimate = Diagnose(Request + Response.Replace(
            """
                .CostEstimate(CostEstimate.Against(AppropriateLimit.Standard)
                        .Activity(CostActivity.Extracting, "read each incident log from 2010 to 2019", 2600, 1))
            """.Trim(), string.Empty));
        Assert.That(noEstimate.Select(d => d.Id), Is.EqualTo(new[] { "FOI0025" }));

        var withinLimit = Diagnose(Request + Response.Replace("2600, 1", "60, 1"));
        Assert.That(withinLimit.Select(d => d.Id), Is.EqualTo(new[] { "FOI0030" }));

        var noRights = Diagnose(Request + Response.Replace(".Build()", ".ComplaintRights(new ComplaintRights(new string[0], new string[0])).Build()"));
        Assert.That(noRights.Select(d => d.Id), Has.Some.EqualTo("FOI0014"));
    }

    [TestCase("[ExceedsCostLimit(ProceduralGrounds.S14)]", "FOI0006", "refuses a whole request, not one question")]
    [TestCase("[ExceedsCostLimit(\"s99\")]", "FOI0006", "s99")]
    [TestCase("[ExceedsCostLimit(Part = \" \")]", "FOI0022", "say which part")]
    [TestCase("[Exempt(S31)][ExceedsCostLimit]", "FOI0022", "already withheld")]
    [TestCase("[Exempt(S40, Part = \"names\")][ExceedsCostLimit]", "FOI0022", "parts withheld would never reach")]
    public void Invalid_cost_refusals_are_reported_on_the_declaration(string attributes, string rule, string expected)
    {
        var diagnostics = Diagnose("""
            [FoiRequest("FOI 61/24")]
            public partial class Bad
            {
                [Question(1)]ATTRIBUTES public const string Q = "Question?";
            }
            """.Replace("ATTRIBUTES", attributes));

        Assert.That(diagnostics.Where(d => d.Id == rule).Select(d => d.GetMessage()), Has.Some.Contains(expected));
        Assert.That(diagnostics.Where(d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal) == true), Is.Empty, "never an error inside generated code");
    }

    [Test]
    public void A_request_refused_as_a_whole_cannot_also_refuse_a_question_on_cost()
    {
        var diagnostics = Diagnose("""
            [FoiRequest("FOI 62/24")]
            [RefuseRequest(ProceduralGrounds.S12)]
            public partial class Both
            {
                [Question(1)][ExceedsCostLimit] public const string Q = "Question?";
            }
            """);
        Assert.That(diagnostics.Where(d => d.Id == "FOI0023").Select(d => d.GetMessage()), Has.One.Contains("its [ExceedsCostLimit] would never appear"));

        var draft = new ResponseDraft(new FoiRequestDefinition("FOI 62/24", null, "Both", null, new[]
        {
            new QuestionDefinition(1, "Q", "Question?").ExceedsCostLimit(),
        }, refusedUnder: ProceduralGrounds.S12)).AdviceAndAssistance("Narrow it.");
        Assert.That(() => draft.Build(), Throws.TypeOf<IncompleteResponseException>().With.Message.Contains("refusing Q1 on cost as well says nothing"));
    }

    private static FoiResponse Respond(params QuestionDefinition[] questions)
    {
        var draft = new ResponseDraft(new FoiRequestDefinition("FOI 60/24", "Example Police", "Drone records", null, questions));
        var activity = questions.Any(q => q.CostRefusal?.Ground.Citation == ProceduralGrounds.S12ConfirmOrDeny) ? CostActivity.DeterminingWhetherHeld : CostActivity.Extracting;
        foreach (var question in questions.Where(q => !q.IsRefusedOnCost))
        {
            draft.Answer(question.Number, "An answer.");
        }

        return draft
            .CostEstimate(CostEstimate.Against(AppropriateLimit.Standard).Activity(activity, "read each incident log", 2600, 1))
            .AdviceAndAssistance("Ask for incidents from 2020.")
            .Build();
    }

    [Test]
    public void The_response_says_s12_applies_to_the_request_and_that_the_rest_is_answered()
    {
        var response = Respond(
            new QuestionDefinition(1, "Policy", "Do you have a policy?"),
            new QuestionDefinition(2, "All", "List every incident.").ExceedsCostLimit(),
            new QuestionDefinition(3, "Flights", "Flights per year?").ExceedsCostLimit(part: "the years 2015 to 2019"));

        Assert.That(response.Questions.Select(q => q.Outcome), Is.EqualTo(new[] { QuestionOutcome.Disclosed, QuestionOutcome.Refused, QuestionOutcome.PartlyRefused }));
        Assert.That(response.Outcome, Is.EqualTo(OverallOutcome.PartiallyWithheld));
        Assert.That(response.IsRefusal, Is.True);

        var document = ResponseLayout.Police.Arrange(response);
        var paragraphs = document.Blocks.OfType<Paragraph>().Select(p => p.Text).ToList();
        Assert.That(paragraphs, Does.Contain("We estimate that the cost of providing the information asked for in Q2 and part of the information asked for in Q3 (the years 2015 to 2019) would by itself exceed the appropriate limit, so section 12(1) of the Freedom of Information Act 2000 applies to your request."));
        Assert.That(paragraphs, Has.Some.StartsWith("Section 12 would allow us to refuse your whole request; we have nonetheless answered the rest of it."));
        Assert.That(paragraphs, Has.Some.Contains("some would cost more than the appropriate limit to provide (section 12)"));
        Assert.That(paragraphs, Has.None.Contains("withheld"), "nothing is withheld under an exemption");
        Assert.That(document.Blocks.OfType<Heading>().Select(h => h.Text), Does.Contain("Cost Estimate"));
        Assert.That(document.Blocks.OfType<AnswerList>().Single().Lines.SelectMany(l => l.Labels), Is.EqualTo(new[] { "Q1", "Q3" }));
    }

    [TestCase(Regime.Foia, Exemptions.S31, "some is withheld under the exemptions named below")]
    [TestCase(Regime.Eir, Eir.R12_5_a, "some is withheld under the exceptions named below")]
    public void The_decision_names_the_grounds_of_what_is_withheld_beside_the_cost_refusal(Regime regime, string ground, string expected)
    {
        var request = new FoiRequestDefinition("FOI 63/24", "Example Police", "Drone records", null, new[]
        {
            new QuestionDefinition(1, "Policy", "Do you have a policy?"),
            new QuestionDefinition(2, "All", "List every incident.").ExceedsCostLimit(),
            new QuestionDefinition(regime, 3, "Routes", "Where are the drones flown?", 0, ground),
        });
        var response = new ResponseDraft(request)
            .Answer(1, "Yes.")
            .EvidenceOfHarm(new[] { ground }, HarmLikelihood.Would, "Flight routes would show where the force is not watching.")
            .PublicInterestTest(ground, new[] { "Openness about surveillance." }, new[] { "Keeping operations effective." })
            .BalanceTest("The balance favours withholding the routes.")
            .CostEstimate(CostEstimate.Against(AppropriateLimit.Standard).Activity(CostActivity.Extracting, "read each incident log", 2600, 1))
            .AdviceAndAssistance("Ask for incidents from 2020.")
            .Build();

        var paragraphs = ResponseLayout.Police.Arrange(response).Blocks.OfType<Paragraph>().Select(p => p.Text).ToList();
        Assert.That(paragraphs, Has.Some.Contains(expected));
    }

    [Test]
    public void Under_s12_2_the_response_neither_confirms_nor_denies_and_says_nothing_about_searches()
    {
        var response = Respond(
            new QuestionDefinition(1, "Policy", "Do you have a policy?"),
            new QuestionDefinition(2, "All", "List every incident.").ExceedsCostLimit(ProceduralGrounds.S12ConfirmOrDeny));

        var paragraphs = ResponseLayout.Police.Arrange(response).Blocks.OfType<Paragraph>().Select(p => p.Text).ToList();
        Assert.That(paragraphs, Does.Contain("We estimate that the cost of establishing whether we hold the information asked for in Q2 would by itself exceed the appropriate limit, so under section 12(2) of the Freedom of Information Act 2000 we are not obliged to confirm or deny whether we hold it."));
        Assert.That(ResponseLayout.DefaultSearches(response), Is.Null, "a searches sentence would say the information is held");
    }

    [Test]
    public void Every_question_refused_on_cost_is_a_refusal()
    {
        var response = Respond(new QuestionDefinition(1, "All", "List every incident.").ExceedsCostLimit());
        Assert.That(response.Outcome, Is.EqualTo(OverallOutcome.Refused));
    }

    [TestCase(ProceduralGrounds.S14, "refuses a whole request, not one question")]
    [TestCase("s99", "s99")]
    public void The_run_time_model_refuses_what_the_rules_refuse(string ground, string expected) =>
        Assert.That(() => new QuestionDefinition(1, "Q", "Q?").ExceedsCostLimit(ground), Throws.ArgumentException.With.Message.Contains(expected));

    [Test]
    public void A_question_refused_on_cost_as_a_whole_claims_no_exemptions()
    {
        Assert.That(() => new QuestionDefinition(1, "Q", "Q?", 0, Exemptions.S31).ExceedsCostLimit(), Throws.ArgumentException.With.Message.Contains("never reaches"));
        Assert.That(() => new QuestionDefinition(1, "Q", "Q?").ExceedsCostLimit(part: " "), Throws.ArgumentException.With.Message.Contains("say which part"));
        Assert.That(() => new QuestionDefinition(1, "Q", "Q?").ExceedsCostLimit().WithPartWithheld("names", Exemptions.S40), Throws.ArgumentException.With.Message.Contains("as a whole"));
    }

    [Test]
    public void A_cost_estimate_needs_something_refused_on_cost() =>
        Assert.That(
            () => new ResponseDraft(new FoiRequestDefinition("FOI 63/24", null, "T", null, new[] { new QuestionDefinition(1, "Q", "Q?") }))
                .CostEstimate(CostEstimate.Against(AppropriateLimit.Standard)),
            Throws.InvalidOperationException.With.Message.Contains("[ExceedsCostLimit]"));
}
