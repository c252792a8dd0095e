using System;
using System.IO;
using System.Linq;
using FoiDsl.Hosting;
using FoiDsl.Rendering;

namespace FoiDsl.Tests.Hosting;

/// <summary>An authority's layout file (docs/layouts.md): settings apply as documented, mistakes are named.</summary>
public class LayoutFileTests
{
    [Test]
    public void Top_settings_apply_to_both_layouts_and_a_kinds_own_settings_after_them()
    {
        var layouts = LayoutFile.Parse(
            """
            {
              // comments and trailing commas are allowed
              "protectiveMarking": "OFFICIAL",
              "reasonsInAnnex": true,
              "headings": { "extentOfSearches": "Extent of Searches", "closing": "Yours truly" },
              "letter": { "answersUnderQuestions": false, "headings": { "closing": "Yours faithfully" } },
              "police": { "protectiveMarking": null },
            }
            """,
            "layout.json");

        Assert.Multiple(() =>
        {
            Assert.That(layouts.Police.ProtectiveMarking, Is.Null);
            Assert.That(layouts.Letter.ProtectiveMarking, Is.EqualTo("OFFICIAL"));
            Assert.That(layouts.Police.ReasonsInAnnex && layouts.Letter.ReasonsInAnnex, Is.True);
            Assert.That(layouts.Letter.AnswersUnderQuestions, Is.False);
            Assert.That(layouts.Police.Headings.ExtentOfSearches, Is.EqualTo("Extent of Searches"));
            Assert.That(layouts.Letter.Headings.ExtentOfSearches, Is.EqualTo("Extent of Searches"));
            Assert.That(layouts.Police.Headings.Closing, Is.EqualTo("Yours truly"));
            Assert.That(layouts.Letter.Headings.Closing, Is.EqualTo("Yours faithfully"));
            Assert.That(layouts.Letter.Headings.Request, Is.EqualTo(SectionHeadings.Letter.Request), "unnamed headings keep the kind's own");
        });
    }

    [TestCase("[1]", "must hold one JSON object")]
    [TestCase("{ \"marking\": \"OFFICIAL\" }", "\"marking\" is not a setting; the settings are protectiveMarking, answersUnderQuestions, reasonsInAnnex, headings")]
    [TestCase("{ \"letter\": { \"font\": \"Arial\" } }", "\"letter.font\" is not a setting")]
    [TestCase("{ \"letter\": true }", "\"letter\" must be an object")]
    [TestCase("{ \"reasonsInAnnex\": \"yes\" }", "\"reasonsInAnnex\" must be true or false, not a text")]
    [TestCase("{ \"protectiveMarking\": 3 }", "\"protectiveMarking\" must be a text in quotes, not a number")]
    [TestCase("{ \"headings\": [] }", "\"headings\" must be an object")]
    [TestCase("{ \"headings\": { \"searches\": \"Searches\" } }", "in \"headings\", \"searches\" is not a heading; the headings are request, response, extentOfSearches")]
    [TestCase("{ \"police\": { \"headings\": { \"notes\": \" \" } } }", "\"police.headings.notes\" must be a text in quotes, not a blank text")]
    [TestCase("{ \"headings\": { \"reasons\": \"Why {x}\" } }", "may hold {Grounds} or {grounds}")]
    [TestCase("{ \"headings\": ", "is not valid JSON (line 1)")]
    public void A_mistake_is_one_message_naming_the_file_and_the_setting(string json, string message)
    {
        var error = Assert.Throws<LayoutFileException>(() => LayoutFile.Parse(json, "layouts/council.json"));

        Assert.That(error!.Message, Does.StartWith("layouts/council.json").Or.StartWith("cannot"));
        Assert.That(error.Message, Does.Contain(message));
        Assert.That(error.Message, Does.Not.Contain("Parameter").And.Not.Contain("\n"), "one line, no stack trace");
    }

    [Test]
    public void A_missing_file_is_named()
    {
        var path = Path.Combine(Path.GetTempPath(), "foidsl-no-such-layout-" + Guid.NewGuid().ToString("N") + ".json");

        var error = Assert.Throws<LayoutFileException>(() => LayoutFile.Load(path));

        Assert.That(error!.Message, Does.StartWith("cannot read the layout file " + path));
    }

    [Test]
    public void The_documented_example_loads()
    {
        var page = Docs.DocsFolder.Read("layouts.md");
        var start = page.IndexOf("```json", StringComparison.Ordinal) + "```json".Length;
        var json = page.Substring(start, page.IndexOf("```", start, StringComparison.Ordinal) - start);

        var layouts = LayoutFile.Parse(json, "docs/layouts.md");

        Assert.That(layouts.Letter.Headings.Closing, Is.EqualTo("Yours faithfully"));
        Assert.That(layouts.Police.ProtectiveMarking, Is.EqualTo("OFFICIAL"));
        Assert.That(SectionHeadings.Names.All(name => page.Contains("| `" + name + "` |", StringComparison.Ordinal)), Is.True, "every heading is in the table of docs/layouts.md");
    }
}
