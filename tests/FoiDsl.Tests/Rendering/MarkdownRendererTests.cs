using System.Collections.Generic;
using System.Linq;
using System.Text;
using FoiDsl.Rendering;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using static FoiDsl.Tests.Rendering.RenderingFixtures;

namespace FoiDsl.Tests.Rendering;

public class MarkdownRendererTests
{
    private static MarkdownDocument Parse(FoiResponse response) => Markdig.Markdown.Parse(new MarkdownRenderer().Render(response));

    private static MarkdownDocument Parse(params DocumentBlock[] blocks) =>
        Markdig.Markdown.Parse(new MarkdownRenderer().Render(new ResponseDocument("Test", blocks)));

    /// <summary>The text a reader sees: literal text with escapes resolved, markup dropped.</summary>
    private static string Text(ContainerInline? inline)
    {
        var text = new StringBuilder();
        foreach (var child in inline?.Descendants<Inline>() ?? Enumerable.Empty<Inline>())
        {
            text.Append(child switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                LineBreakInline => " ",
                _ => string.Empty,
            });
        }

        return text.ToString();
    }

    private static IEnumerable<string> Paragraphs(MarkdownDocument document) =>
        document.Descendants<ParagraphBlock>().Select(p => Text(p.Inline));

    [Test]
    public void Headings_follow_the_police_template_without_skipping_levels()
    {
        var headings = Parse(SocialMediaMonitoring()).Descendants<HeadingBlock>().ToList();

        Assert.That(headings.Count(h => h.Level == 1), Is.EqualTo(1));
        Assert.That(
            headings.Where(h => h.Level is 2 or 3).Select(h => h.Level + " " + Text(h.Inline)),
            Is.EqualTo(new[]
            {
                "2 Request", "2 Response", "3 Extent and Result of Searches to Locate Information", "3 Decision",
                "3 Evidence of Harm", "3 Public Interest Test", "3 Balance Test", "3 Notes", "2 Your Right to Request a Review",
            }));
        for (var i = 1; i < headings.Count; i++)
        {
            Assert.That(headings[i].Level, Is.LessThanOrEqualTo(headings[i - 1].Level + 1), Text(headings[i].Inline));
        }
    }

    [Test]
    public void Title_heading_keeps_its_dash_and_reference()
    {
        var title = Parse(SocialMediaMonitoring()).Descendants<HeadingBlock>().First();

        Assert.That(Text(title.Inline), Is.EqualTo("Social media monitoring — FOI 0412/23"));
    }

    [Test]
    public void Questions_and_grouped_answers_are_labelled_lines()
    {
        var paragraphs = Paragraphs(Parse(SocialMediaMonitoring())).ToList();

        Assert.That(paragraphs, Does.Contain("Q1. Does the force use a platform to listen to social media?"));
        Assert.That(paragraphs, Does.Contain("Q2, Q3, Q4. N/A"));
        Assert.That(paragraphs, Does.Contain("Q9. ICT"));
    }

    [Test]
    public void Exemption_sentence_names_the_withheld_questions_and_both_sections()
    {
        Assert.That(
            Paragraphs(Parse(SocialMediaMonitoring())),
            Has.Some.Contains("Q6, Q7 and Q8").And.Contains("s24(1) – National security").And.Contains("s31(1) – Law enforcement"));
    }

    [Test]
    public void Markup_in_a_question_stays_literal_text()
    {
        const string wording = "# Heading? *bold* _it_ [link](http://example.org) `code` <b>tag</b> &amp; a \\ b";
        var document = Parse(SocialMediaMonitoring(wording));
        var question = document.Descendants<ParagraphBlock>().First(p => Text(p.Inline).StartsWith("Q1.", System.StringComparison.Ordinal));

        Assert.That(Text(question.Inline), Is.EqualTo("Q1. " + wording));
        Assert.That(question.Inline!.Descendants<EmphasisInline>().Count(), Is.EqualTo(1), "only the bold label");
        Assert.That(question.Inline!.Descendants<LinkInline>(), Is.Empty);
        Assert.That(question.Inline!.Descendants<CodeInline>(), Is.Empty);
        Assert.That(question.Inline!.Descendants<HtmlInline>(), Is.Empty);
        Assert.That(question.Inline!.Descendants<HtmlEntityInline>(), Is.Empty);
        Assert.That(document.Descendants<HeadingBlock>().Count(h => h.Level == 1), Is.EqualTo(1));
    }

    [TestCase("# Not a heading")]
    [TestCase("- Not a list")]
    [TestCase("+ Not a list")]
    [TestCase("* Not a list")]
    [TestCase("12. Not a list")]
    [TestCase("3) Not a list")]
    [TestCase("> Not a quote")]
    [TestCase("--- not a rule")]
    [TestCase("=== not an underline")]
    [TestCase("```not a fence")]
    [TestCase("    four spaces are not code")]
    [TestCase("<div>not html</div>")]
    public void A_paragraph_starting_with_block_markup_stays_one_paragraph(string text)
    {
        var document = Parse(new Paragraph("First."), new Paragraph(text));

        Assert.That(document.Select(b => b.GetType().Name), Is.EqualTo(new[] { nameof(ParagraphBlock), nameof(ParagraphBlock) }));
        Assert.That(Text(((ParagraphBlock)document[1]).Inline), Is.EqualTo(text.Trim()));
    }
}
