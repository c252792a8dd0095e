using System;
using System.Linq;
using FoiDsl.Rendering;
using FoiDsl.Tests.TestSupport;

namespace FoiDsl.Tests.Clock;

/// <summary>The clock wired into responses: due dates in the letter, dates that cannot be true, late responses, undated ones.</summary>
public class ResponseTimelinessTests
{
    private const string Request = """
        [FoiRequest("FOI 0311/24", Authority = "Example Council", Received = "2024-03-01")]
        EXTENSION
        public static partial class Contracts
        {
            [Question(1)] public const string Suppliers = "Which suppliers hold contracts over £10,000?";
        }

        public static class Response
        {
            public static FoiResponse Write() => Contracts.Respond()
                CHAIN
                .Suppliers("Three: A Ltd, B Ltd and C plc.")
                .Build();
        }
        """;

    private static string[] Ids(string chain, string extension = "") =>
        TestCompilation.Diagnose(TestCompilation.Create(TestCompilation.Usings + Request.Replace("CHAIN", chain).Replace("EXTENSION", extension)), includeUndated: true)
            .Select(d => d.Id + ": " + d.GetMessage()).ToArray();

    [Test]
    public void A_response_within_20_working_days_is_clean() =>
        // 1 March 2024 (Fri) + 20 working days, leaving out St Patrick's Day (NI, Mon 18 Mar), Good Friday and Easter Monday = 3 April.
        Assert.That(Ids(".RespondedOn(new DateTime(2024, 4, 3))"), Is.Empty);

    [Test]
    public void A_late_response_is_reported_until_it_says_why()
    {
        Assert.That(Ids(".RespondedOn(new DateTime(2024, 4, 4))"), Has.One.StartsWith("FOI0034: FOI 0311/24: The response (Thu 4 Apr 2024) is late: it was due by Wed 3 Apr 2024"));
        Assert.That(Ids(".RespondedOn(new DateTime(2024, 4, 4)).ReasonsForDelay(\"We are sorry: staff were away.\")"), Is.Empty);
    }

    [Test]
    public void A_valid_extension_moves_the_due_date_and_a_late_notice_does_not()
    {
        var extension = "[PublicInterestExtension(NoticeGiven = \"2024-03-28\", NewDueDate = \"2024-05-01\")]";
        Assert.That(Ids(".RespondedOn(new DateTime(2024, 4, 30))", extension), Is.Empty);

        var lateNotice = "[PublicInterestExtension(NoticeGiven = \"2024-04-10\", NewDueDate = \"2024-05-01\")]";
        Assert.That(Ids(".RespondedOn(new DateTime(2024, 4, 30)).ReasonsForDelay(\"Sorry.\")", lateNotice), Has.Some.StartsWith("FOI0033"));
    }

    [Test]
    public void A_response_dated_before_receipt_is_reported() =>
        Assert.That(Ids(".RespondedOn(new DateTime(2024, 2, 28))"), Has.One.StartsWith("FOI0033: FOI 0311/24: The response is dated Wed 28 Feb 2024, before the request was received"));

    [Test]
    public void An_undated_response_is_a_warning_and_a_date_the_compiler_cannot_see_is_left_to_Build()
    {
        Assert.That(Ids(string.Empty), Has.One.StartsWith("FOI0035"));
        Assert.That(Ids(".RespondedOn(DateTime.Today)"), Is.Empty);
    }

    [TestCase("[PublicInterestExtension(NoticeGiven = \"2024-13-01\", NewDueDate = \"2024-05-01\")]", "NoticeGiven = \"2024-13-01\"")]
    [TestCase("[FeesNotice(Given = \"2024-03-05\")]", "has no Paid date")]
    public void Unreadable_clock_dates_are_reported(string attribute, string expected) =>
        Assert.That(Ids(".RespondedOn(new DateTime(2024, 4, 3))", attribute).Where(d => d.StartsWith("FOI0016", StringComparison.Ordinal)), Has.One.Contains(expected));

    private static FoiRequestDefinition Definition(ClockExtension? extension = null, params RequestText[] texts) =>
        new("FOI 0311/24", "Example Council", "Contracts", new DateTime(2024, 3, 1), new[] { new QuestionDefinition(1, "Suppliers", "Which suppliers?") }, texts: texts, extension: extension);

    [Test]
    public void Build_refuses_a_late_response_without_reasons_and_the_letter_says_it_is_late()
    {
        var draft = new ResponseDraft(Definition()).Answer(1, "Three.").RespondedOn(new DateTime(2024, 4, 8));
        Assert.That(() => draft.Build(), Throws.TypeOf<IncompleteResponseException>().With.Message.Contains("is late: it was due by Wed 3 Apr 2024").And.Message.Contains("ReasonsForDelay"));

        var response = draft.ReasonsForDelay("We are sorry for the delay.").Build();
        Assert.That(response.Timeliness!.IsLate, Is.True);
        var document = ResponseLayout.Police.Arrange(response);
        var paragraphs = document.Blocks.OfType<Paragraph>().Select(p => p.Text).ToList();
        Assert.That(paragraphs, Does.Contain("This response is late. Section 10(1) of the Freedom of Information Act 2000 required us to respond by 3 April 2024, and it is sent 3 working days after that date."));
        Assert.That(paragraphs, Does.Contain("We are sorry for the delay."));
        Assert.That(document.Blocks.OfType<RequestDetails>().Single().Items, Does.Contain(new RequestDetail("Response due", "3 April 2024")));
    }

    [Test]
    public void Build_refuses_a_response_dated_before_receipt() =>
        Assert.That(
            () => new ResponseDraft(Definition()).Answer(1, "Three.").RespondedOn(new DateTime(2024, 2, 1)).Build(),
            Throws.TypeOf<IncompleteResponseException>().With.Message.Contains("before the request was received"));

    [Test]
    public void A_clarification_restarts_the_clock_and_the_letter_states_it()
    {
        var definition = Definition(texts: new RequestText(RequestTextKind.Clarification, "Only contracts let since 2022.", new DateTime(2024, 3, 11)));
        Assert.That(definition.DueDate, Is.EqualTo(new DateTime(2024, 4, 11)), "11 March + 20 working days; Northern Ireland's St Patrick's Day (Mon 18 Mar), Good Friday and Easter Monday left out");

        var response = new ResponseDraft(definition).Answer(1, "Three.").RespondedOn(new DateTime(2024, 4, 10)).Build();
        Assert.That(response.Timeliness!.IsLate, Is.False);
        var details = ResponseLayout.Police.Arrange(response).Blocks.OfType<RequestDetails>().Single().Items;
        Assert.That(details, Does.Contain(new RequestDetail("Clarification received", "11 March 2024")).And.Contain(new RequestDetail("Response due", "11 April 2024")));
    }

    [Test]
    public void An_extension_is_stated_with_its_date()
    {
        var response = new ResponseDraft(Definition(new ClockExtension(new DateTime(2024, 3, 28), new DateTime(2024, 5, 1))))
            .Answer(1, "Three.").RespondedOn(new DateTime(2024, 4, 30)).Build();
        Assert.That(response.Timeliness!.DueDate, Is.EqualTo(new DateTime(2024, 5, 1)));
        Assert.That(ResponseLayout.Police.Arrange(response).Blocks.OfType<RequestDetails>().Single().Items,
            Does.Contain(new RequestDetail("Response due (extended under section 10(3))", "1 May 2024")));
    }

    [Test]
    public void Without_a_date_of_receipt_nothing_is_judged()
    {
        var response = new ResponseDraft(new FoiRequestDefinition("FOI 1", null, "T", null, new[] { new QuestionDefinition(1, "Q", "Q?") }))
            .Answer(1, "A.").RespondedOn(new DateTime(2024, 4, 30)).Build();
        Assert.That(response.Timeliness, Is.Null);
    }
}

/// <summary>A mistyped year never throws: it is reported by the rule and by <c>Build()</c>.</summary>
public class DatesOutsideTheCalendarTests
{
    [Test]
    public void A_year_outside_the_calendar_is_reported_not_thrown()
    {
        var source = TestCompilation.Usings + """
            [FoiRequest("FOI 1/24", Received = "2024-03-01")]
            public static partial class R { [Question(1)] public const string Q = "Q?"; }
            public static class W { public static FoiResponse Write() => R.Respond().RespondedOn(new DateTime(24, 3, 5)).Q("A.").Build(); }
            """;
        Assert.That(TestCompilation.Diagnose(TestCompilation.Create(source)).Select(d => d.Id + ": " + d.GetMessage()), Has.One.Contains("FOI0033").And.Contains("outside the years"));

        var draft = new ResponseDraft(new FoiRequestDefinition("FOI 1/24", null, "T", new DateTime(2024, 3, 1), new[] { new QuestionDefinition(1, "Q", "Q?") }))
            .Answer(1, "A.").RespondedOn(new DateTime(3024, 3, 5));
        Assert.That(() => draft.Build(), Throws.TypeOf<IncompleteResponseException>().With.Message.Contains("outside the years the working-day calendar covers"));
    }
}
