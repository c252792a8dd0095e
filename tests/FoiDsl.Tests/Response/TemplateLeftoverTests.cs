using System;

namespace FoiDsl.Tests.Response;

/// <summary>Placeholder.Find: FoiDsl's marker and text left from a template, without catching citations, links or redaction marks.</summary>
public class TemplateLeftoverTests
{
    [TestCase("The suppliers are [List of suppliers].", "[List of suppliers]")]
    [TestCase("Contract awarded on [insert date of award …].", "[insert date of award …]")]
    [TestCase("Signed [Name], Disclosure Officer", "[Name]")]
    [TestCase("Dated [DATE]", "[DATE]")]
    [TestCase("[Force name] does not hold this.", "[Force name]")]
    [TestCase("[ enter the figure ]", "[ enter the figure ]")]
    [TestCase("The total spent was £X,XXX in 2023.", "XXX")]
    [TestCase("Reference xxxx/24", "xxxx")]
    [TestCase("Dear <<Requester>>,", "<<Requester>>")]
    [TestCase("Dear «Title» Smith,", "«Title»")]
    [TestCase("The figure is TBC.", "TBC")]
    [TestCase("Date of review: tbd", "tbd")]
    [TestCase("Still [to be written: the balance]", "[to be written: the balance]")]
    public void Finds_the_leftover(string text, string found)
    {
        Assert.That(Placeholder.Find(text), Is.EqualTo(found));
        Assert.That(Placeholder.IsIn(text), Is.True);
    }

    [TestCase("The information is exempt under s31(1)(a) and s40(2)(a)(b).")]
    [TestCase("See Dransfield [2012] UKUT 440 (AAC) and [2024] UKFTT 76 (GRC).")]
    [TestCase("The officer's name [redacted] was removed under s40(2).")]
    [TestCase("[Name redacted] and [REDACTED] appear in the log.")]
    [TestCase("He said the force \"[the Constabulary] would not comment\" [sic].")]
    [TestCase("Read the [ICO guidance](https://ico.org.uk/for-organisations/foi/) first.")]
    [TestCase("Read [Name of the guide][1] first.")]
    [TestCase("Footnote [1] and table [A2].")]
    [TestCase("Roads in Exxon, Texas and the XL and XXL sizes.")]
    [TestCase("Tables of TBCs? No: TBCA and the TBD-45 model are product names.")]
    [TestCase("a << b and c >> d")]
    [TestCase("")]
    [TestCase(null)]
    public void Leaves_legitimate_text_alone(string? text)
    {
        Assert.That(Placeholder.Find(text), Is.Null, text);
    }

    [Test]
    public void The_quick_scan_never_hides_template_text_the_expression_finds()
    {
        // Find skips the expression for text the scan clears; the scan must clear no text the expression matches.
        // Random strings over the characters the expression looks for, with a seed so a failure can be repeated.
        const string alphabet = "[]<>«»xXtTbBcCdD(-_ a1\n";
        var random = new Random(20261129);
        var matched = 0;
        for (var n = 0; n < 50_000; n++)
        {
            var chars = new char[random.Next(1, 12)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            if (Placeholder.TemplateField.IsMatch(text))
            {
                matched++;
                Assert.That(Placeholder.MayHoldTemplateText(text), Is.True, text);
            }
        }

        Assert.That(matched, Is.GreaterThan(500), "the random strings exercise the expression");
    }

    [TestCase("The force holds no information about this.")]
    [TestCase("Text about an extra box, a tab, and xx marks.")]
    public void The_quick_scan_clears_plain_prose(string text) =>
        Assert.That(Placeholder.MayHoldTemplateText(text), Is.False);

    [Test]
    public void Build_refuses_template_text_in_a_section_and_in_question_wording_naming_it()
    {
        var request = new FoiRequestDefinition("FOI 18/24", "Example Police", "Suppliers", null, new[]
        {
            new QuestionDefinition(1, "Suppliers", "Who supplies [insert product]?"),
        });
        var draft = new ResponseDraft(request)
            .Answer(1, "The suppliers are [List of suppliers].")
            .ClosingNotes("Figures for 2024 are TBC.");

        var error = Assert.Throws<IncompleteResponseException>(() => draft.Build());
        Assert.That(error!.Message, Does.Contain("[List of suppliers]").And.Contain("closing notes still holds placeholder text (\"TBC\")").And.Contain("Q1 (Suppliers) is worded with placeholder text (\"[insert product]\")"));
    }
}
