using System.Linq;
using FoiDsl.Rendering;
using static FoiDsl.Tests.Rendering.RenderingFixtures;

namespace FoiDsl.Tests.Rendering;

public class PlainTextRendererTests
{
    private static string[] Lines(FoiResponse response) => new PlainTextRenderer().Render(response).Split('\n');

    [TestCase("Social media monitoring — FOI 0412/23", '=')]
    [TestCase("Request", '-')]
    [TestCase("Response", '-')]
    [TestCase("Decision", '~')]
    [TestCase("Public Interest Test", '~')]
    [TestCase("Factors favouring disclosure – Section 31", '.')]
    [TestCase("Your Right to Request a Review", '-')]
    public void Headings_are_underlined_by_level(string heading, char underline)
    {
        var lines = Lines(SocialMediaMonitoring());
        var at = System.Array.IndexOf(lines, heading);

        Assert.That(at, Is.GreaterThanOrEqualTo(0), heading);
        Assert.That(lines[at + 1], Is.EqualTo(new string(underline, heading.Length)));
    }

    [Test]
    public void No_line_is_longer_than_80_characters_unless_it_is_one_word()
    {
        var longWording = string.Join(" ", Enumerable.Repeat("Could you please tell me about the platform?", 6));
        var lines = Lines(SocialMediaMonitoring(longWording));

        Assert.That(lines.Where(l => l.Length > 80 && l.Trim().Contains(' ')), Is.Empty);
        Assert.That(lines.Count(l => l.Length > 70), Is.GreaterThan(3), "long paragraphs fill their lines");
    }

    [Test]
    public void Wrapping_keeps_every_word_in_order_and_long_words_whole()
    {
        var word = new string('x', 95);
        var text = "A short start, then " + word + " and a tail that goes on for a while so that it must wrap again at some point.";

        var lines = PlainTextRenderer.Wrap(text);

        Assert.That(string.Join(" ", lines), Is.EqualTo(text));
        Assert.That(lines, Does.Contain(word));
    }

    [Test]
    public void Wrapped_questions_hang_under_their_label()
    {
        var longWording = string.Join(" ", Enumerable.Repeat("Please list every platform.", 5));
        var lines = Lines(SocialMediaMonitoring(longWording));
        var first = System.Array.FindIndex(lines, l => l.StartsWith("Q1. ", System.StringComparison.Ordinal));

        Assert.That(lines[first + 1], Does.Match("^    [^ ]"));
        Assert.That(lines[first + 2], Does.StartWith("Q2. "));
    }

    [Test]
    public void Answers_group_neighbouring_questions_with_the_same_answer()
    {
        var lines = Lines(SocialMediaMonitoring());

        Assert.That(lines, Does.Contain("Q2, Q3, Q4. N/A"));
        Assert.That(lines, Does.Contain("Q9. ICT"));
        var decision = lines.SkipWhile(l => l != "Decision").TakeWhile(l => l != "Evidence of Harm");
        Assert.That(decision, Has.None.StartsWith("Q6"));
    }

    [Test]
    public void Blocks_are_separated_by_one_blank_line()
    {
        var text = new PlainTextRenderer().Render(SocialMediaMonitoring());

        Assert.That(text, Does.Contain("\n\nRequest\n-------\n\nQ1. "));
        Assert.That(text, Does.Not.Contain("\n\n\n"));
    }
}
