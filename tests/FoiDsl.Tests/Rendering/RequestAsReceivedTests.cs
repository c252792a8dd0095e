using System.Linq;
using FoiDsl.Rendering;
using FoiDsl.Tests.TestSupport;

namespace FoiDsl.Tests.Rendering;

/// <summary>Requests written as they were received: labels as numbered, one unnumbered request, "If not" conditions.</summary>
public class RequestAsReceivedTests
{
    [Test]
    public void Sub_questions_are_printed_with_the_requesters_labels()
    {
        var request = new FoiRequestDefinition("FOI 60/24", null, "Drones", null, new[]
        {
            new QuestionDefinition(1, "Uses", "Does the force use drones?").Labelled("1a"),
            new QuestionDefinition(2, "Flights", "If so, how many flights?", condition: 1).Labelled("1b"),
            new QuestionDefinition(3, "Plans", "If not, are there plans to?", condition: 1).Labelled("2").IfNot(),
        });
        var response = new ResponseDraft(request).Answer(1, Answer.Yes).Answer(2, "212").Answer(3, Answer.NotApplicable).Build();

        var text = ResponseRenderers.PlainText.Render(response);

        Assert.That(text, Does.Contain("Q1a. Does the force use drones?").And.Contain("Q1b. If so, how many flights?").And.Contain("Q2. If not, are there plans to?"));
        Assert.That(text, Does.Contain("Q1b. 212").And.Contain("Q2. N/A"));
        Assert.That(request.Questions[2].ConditionIsNo, Is.True);
    }

    [Test]
    public void One_unnumbered_request_is_printed_as_the_request_without_Q1()
    {
        var request = new FoiRequestDefinition("FOI 61/24", null, "Fleet policy", null, new[]
        {
            new QuestionDefinition(1, "FleetPolicy", "Please send me your fleet policy.", 0, Exemptions.S21).Labelled(string.Empty),
        });
        var response = new ResponseDraft(request).ReasonablyAccessible("It is on the force website.", "https://example.police.uk/fleet").Build();

        var blocks = ResponseLayout.Police.Arrange(response).Blocks;
        var paragraphs = blocks.OfType<Paragraph>().Select(p => p.Text).ToList();

        Assert.That(blocks.OfType<QuestionList>(), Is.Empty);
        Assert.That(paragraphs, Does.Contain("Please send me your fleet policy."));
        Assert.That(paragraphs, Does.Contain("The information you asked for is exempt from disclosure under s21(1) – Information accessible to the applicant by other means."));
        Assert.That(string.Join("\n", paragraphs), Does.Not.Contain("Q1"));
    }

    [Test]
    public void The_generator_carries_labels_unnumbered_requests_and_if_not_into_the_definition()
    {
        var (output, _) = TestCompilation.Generate(TestCompilation.Create(TestCompilation.Usings + """
            [FoiRequest("FOI 62/24")]
            public partial class Drones
            {
                [Question(1, Label = "1a")] public const string Uses = "Does the force use drones?";
                [Question(2, Label = "1b", IfNot = 1)] public const string Plans = "If not, are there plans to?";
            }

            [FoiRequest("FOI 63/24")]
            public partial class Fleet
            {
                [Question] public const string FleetPolicy = "Please send me your fleet policy.";
            }
            """));

        var generated = string.Join("\n", output.SyntaxTrees.Skip(1).Select(t => t.ToString()));
        Assert.That(output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error), Is.Empty);
        Assert.That(generated, Does.Contain(".Labelled(\"1a\")").And.Contain(".Labelled(\"1b\").IfNot()").And.Contain(".Labelled(\"\")"));
    }

    [Test]
    public void If_not_questions_are_checked_the_other_way_round()
    {
        var diagnostics = TestCompilation.Diagnose(TestCompilation.Create(TestCompilation.Usings + """
            [FoiRequest("FOI 64/24")]
            public partial class Drones
            {
                [Question(1)] public const string Uses = "Does the force use drones?";
                [Question(2, IfNot = 1)] public const string Plans = "If not, are there plans to?";
            }

            public static class Response
            {
                public static FoiResponse Write() => Drones.Respond().Uses(Yes).Plans(No).Build();
                public static FoiResponse Right() => Drones.Respond().Uses(Yes).Plans(NotApplicable).Build();
            }
            """));

        Assert.That(diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "FOI0008" }), "only the first response answers Q2 against its condition");
        Assert.That(diagnostics[0].GetMessage(), Does.Contain("answer it NotApplicable"));
    }
}

/// <summary>Text of the request that is not a question: preamble, scope and clarifications.</summary>
public class RequestTextTests
{
    private const string Request = """
        [FoiRequest("FOI 70/24", Authority = "Example Police")]
        public partial class Drones
        {
            [Preamble] public const string Context = "I am researching how forces use drones.";
            [Scope] public const string Period = "For the years 2021 to 2023.";
            [Question(1)] public const string Flights = "How many drone flights did the force make?";
            [Clarification(Received = "2024-02-01")] public const string Meaning = "By drones I mean unmanned aircraft flown by the force.";
        }

        public static class Response
        {
            public static FoiResponse Write() => Drones.Respond().Flights("212").Build();
        }
        """;

    [Test]
    public void Preamble_scope_and_clarification_are_printed_around_the_questions()
    {
        var compilation = TestCompilation.Create(TestCompilation.Usings + Request);
        Assert.That(TestCompilation.Diagnose(compilation), Is.Empty);

        var (output, _) = TestCompilation.Generate(compilation);
        var generated = string.Join("\n", output.SyntaxTrees.Skip(1).Select(t => t.ToString()));
        Assert.That(generated, Does.Contain("global::FoiDsl.RequestTextKind.Preamble").And.Contain("new global::System.DateTime(2024, 2, 1)"));

        var request = new FoiRequestDefinition("FOI 70/24", null, "Drones", null,
            new[] { new QuestionDefinition(1, "Flights", "How many drone flights?") },
            texts: new[]
            {
                new RequestText(RequestTextKind.Clarification, "By drones I mean unmanned aircraft.", new System.DateTime(2024, 2, 1)),
                new RequestText(RequestTextKind.Scope, "For the years 2021 to 2023."),
                new RequestText(RequestTextKind.Preamble, "I am researching drones."),
            });
        var blocks = ResponseLayout.Police.Arrange(new ResponseDraft(request).Answer(1, "212").Build()).Blocks.ToList();
        var at = (string text) => blocks.FindIndex(b => b is Paragraph p && p.Text.StartsWith(text, System.StringComparison.Ordinal));
        var questions = blocks.FindIndex(b => b is QuestionList);

        Assert.That(at("I am researching drones."), Is.LessThan(at("For the years 2021 to 2023.")));
        Assert.That(at("For the years 2021 to 2023."), Is.LessThan(questions));
        Assert.That(at("Clarification received on 1 February 2024: By drones I mean unmanned aircraft."), Is.GreaterThan(questions));
    }

    [TestCase("[Clarification] public const string C = \"x\";", "has no Received date")]
    [TestCase("[Clarification(Received = \"2024-02-30\")] public const string C = \"x\";", "is not a real date")]
    public void A_clarification_needs_a_real_date(string field, string expected)
    {
        var diagnostics = TestCompilation.Diagnose(TestCompilation.Create(TestCompilation.Usings + """
            [FoiRequest("FOI 71/24")]
            public partial class Drones
            {
                [Question(1)] public const string Flights = "How many flights?";
                FIELD
            }
            """.Replace("FIELD", field)));

        Assert.That(diagnostics.Where(d => d.Id == "FOI0016").Select(d => d.GetMessage()), Has.One.Contains(expected));
    }
}
