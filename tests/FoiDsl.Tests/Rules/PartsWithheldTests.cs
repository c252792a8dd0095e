using System.Linq;
using FoiDsl.Rendering;
using FoiDsl.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace FoiDsl.Tests.Rules;

/// <summary>Questions answered with a part withheld: the DSL, the generated builder, the rules and the response.</summary>
public class PartsWithheldTests
{
    private const string Request = """
        [FoiRequest("FOI 50/24", Authority = "Example Council")]
        public partial class Complaints
        {
            [Question(1)][Exempt(S21, Part = "the figures for 2021")][Exempt(S40, Part = "the names of the officers")]
            public const string PerYear = "How many complaints were made in 2021, 2022 and 2023, and against whom?";
            [Question(2)] public const string Policy = "Do you have a complaints policy?";
        }

        """;

    private const string Response = """
        public static class Response
        {
            public static FoiResponse Write() => Complaints.Respond()
                .PerYear("2022: 14; 2023: 9.")
                .Policy(Yes)
                .ReasonablyAccessible("The 2021 figures are in the annual report.", "https://example.gov.uk/annual-report-2021")
                .LegitimateInterestsTest("Accountability for complaints.", "The totals meet it without names.", "Staff expect privacy.")
                .Build();
        }
        """;

    private static Diagnostic[] Diagnose(string source) =>
        TestCompilation.Diagnose(TestCompilation.Create(TestCompilation.Usings + source)).ToArray();

    [Test]
    public void A_question_answered_in_part_keeps_its_answer_method_and_needs_each_parts_reasons()
    {
        Assert.That(Diagnose(Request + Response).Select(d => d.Id + ": " + d.GetMessage()), Is.Empty);

        var withoutAnswer = Diagnose(Request + Response.Replace(".PerYear(\"2022: 14; 2023: 9.\")", string.Empty));
        Assert.That(withoutAnswer.Select(d => d.Id), Is.EqualTo(new[] { "FOI0001" }));

        var withoutReasons = Diagnose(Request + Response.Replace(".ReasonablyAccessible(\"The 2021 figures are in the annual report.\", \"https://example.gov.uk/annual-report-2021\")", string.Empty));
        Assert.That(withoutReasons.Select(d => d.Id), Is.EqualTo(new[] { "FOI0021" }));
    }

    [TestCase("[Exempt(S40)][Exempt(S21, Part = \"2021\")]", "withheld as a whole")]
    [TestCase("[Exempt(S40)][Exempt(S21)]", "already withheld as a whole")]
    [TestCase("[Exempt(S40, Part = \" \")]", "say which part")]
    [TestCase("[Exempt(Part = \"2021\")]", "needs the exemptions")]
    [TestCase("[NeitherConfirmNorDeny(S31)][Exempt(S40, Part = \"names\")]", "neither confirmed nor denied")]
    public void Invalid_parts_are_reported_on_the_declaration(string attributes, string expected)
    {
        var source = TestCompilation.Usings + """
            [FoiRequest("FOI 51/24")]
            public partial class Bad
            {
                [Question(1)]ATTRIBUTES public const string Q = "Question?";
            }
            """.Replace("ATTRIBUTES", attributes);

        var diagnostics = TestCompilation.Diagnose(TestCompilation.Create(source));

        Assert.That(diagnostics.Where(d => d.Id == "FOI0022").Select(d => d.GetMessage()), Has.Some.Contains(expected));
        Assert.That(diagnostics.Where(d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal) == true), Is.Empty, "never an error inside generated code");
    }

    [Test]
    public void The_response_answers_the_rest_and_names_each_part_withheld()
    {
        var request = new FoiRequestDefinition("FOI 50/24", "Example Council", "Complaints", null, new[]
        {
            new QuestionDefinition(1, "PerYear", "How many complaints, and against whom?")
                .WithPartWithheld("the figures for 2021", Exemptions.S21)
                .WithPartWithheld("the names of the officers", Exemptions.S40),
        });
        var response = new ResponseDraft(request)
            .Answer(1, "2022: 14; 2023: 9.")
            .ReasonablyAccessible("In the annual report.")
            .LegitimateInterestsTest("Interest.", "Necessity.", "Balance.")
            .Build();

        Assert.That(response.Questions.Single().Outcome, Is.EqualTo(QuestionOutcome.PartlyWithheld));
        Assert.That(response.Outcome, Is.EqualTo(OverallOutcome.PartiallyWithheld));
        Assert.That(response.IsRefusal, Is.True);
        var paragraphs = ResponseLayout.Police.Arrange(response).Blocks.OfType<Paragraph>().Select(p => p.Text).ToList();
        Assert.That(paragraphs, Does.Contain("Part of the information asked for in Q1, the figures for 2021, is exempt from disclosure under s21(1) – Information accessible to the applicant by other means."));
        Assert.That(paragraphs, Does.Contain("Part of the information asked for in Q1, the names of the officers, is exempt from disclosure under s40(2) – Personal information of others (disclosure would breach the data protection principles)."));
        Assert.That(ResponseRenderers.PlainText.Render(response), Does.Contain("Q1. 2022: 14; 2023: 9."));
    }

    [Test]
    public void A_part_cannot_be_withheld_from_a_question_withheld_as_a_whole() =>
        Assert.That(
            () => new QuestionDefinition(1, "Q", "Q?", 0, Exemptions.S40).WithPartWithheld("names", Exemptions.S40),
            Throws.ArgumentException.With.Message.Contains("as a whole"));

    [Test]
    public void A_refused_request_claiming_exemptions_is_reported_and_refused_by_Build()
    {
        var diagnostics = Diagnose("""
            [FoiRequest("FOI 52/24")]
            [RefuseRequest(ProceduralGrounds.S12)]
            public partial class DroneEmails
            {
                [Question(1)] public const string Emails = "Send every email that mentions drones.";
                [Question(2)][Exempt(S31)] public const string Tactics = "Describe your drone tactics.";
            }
            """);
        Assert.That(diagnostics.Where(d => d.Id == "FOI0023").Select(d => d.GetMessage()), Has.One.Contains("'DroneEmails' is refused as a whole by [RefuseRequest], so its [Exempt] would never appear"));

        var draft = new ResponseDraft(new FoiRequestDefinition("FOI 52/24", null, "Drones", null, new[]
        {
            new QuestionDefinition(1, "Emails", "Send every email."),
            new QuestionDefinition(2, "Tactics", "Describe tactics.", 0, Exemptions.S31),
        }, refusedUnder: ProceduralGrounds.S12)).AdviceAndAssistance("Narrow it to one month.");
        Assert.That(() => draft.Build(), Throws.TypeOf<IncompleteResponseException>().With.Message.Contains("refused as a whole under s12(1), but Q2 also claim"));
    }
}

/// <summary>Exemptions that exclude each other are checked per piece of information: the whole question, or each part withheld.</summary>
public class ExclusivePairsAcrossPartsTests
{
    private static string[] Ids(string question) =>
        TestCompilation.Diagnose(TestCompilation.Create(TestCompilation.Usings + $$"""
            [FoiRequest("FOI 95/24")]
            public static partial class Pairs
            {
                {{question}}
            }
            """)).Select(d => d.Id).Where(id => id is "FOI0013" or "FOI0031" or "FOI0032").ToArray();

    [TestCase("[Question(1)][Exempt(S40, Part = \"names\")][Exempt(S30, S31, Part = \"methods\")] public const string Q = \"Q?\";", "FOI0031")]
    [TestCase("[Question(1)][Exempt(S40, Part = \"names\")][Exempt(S23, S24, Part = \"sources\")] public const string Q = \"Q?\";", "FOI0013")]
    public void A_pair_within_one_part_is_reported(string question, string rule) =>
        Assert.That(Ids(question), Is.EqualTo(new[] { rule }));

    [TestCase("[Question(1)][Exempt(S30, Part = \"the case file\")][Exempt(S31, Part = \"the patrol pattern\")] public const string Q = \"Q?\";")]
    [TestCase("[Question(1)][Exempt(S23, Part = \"what the agency supplied\")][Exempt(S24, Part = \"the site plan\")] public const string Q = \"Q?\";")]
    public void The_two_exemptions_on_different_parts_are_different_information(string question) =>
        Assert.That(Ids(question), Is.Empty);

    [Test]
    public void The_runtime_checks_each_part_too() =>
        Assert.That(
            () => new ResponseDraft(new FoiRequestDefinition("FOI 95/24", null, "Pairs", null, new[] { new QuestionDefinition(1, "Q", "Q?").WithPartWithheld("methods", Exemptions.S30, Exemptions.S31) })).Answer(1, "The rest.").Build(),
            Throws.TypeOf<IncompleteResponseException>().With.Message.Contains("for the same information"));
}
