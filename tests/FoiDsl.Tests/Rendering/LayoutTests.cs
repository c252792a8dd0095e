using System;
using System.Collections.Generic;
using System.Linq;
using FoiDsl.Rendering;
using static FoiDsl.Answer;

namespace FoiDsl.Tests.Rendering;

/// <summary>
/// The layouts (docs/layouts.md): the letter's furniture and where the applicant may appear, the
/// options (protective marking, answers under questions, reasons in an annex), configurable headings,
/// and the choice of layout by request and authority.
/// </summary>
public class LayoutTests
{
    private static readonly AuthorityProfile Council = new("Harrowfield Borough Council", address: "Civic Centre, Station Road, Harrowfield HF1 2AB", reviewEmail: "foi@harrowfield.example") { Layout = DocumentLayout.Letter };

    private static readonly Applicant Requester = new("Ms Ada Example", email: "ada@mail.example", address: "12 Mill Lane, Harrowfield HF3 9ZZ", reference: "AE-77");

    private static readonly Signatory Officer = new("Jo Smith", "Information Governance Officer");

    private static FoiRequestDefinition Request(AuthorityProfile? profile = null, DocumentLayout? layout = null) =>
        new(
            "FOI-25-0412",
            null,
            "Parking fines",
            new DateTime(2025, 4, 1),
            new[]
            {
                new QuestionDefinition(1, "Fines", "How many parking fines were issued in 2024?"),
                new QuestionDefinition(2, "Cameras", "Where are the enforcement cameras?", 0, Exemptions.S31),
                QuestionDefinition.NeitherConfirmedNorDenied(3, "Informants", "Do you pay informants about parking?", 0, Exemptions.S31),
            },
            profile: profile ?? Council,
            layout: layout);

    private static FoiResponse Response(FoiRequestDefinition? request = null) =>
        new ResponseDraft(request ?? Request())
            .RespondedOn(new DateTime(2025, 4, 22))
            .Answer(1, Answer.Text("18,204 fines."))
            .WhyExempt(Exemptions.S31, "The cameras' positions are operational information.")
            .EvidenceOfHarm(new[] { Exemptions.S31 }, HarmLikelihood.WouldBeLikelyTo, "Drivers would avoid the cameras.")
            .EvidenceOfHarm(new[] { "s31(3)" }, HarmLikelihood.WouldBeLikelyTo, "Confirming would reveal our methods.")
            .PublicInterestTest(Exemptions.S31, new[] { "Openness about enforcement." }, new[] { "Enforcement would suffer." })
            .PublicInterestTest("s31(3)", new[] { "Openness about sources." }, new[] { "Sources would dry up." })
            .BalanceTest("The balance favours withholding.")
            .Build();

    private static List<string> Texts(ResponseDocument document) => document.Blocks.SelectMany(Texts).ToList();

    private static IEnumerable<string> Texts(DocumentBlock block) => block switch
    {
        Heading h => new[] { h.Text },
        Paragraph p => new[] { p.Text },
        RequestDetails d => d.Items.Select(i => i.Label + ": " + i.Value),
        QuestionList q => q.Questions.Select(x => x.Label + ". " + x.Wording),
        AnswerList a => a.Lines.Select(x => x.Label + ". " + x.Answer),
        AnsweredQuestionList aq => aq.Questions.SelectMany(x => new[] { x.Label + ". " + aq.AskedLabel + ": " + x.Wording, aq.AnsweredLabel + ": " + x.Answer }),
        AddressLines l => l.Lines,
        Marking m => new[] { m.Text },
        _ => throw new ArgumentException(block.GetType().Name),
    };

    [Test]
    public void A_letter_as_sent_has_letterhead_addressee_references_salutation_and_sign_off_in_that_order()
    {
        var document = ResponseLayout.Letter.Arrange(new ResponseLetter(Response(), Requester, Officer));
        var blocks = document.Blocks;

        Assert.Multiple(() =>
        {
            Assert.That(blocks[0], Is.EqualTo(new Heading(1, "Parking fines — FOI-25-0412")));
            Assert.That(((AddressLines)blocks[1]).Lines, Is.EqualTo(new[] { "Harrowfield Borough Council", "Civic Centre", "Station Road", "Harrowfield HF1 2AB" }));
            Assert.That(((AddressLines)blocks[2]).Lines, Is.EqualTo(new[] { "Ms Ada Example", "12 Mill Lane", "Harrowfield HF3 9ZZ" }));
            Assert.That(((RequestDetails)blocks[3]).Items, Is.EqualTo(new[] { new RequestDetail("Our ref", "FOI-25-0412"), new RequestDetail("Your ref", "AE-77"), new RequestDetail("Date", "22 April 2025") }));
            Assert.That(blocks[4], Is.EqualTo(new Paragraph("Dear Ms Ada Example,")));
            Assert.That(((Paragraph)blocks[5]).Text, Is.EqualTo("Thank you for your request for information, which we received on 1 April 2025. We have dealt with it under the Freedom of Information Act 2000."));
            Assert.That(blocks.TakeLast(2), Is.EqualTo(new DocumentBlock[] { new Paragraph("Yours sincerely,"), new AddressLines(new[] { "Jo Smith", "Information Governance Officer" }) }).Using<DocumentBlock>(SameBlock));
            var headings = blocks.OfType<Heading>().Where(h => h.Level == 2).Select(h => h.Text);
            Assert.That(headings, Is.EqualTo(new[] { "Our response", "If you are unhappy with this response" }), "no questions-only request section: each question is printed with its answer");
        });
    }

    [Test]
    public void The_published_copy_of_a_letter_names_neither_the_applicant_nor_the_officer_in_any_format()
    {
        var letter = new ResponseLetter(Response(), Requester, Officer);
        var secrets = new[] { "Ada", "ada@mail.example", "Mill Lane", "AE-77", "Jo Smith", "Dear" };

        foreach (var renderer in ResponseRenderers.All)
        {
            var published = renderer.Render(letter.PublishedCopy);
            var sent = renderer.Render(letter);
            Assert.That(secrets.Where(published.Contains), Is.Empty, renderer.Format + " published copy");
            Assert.That(sent, Does.Contain("Ada").And.Contain("Jo Smith").And.Contain("AE"), renderer.Format + " letter as sent");
            Assert.That(published, Does.Contain("Harrowfield Borough Council").And.Contain("Yours sincerely"), renderer.Format + " published copy is signed by the authority");
        }
    }

    [Test]
    public void A_letter_without_a_postal_address_is_addressed_by_email()
    {
        var document = ResponseLayout.Letter.Arrange(new ResponseLetter(Response(), new Applicant("B. Person", email: "b@mail.example")));

        Assert.That(document.Blocks.OfType<AddressLines>().ElementAt(1).Lines, Is.EqualTo(new[] { "B. Person", "b@mail.example" }));
        Assert.That(document.Blocks.OfType<RequestDetails>().Single().Items.Select(i => i.Label), Is.EqualTo(new[] { "Our ref", "Date" }), "no Your ref when the applicant gave none");
    }

    [Test]
    public void Each_question_is_printed_with_its_answer_or_what_became_of_it_never_saying_an_NCND_question_is_held()
    {
        var list = ResponseLayout.Letter.Arrange(Response()).Blocks.OfType<AnsweredQuestionList>().Single();

        Assert.Multiple(() =>
        {
            Assert.That(list.AskedLabel, Is.EqualTo("You asked"));
            Assert.That(list.AnsweredLabel, Is.EqualTo("We answered"));
            Assert.That(list.Questions.Select(q => q.Label), Is.EqualTo(new[] { "Q1", "Q2", "Q3" }));
            Assert.That(list.Questions[0].Answer, Is.EqualTo("18,204 fines."));
            Assert.That(list.Questions[1].Answer, Is.EqualTo("The information is exempt from disclosure under s31(1) – Law enforcement; the reasons are given below."));
            Assert.That(list.Questions[2].Answer, Does.StartWith("We neither confirm nor deny whether we hold this information"));
            Assert.That(list.Questions[2].Answer, Does.Not.Contain("withheld").And.Not.Contain("exempt"));
        });
    }

    [Test]
    public void The_police_layout_keeps_questions_then_answers_unless_told_otherwise()
    {
        var police = ResponseLayout.Police.Arrange(Response());
        var answered = (ResponseLayout.Police with { AnswersUnderQuestions = true }).Arrange(Response());

        Assert.That(police.Blocks.OfType<QuestionList>().Count(), Is.EqualTo(1));
        Assert.That(police.Blocks.OfType<AnswerList>().Count(), Is.EqualTo(1));
        Assert.That(police.Blocks.OfType<AnsweredQuestionList>(), Is.Empty);
        Assert.That(answered.Blocks.OfType<QuestionList>(), Is.Empty);
        Assert.That(answered.Blocks.OfType<AnswerList>(), Is.Empty);
        Assert.That(answered.Blocks.OfType<AnsweredQuestionList>().Single().Questions, Has.Count.EqualTo(3));
    }

    [Test]
    public void A_protective_marking_is_the_first_block_in_every_format()
    {
        var layout = ResponseLayout.Police with { ProtectiveMarking = "  OFFICIAL  " };
        var document = layout.Arrange(Response());

        Assert.That(document.Blocks[0], Is.EqualTo(new Marking("OFFICIAL")));
        Assert.That(new HtmlRenderer(layout).Render(Response()), Does.Contain("<main>\n<p class=\"marking\">OFFICIAL</p>\n<h1>"));
        Assert.That(new MarkdownRenderer(layout).Render(Response()), Does.StartWith("**OFFICIAL**\n\n# "));
        Assert.That(new PlainTextRenderer(layout).Render(Response()), Does.StartWith("OFFICIAL\n\n"));
    }

    [Test]
    public void Reasons_in_an_annex_come_after_the_rights_and_the_sign_off_and_the_decision_says_so()
    {
        var layout = ResponseLayout.Letter with { ReasonsInAnnex = true };
        var texts = Texts(layout.Arrange(new ResponseLetter(Response(), Requester, Officer)));
        var inline = Texts(ResponseLayout.Letter.Arrange(Response()));

        var annex = texts.IndexOf("Annex: the reasons for our decision");
        Assert.Multiple(() =>
        {
            Assert.That(annex, Is.GreaterThan(texts.IndexOf("If you are unhappy with this response")));
            Assert.That(annex, Is.GreaterThan(texts.IndexOf("Jo Smith")));
            foreach (var section in new[] { "Why the exemptions apply", "The harm disclosure would cause", "The harm confirming or denying would cause", "The public interest", "The public interest in confirming or denying", "Weighing the public interest" })
            {
                Assert.That(texts.IndexOf(section), Is.GreaterThan(annex), section);
                Assert.That(inline.IndexOf(section), Is.GreaterThan(0).And.LessThan(inline.IndexOf("If you are unhappy with this response")), section + " without the annex");
            }

            Assert.That(texts, Has.Some.Contains("annex at the end of this letter"));
            Assert.That(texts.Count(t => t == "The balance favours withholding."), Is.EqualTo(1), "moved, not copied");
        });
    }

    [Test]
    public void A_response_with_no_reasons_gets_no_annex()
    {
        var layout = ResponseLayout.Police with { ReasonsInAnnex = true };
        var texts = Texts(layout.Arrange(RenderingFixtures.Answered(Yes, No)));

        Assert.That(texts, Has.None.Contains("Annex").And.None.Contains("annex"));
    }

    [Test]
    public void Headings_can_be_renamed_and_the_grounds_placeholder_follows_the_regime()
    {
        var headings = SectionHeadings.Police.With(new Dictionary<string, string> { ["decision"] = "Outcome", ["REASONS"] = "Reasons for the {Grounds} ({grounds})" });
        var layout = ResponseLayout.Police with { Headings = headings };
        var texts = Texts(layout.Arrange(Response(Request(layout: DocumentLayout.Police))));

        Assert.That(texts, Does.Contain("Outcome").And.Not.Contain("Decision"));
        Assert.That(texts, Does.Contain("Reasons for the Exemptions (exemptions)"));
        Assert.That(SectionHeadings.Police.ExtentOfSearches, Is.EqualTo("Extent and Result of Searches to Locate Information"), "the shipped headings are unchanged");
    }

    [TestCase("searches", "\"searches\" is not a heading; the headings are request, response, extentOfSearches")]
    [TestCase("decision", "The heading \"decision\" is blank")]
    [TestCase("reasons", "may hold {Grounds} or {grounds}")]
    [TestCase("notes", "cannot hold braces")]
    public void A_wrong_heading_is_refused_by_name(string name, string message)
    {
        var text = name switch
        {
            "decision" => "  ",
            "reasons" => "Why {exemption} applies",
            "notes" => "Notes {1}",
            _ => "Searches",
        };

        var error = Assert.Throws<ArgumentException>(() => SectionHeadings.Police.With(new Dictionary<string, string> { [name] = text }));
        Assert.That(error!.Message, Does.Contain(message));
    }

    [Test]
    public void Each_response_takes_its_requests_layout_else_its_authoritys_else_the_police_layout()
    {
        var police = new AuthorityProfile("Severnside Constabulary");

        Assert.Multiple(() =>
        {
            Assert.That(Request().Layout, Is.EqualTo(DocumentLayout.Letter), "the authority's");
            Assert.That(Request(layout: DocumentLayout.Police).Layout, Is.EqualTo(DocumentLayout.Police), "the request's own, over the authority's");
            Assert.That(Request(police).Layout, Is.EqualTo(DocumentLayout.Police), "the default");
            Assert.That(Request(police, DocumentLayout.Letter).Layout, Is.EqualTo(DocumentLayout.Letter));
            Assert.That(ResponseLayout.AsRequested.Arrange(Response()).Blocks.OfType<AddressLines>(), Is.Not.Empty);
            Assert.That(ResponseLayout.AsRequested.Arrange(Response(Request(layout: DocumentLayout.Police))).Blocks.OfType<AddressLines>(), Is.Empty);
            Assert.That(ResponseRenderers.Markdown.Render(Response()), Does.Contain("Our ref").And.Not.Contain("Dear"), "the default renderers lay out as the response asks");
        });
    }

    [Test]
    public void A_requested_layout_applies_a_change_to_both_kinds()
    {
        var marked = ResponseLayout.AsRequested.With(layout => layout with { ProtectiveMarking = "OFFICIAL-SENSITIVE" });

        Assert.That(marked.Arrange(Response()).Blocks[0], Is.EqualTo(new Marking("OFFICIAL-SENSITIVE")));
        Assert.That(marked.Arrange(Response(Request(layout: DocumentLayout.Police))).Blocks[0], Is.EqualTo(new Marking("OFFICIAL-SENSITIVE")));
        Assert.Throws<ArgumentException>(() => new RequestedLayout(ResponseLayout.Letter, ResponseLayout.Letter));
    }

    [Test]
    public void The_letter_opening_states_the_clarification_the_legislation_and_an_extension()
    {
        var request = new FoiRequestDefinition(
            "EIR-1",
            "Council",
            "River",
            new DateTime(2025, 3, 3),
            new[] { new QuestionDefinition(Regime.Eir, 1, "Readings", "Send the readings."), new QuestionDefinition(2, "Cost", "What did it cost?") },
            texts: new[] { new RequestText(RequestTextKind.Clarification, "I meant 2024.", new DateTime(2025, 3, 5)) });

        Assert.That(
            LetterLayout.Opening(request),
            Is.EqualTo("Thank you for your request for information, which we received on 3 March 2025. You clarified it on 5 March 2025. We have dealt with it under the Freedom of Information Act 2000 (Q2) and the Environmental Information Regulations 2004 (Q1)."));
    }

    [Test]
    public void The_requesters_own_words_are_printed_as_written_and_their_addresses_are_not_links()
    {
        var request = new FoiRequestDefinition(
            "FOI 9/25",
            "Council",
            "Links",
            null,
            new[] { new QuestionDefinition(1, "Policy", "Send the policy at www.phish.example.com please.") },
            texts: new[] { new RequestText(RequestTextKind.Preamble, "I read https://evil.example.org/x and write to ask:"), new RequestText(RequestTextKind.Clarification, "Reply to me@mail.example.", null) });
        var response = new ResponseDraft(request).Answer(1, Answer.Text("It is at https://www.council.gov.uk/policy.")).Build();

        var blocks = ResponseLayout.Police.Arrange(response).Blocks.OfType<Paragraph>().Where(p => p.IsRequestersWords).Select(p => p.Text);
        var html = ResponseRenderers.Html.Render(response);

        Assert.That(blocks, Is.EqualTo(new[] { "I read https://evil.example.org/x and write to ask:", "Clarification: Reply to me@mail.example." }));
        Assert.That(html, Does.Contain("<p class=\"requester\">I read https://evil.example.org/x and write to ask:</p>"));
        Assert.That(html, Does.Not.Contain("href=\"https://evil").And.Not.Contain("mailto:me@").And.Not.Contain("phish.example.com\""));
        Assert.That(html, Does.Contain("<a href=\"https://www.council.gov.uk/policy\">"), "the authority's own answer still links");
    }

    private static bool SameBlock(DocumentBlock a, DocumentBlock b) => Texts(a).SequenceEqual(Texts(b)) && a.GetType() == b.GetType();
}
