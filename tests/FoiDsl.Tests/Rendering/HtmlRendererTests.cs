using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using FoiDsl.Rendering;
using static FoiDsl.Tests.Rendering.RenderingFixtures;

namespace FoiDsl.Tests.Rendering;

public class HtmlRendererTests
{
    private static IHtmlDocument Parse(FoiResponse response) =>
        new HtmlParser().ParseDocument(new HtmlRenderer().Render(response));

    private static IElement[] Headings(IDocument page) => page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToArray();

    private static int Level(IElement heading) => heading.LocalName[1] - '0';

    private static IEnumerable<IElement> Siblings(IElement element)
    {
        for (var next = element.NextElementSibling; next is not null; next = next.NextElementSibling)
        {
            yield return next;
        }
    }

    [Test]
    public void Page_is_self_contained_and_declares_its_language_charset_and_title()
    {
        var page = Parse(SocialMediaMonitoring());

        Assert.That(page.Doctype?.Name, Is.EqualTo("html"));
        Assert.That(page.DocumentElement.GetAttribute("lang"), Is.EqualTo("en-GB"));
        Assert.That(page.QuerySelector("meta[charset]")?.GetAttribute("charset"), Is.EqualTo("utf-8"));
        Assert.That(page.Title, Is.EqualTo("Social media monitoring — FOI 0412/23"));
        Assert.That(page.QuerySelectorAll("main"), Has.Length.EqualTo(1));
        Assert.That(page.QuerySelectorAll("style"), Has.Length.EqualTo(1));
        Assert.That(page.QuerySelectorAll("script, link, img, iframe, [src]"), Is.Empty);
        Assert.That(page.QuerySelectorAll("[href]").Select(e => e.LocalName + " " + e.GetAttribute("href")), Is.EqualTo(new[] { "a https://ico.org.uk" }), "only the Information Commissioner's website, as a link");
    }

    [Test]
    public void Has_one_h1_and_heading_levels_never_skip()
    {
        var headings = Headings(Parse(SocialMediaMonitoring()));

        Assert.That(headings.Count(h => h.LocalName == "h1"), Is.EqualTo(1));
        Assert.That(Level(headings[0]), Is.EqualTo(1));
        for (var i = 1; i < headings.Length; i++)
        {
            Assert.That(Level(headings[i]), Is.LessThanOrEqualTo(Level(headings[i - 1]) + 1), headings[i].TextContent);
        }
    }

    [Test]
    public void Section_headings_come_in_template_order()
    {
        var page = Parse(SocialMediaMonitoring());

        Assert.That(
            page.QuerySelectorAll("h2").Select(h => h.TextContent),
            Is.EqualTo(new[] { "Request", "Response", "Your Right to Request a Review" }));
        Assert.That(
            page.QuerySelectorAll("h3").Select(h => h.TextContent),
            Is.EqualTo(new[] { "Extent and Result of Searches to Locate Information", "Decision", "Evidence of Harm", "Public Interest Test", "Balance Test", "Notes" }));
        Assert.That(page.QuerySelectorAll("h4").Select(h => h.TextContent).First(), Is.EqualTo("Factors favouring disclosure – Section 24"));
    }

    [Test]
    public void Questions_are_an_ordered_list_labelled_in_text_as_received()
    {
        var items = Parse(SocialMediaMonitoring()).QuerySelectorAll("ol.questions > li");

        Assert.That(items.Select(li => li.QuerySelector("span.label")?.TextContent), Is.EqualTo(Enumerable.Range(1, 9).Select(n => "Q" + n.ToString(CultureInfo.InvariantCulture) + ".")));
        Assert.That(items[4].TextContent, Is.EqualTo("Q5. Does the force use a platform to monitor the media?"));
    }

    [Test]
    public void Question_labels_numbered_by_the_requester_are_printed_as_written()
    {
        var document = new ResponseDocument("Labels", new DocumentBlock[]
        {
            new Heading(1, "Labels"),
            new QuestionList(new[] { new NumberedQuestion(1, "First part?") { Label = "Q1a" }, new NumberedQuestion(2, "Second part?") { Label = "Q1b" } }),
        });

        var items = new HtmlParser().ParseDocument(new HtmlRenderer().Render(document)).QuerySelectorAll("ol.questions > li");

        Assert.That(items.Select(li => li.TextContent), Is.EqualTo(new[] { "Q1a. First part?", "Q1b. Second part?" }));
    }

    [TestCase("see ico.org.uk.", "see <a href=\"https://ico.org.uk\">ico.org.uk</a>.")]
    [TestCase("Email foi@example.police.uk, please", "Email <a href=\"mailto:foi@example.police.uk\">foi@example.police.uk</a>, please")]
    [TestCase("(https://example.org/a_(b)) and https://example.org/x?a=1&b=2.", "(<a href=\"https://example.org/a_(b)\">https://example.org/a_(b)</a>) and <a href=\"https://example.org/x?a=1&amp;b=2\">https://example.org/x?a=1&amp;b=2</a>.")]
    [TestCase("at WWW.Example.org/path.", "at <a href=\"https://WWW.Example.org/path\">WWW.Example.org/path</a>.")]
    [TestCase("javascript:alert(1) and ftp://example.com/file", "javascript:alert(1) and ftp://example.com/file")]
    [TestCase("e.g. version 1.2.3, s31(1), the file report.pdf and https://", "e.g. version 1.2.3, s31(1), the file report.pdf and https://")]
    [TestCase("\"https://example.org/\"onclick=x'", "&quot;<a href=\"https://example.org/\">https://example.org/</a>&quot;onclick=x&#39;")]
    public void Addresses_become_links_showing_their_target(string text, string html)
    {
        Assert.That(HtmlRenderer.EscapeWithLinks(text), Is.EqualTo(html));
    }

    [Test]
    public void Answers_group_neighbouring_questions_with_the_same_answer()
    {
        var answers = Parse(SocialMediaMonitoring()).QuerySelectorAll("dl.answers dt")
            .Select(dt => dt.TextContent + " = " + dt.NextElementSibling?.TextContent);

        Assert.That(answers, Is.EqualTo(new[] { "Q1 = No", "Q2, Q3, Q4 = N/A", "Q5 = Yes", "Q9 = ICT" }));
    }

    [Test]
    public void Exemption_sentence_names_the_withheld_questions_and_both_sections()
    {
        var paragraphs = Parse(SocialMediaMonitoring()).QuerySelectorAll("p").Select(p => p.TextContent);

        Assert.That(paragraphs, Has.Some.Contains("Q6, Q7 and Q8").And.Contains("s24(1) – National security").And.Contains("s31(1) – Law enforcement"));
    }

    [Test]
    public void Markup_in_a_question_is_shown_as_text()
    {
        const string wording = "<script>alert('owned')</script> & \"more\"?";
        var page = Parse(SocialMediaMonitoring(wording));

        Assert.That(page.QuerySelectorAll("script"), Is.Empty);
        Assert.That(page.QuerySelectorAll("ol > li")[0].TextContent, Is.EqualTo("Q1. " + wording));
    }

    [Test]
    public void Escape_replaces_all_five_special_characters()
    {
        Assert.That(HtmlRenderer.Escape("a & b < c > d \" e ' f"), Is.EqualTo("a &amp; b &lt; c &gt; d &quot; e &#39; f"));
    }

    [Test]
    public void Rights_section_explains_review_and_the_Information_Commissioner()
    {
        var heading = Parse(SocialMediaMonitoring()).QuerySelectorAll("h2").Single(h => h.TextContent == "Your Right to Request a Review");
        var following = string.Join(" ", Siblings(heading).TakeWhile(e => e.LocalName == "p").Select(p => p.TextContent));

        Assert.That(following, Does.Contain("internal review").And.Contains("Information Commissioner"));
    }

    [Test]
    public void Request_details_are_a_definition_list()
    {
        var details = Parse(SocialMediaMonitoring()).QuerySelectorAll("dl.details dt")
            .Select(dt => dt.TextContent + ": " + dt.NextElementSibling?.TextContent);

        Assert.That(details, Is.EqualTo(new[] { "Authority: North Yorkshire Police", "Date received: 2 May 2023", "Response due: 1 June 2023", "Date of response: 30 May 2023" }));
    }
}
