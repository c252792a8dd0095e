using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FoiDsl.Rendering;
using FoiDsl.Samples.BodyWornVideo;
using FoiDsl.Samples.CovertSources;
using FoiDsl.Samples.DroneFlights;
using FoiDsl.Samples.OnlineResearch;
using FoiDsl.Samples.SocialMediaMonitoring;
using FoiDsl.Samples.StaffComplaints;
using FoiDsl.Word;
using RenderedParagraph = FoiDsl.Rendering.Paragraph;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace FoiDsl.Tests.Rendering.Word;

/// <summary>
/// The Word format (docs/formats.md): every document the SDK's validator accepts, its body follows
/// the layout block by block in the named styles, its properties are set, and the same response
/// gives the same bytes whatever the time or the culture.
/// </summary>
public class WordRendererTests
{
    private static readonly WordRenderer Renderer = WordRenderer.Police;

    private static IEnumerable<TestCaseData> SampleResponses()
    {
        yield return new TestCaseData((Func<FoiResponse>)(() => RenderingFixtures.SocialMediaMonitoring())).SetArgDisplayNames("SocialMediaMonitoring fixture");
        foreach (var sample in TestSupport.SampleResponses.Cases())
        {
            yield return sample;
        }
    }

    [TestCaseSource(nameof(SampleResponses))]
    public void Every_sample_response_is_a_valid_Word_document(Func<FoiResponse> respond)
    {
        WordPackage.AssertValid(Renderer.Render(respond()), "validated against Office 2019");
    }

    [TestCaseSource(nameof(SampleResponses))]
    public void The_body_follows_the_layout_block_by_block(Func<FoiResponse> respond)
    {
        var response = respond();
        using var document = WordPackage.Open(Renderer.Render(response));

        Assert.That(WordPackage.BodyLines(document), Is.EqualTo(Expected(RenderingFixtures.Layout(response))));
    }

    [TestCaseSource(nameof(SampleResponses))]
    public void Every_question_label_and_answer_is_present(Func<FoiResponse> respond)
    {
        var response = respond();
        using var document = WordPackage.Open(Renderer.Render(response));
        var text = string.Join("\n", WordPackage.BodyLines(document));
        var numbered = RenderingFixtures.Layout(response).Blocks.OfType<QuestionList>().Any();

        foreach (var question in response.Request.Questions)
        {
            // one unnumbered request is printed in the requester's words, without a label
            Assert.That(text, Does.Contain(numbered ? "Question|" + question.Label + "\t" + question.Wording : "Normal|" + question.Wording), question.Label);
        }

        foreach (var line in RenderingFixtures.Layout(response).Blocks.OfType<AnswerList>().SelectMany(list => list.Lines))
        {
            Assert.That(text, Does.Contain("table Answers|" + line.Label + "|" + line.Answer));
        }
    }

    [Test]
    public void Headings_are_in_order_in_the_Title_and_Heading_styles()
    {
        using var document = WordPackage.Open(Renderer.Render(RenderingFixtures.SocialMediaMonitoring()));
        var headings = document.MainDocumentPart!.Document!.Body!.Elements<WordParagraph>()
            .Select(p => (Style: WordPackage.StyleOf(p), Text: WordPackage.TextOf(p)))
            .Where(p => p.Style == "Title" || p.Style.StartsWith("Heading", StringComparison.Ordinal))
            .ToList();

        Assert.That(headings, Is.EqualTo(new[]
        {
            ("Title", "Social media monitoring — FOI 0412/23"),
            ("Heading1", "Request"),
            ("Heading1", "Response"),
            ("Heading2", "Extent and Result of Searches to Locate Information"),
            ("Heading2", "Decision"),
            ("Heading2", "Evidence of Harm"),
            ("Heading2", "Public Interest Test"),
            ("Heading3", "Factors favouring disclosure – Section 24"),
            ("Heading3", "Factors favouring non-disclosure – Section 24"),
            ("Heading3", "Factors favouring disclosure – Section 31"),
            ("Heading3", "Factors favouring non-disclosure – Section 31"),
            ("Heading2", "Balance Test"),
            ("Heading2", "Notes"),
            ("Heading1", "Your Right to Request a Review"),
        }));
    }

    [Test]
    public void Questions_are_a_numbered_list_labelled_as_the_requester_numbered_them()
    {
        using var document = WordPackage.Open(Renderer.Render(OnlineResearchResponse.Write()));
        var main = document.MainDocumentPart!;
        var questions = main.Document!.Body!.Elements<WordParagraph>().Where(p => WordPackage.StyleOf(p) == "Question").ToList();

        Assert.That(questions, Is.Not.Empty);
        Assert.That(questions.Select(p => WordPackage.TextOf(p).Split('\t')[0]), Is.EqualTo(OnlineResearchResponse.Write().Request.Questions.Select(q => q.Label)));
        Assert.That(questions.Select(p => WordPackage.TextOf(p).Split('\t')[0]), Has.Some.EqualTo("Q1a"));
        var numberIds = questions.Select(p => p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value).Distinct().ToList();
        Assert.That(numberIds, Has.Count.EqualTo(1), "one list");
        var instance = main.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numberIds[0]);
        var abstractNum = main.NumberingDefinitionsPart.Numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == instance.AbstractNumId!.Val!.Value);
        var level = abstractNum.Elements<Level>().Single();
        Assert.That(level.NumberingFormat!.Val!.Value, Is.EqualTo(NumberFormatValues.None), "the label is the paragraph's own text, so Word adds no number of its own");
        Assert.That(questions.Select(p => p.Elements<Run>().First().RunProperties?.RunStyle?.Val?.Value), Is.All.EqualTo("Strong"));
    }

    [Test]
    public void Styles_part_defines_every_style_the_body_names_and_the_language()
    {
        using var document = WordPackage.Open(Renderer.Render(RenderingFixtures.SocialMediaMonitoring()));
        var main = document.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!;
        var defined = styles.Elements<Style>().Select(s => s.StyleId!.Value).ToHashSet();
        var used = main.Document!.Descendants<ParagraphStyleId>().Select(s => s.Val!.Value)
            .Concat(main.Document.Descendants<RunStyle>().Select(s => s.Val!.Value))
            .Concat(main.Document.Descendants<TableStyle>().Select(s => s.Val!.Value))
            .ToHashSet();

        Assert.That(defined, Is.SupersetOf(new[] { "Normal", "Title", "Heading1", "Heading2", "Heading3", "Question", "Strong" }));
        Assert.That(defined, Is.SupersetOf(used));
        Assert.That(styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.GetFirstChild<Languages>()!.Val!.Value, Is.EqualTo("en-GB"));
        Assert.That(styles.Elements<Style>().Single(s => s.StyleId!.Value == "Heading1").StyleName!.Val!.Value, Is.EqualTo("heading 1"), "Word's own name, so its navigation pane and table of contents see it");
        Assert.That(main.DocumentSettingsPart!.Settings!.GetFirstChild<ThemeFontLanguages>()!.Val!.Value, Is.EqualTo("en-GB"));
    }

    [Test]
    public void Properties_header_and_footer_carry_title_reference_authority_and_page_numbers()
    {
        using var document = WordPackage.Open(Renderer.Render(RenderingFixtures.SocialMediaMonitoring()));
        var properties = document.PackageProperties;

        Assert.That(properties.Title, Is.EqualTo("Social media monitoring — FOI 0412/23"));
        Assert.That(properties.Subject, Is.EqualTo("FOI 0412/23"));
        Assert.That(properties.Creator, Is.EqualTo(RenderingFixtures.Authority));
        Assert.That(properties.Language, Is.EqualTo("en-GB"));
        Assert.That(properties.Created, Is.Null, "no clock reading in the document");
        Assert.That(properties.Modified, Is.Null);

        var main = document.MainDocumentPart!;
        Assert.That(WordPackage.TextOf(main.HeaderParts.Single().Header!), Is.EqualTo(RenderingFixtures.Authority + "\t\tFOI 0412/23"));
        var footer = main.FooterParts.Single().Footer!;
        Assert.That(footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value!.Trim().Split(' ')[0]), Is.EqualTo(new[] { "PAGE", "NUMPAGES" }));
        Assert.That(WordPackage.TextOf(footer), Is.EqualTo("\tPage 1 of 1"));
    }

    [Test]
    public void A_document_without_reference_or_authority_has_no_header_or_creator()
    {
        var laidOut = RenderingFixtures.Layout(RenderingFixtures.SocialMediaMonitoring());
        var bytes = Renderer.Render(laidOut);
        WordPackage.AssertValid(bytes, "no properties");

        using var document = WordPackage.Open(bytes);
        Assert.That(document.MainDocumentPart!.HeaderParts, Is.Empty);
        Assert.That(document.PackageProperties.Creator, Is.Null);
        Assert.That(document.PackageProperties.Subject, Is.Null);
        Assert.That(document.PackageProperties.Title, Is.EqualTo(laidOut.Title));
    }

    [Test]
    public void The_same_response_gives_the_same_bytes_with_fixed_zip_times()
    {
        var first = Renderer.Render(RenderingFixtures.SocialMediaMonitoring());
        var second = new WordRenderer().Render(RenderingFixtures.SocialMediaMonitoring());

        Assert.That(second, Is.EqualTo(first));
        using var zip = new ZipArchive(new MemoryStream(first), ZipArchiveMode.Read);
        Assert.That(zip.Entries.Select(e => e.LastWriteTime), Is.All.EqualTo(new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero)), "entries carry a fixed time, not the time of writing");
        Assert.That(zip.Entries[0].FullName, Is.EqualTo("[Content_Types].xml"));
        Assert.That(zip.Entries.Select(e => e.FullName).Skip(1), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
        Assert.That(zip.Entries.Select(e => e.FullName), Has.None.Contains("psmdcp"), "no core properties part named by a fresh GUID");
    }

    [TestCase("tr-TR")]
    [TestCase("cy-GB")]
    [TestCase("ar-SA")]
    public void Output_does_not_depend_on_the_current_culture(string culture)
    {
        var invariant = RenderIn(CultureInfo.InvariantCulture);
        var other = RenderIn(new CultureInfo(culture));

        Assert.That(other, Is.EqualTo(invariant));
        WordPackage.AssertValid(other, culture);

        static byte[] RenderIn(CultureInfo culture)
        {
            var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
                return Renderer.Render(OnlineResearchResponse.Write());
            }
            finally
            {
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (saved, savedUi);
            }
        }
    }

    private static IEnumerable<TestCaseData> HostileCases() =>
        HostileText.Controls
            .Concat(HostileText.Renderable(HostileText.HtmlSyntax))
            .Concat(HostileText.Renderable(HostileText.MarkdownSyntax).Where(t => t.IndexOfAny(new[] { '<', '&', ']' }) >= 0))
            .Select((text, i) => new TestCaseData(text).SetArgDisplayNames("hostile " + i.ToString(CultureInfo.InvariantCulture)));

    [TestCaseSource(nameof(HostileCases))]
    public void Hostile_text_in_every_field_gives_a_valid_document(string text)
    {
        foreach (var response in HostileText.Responses(text))
        {
            var bytes = Renderer.Render(response);
            WordPackage.AssertValid(bytes, response.Outcome.ToString());
            AssertEveryPartIsXml10(bytes);
        }
    }

    [TestCaseSource(nameof(HostileCases))]
    public void Hostile_text_in_a_document_built_by_hand_gives_a_valid_document(string text)
    {
        // blocks straight from a caller, not from the layout: nothing has tidied the text yet
        var bytes = Renderer.Render(EveryKindOfBlock(text), new WordDocumentProperties(text, text));

        WordPackage.AssertValid(bytes, "every block kind");
        AssertEveryPartIsXml10(bytes);
    }

    [Test]
    public void Control_characters_show_as_the_replacement_character_and_markup_as_text()
    {
        var bytes = Renderer.Render(HostileText.Everywhere("a\0b \u001b(31)red \u202Eevil\u202C \uD800x <w:p>&amp;"));

        using var document = WordPackage.Open(bytes);
        var lines = WordPackage.BodyLines(document);
        Assert.That(lines, Has.Some.EqualTo("Normal|a\uFFFDb \uFFFD(31)red evil \uFFFDx <w:p>&amp;"));
        Assert.That(document.MainDocumentPart!.Document!.Body!.Descendants().Where(e => e.Prefix == "w" && e.LocalName == "p").Count(), Is.EqualTo(document.MainDocumentPart.Document.Body.Descendants<WordParagraph>().Count()), "no element came from the text");
    }

    [Test]
    public void Every_kind_of_block_has_a_Word_form()
    {
        var known = EveryKindOfBlock("text").Blocks.Select(b => b.GetType()).ToHashSet();
        var kinds = typeof(DocumentBlock).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(DocumentBlock)) && !t.IsAbstract);

        Assert.That(known, Is.SupersetOf(kinds), "a new kind of block needs a Word form (src/FoiDsl.Word/WordBody.cs) and a place in this test");
        WordPackage.AssertValid(Renderer.Render(EveryKindOfBlock("text")), "every block kind");
    }

    [Test]
    public void The_core_package_does_not_depend_on_OpenXml()
    {
        Assert.That(typeof(FoiResponse).Assembly.GetReferencedAssemblies().Select(a => a.Name), Has.None.StartsWith("DocumentFormat"));
        Assert.That(typeof(WordRenderer).Assembly.GetReferencedAssemblies().Select(a => a.Name), Has.Some.EqualTo("DocumentFormat.OpenXml"));
    }

    [Test]
    public void A_null_block_or_a_heading_level_out_of_range_is_refused_by_name()
    {
        var withNull = new ResponseDocument("T", new DocumentBlock[] { new Heading(1, "T"), null! });
        var deepHeading = new ResponseDocument("T", new DocumentBlock[] { new Heading(1, "T"), new Heading(5, "Too deep") });

        Assert.That(Assert.Throws<ArgumentException>(() => Renderer.Render(withNull))!.Message, Does.Contain("Block 1").And.Contain("null"));
        Assert.That(Assert.Throws<ArgumentException>(() => Renderer.Render(deepHeading))!.Message, Does.Contain("Block 1").And.Contain("level 5"));
    }

    [Test]
    public void Tables_that_follow_each_other_stay_two_tables()
    {
        var answers = new AnswerList(new[] { new AnswerLine(new[] { 1 }, "Yes") });
        var bytes = Renderer.Render(new ResponseDocument("T", new DocumentBlock[] { answers, answers, new RenderedParagraph("After") }));

        WordPackage.AssertValid(bytes, "two tables");
        using var document = WordPackage.Open(bytes);
        var body = document.MainDocumentPart!.Document!.Body!;
        Assert.That(body.ChildElements.Select(e => e.LocalName).Take(4), Is.EqualTo(new[] { "tbl", "p", "tbl", "p" }));
        Assert.That(body.Elements<WordParagraph>().Last().ParagraphProperties!.SpacingBetweenLines!.Before!.Value, Is.EqualTo("160"), "prose after a table keeps its distance");
    }

    /// <summary>A document holding <paramref name="text"/> in one block of every kind, every field of each.</summary>
    private static ResponseDocument EveryKindOfBlock(string text) =>
        new(text, new DocumentBlock[]
        {
            new Heading(1, text),
            new RequestDetails(new[] { new RequestDetail(text, text) }),
            new Heading(2, text),
            new QuestionList(new[] { new NumberedQuestion(1, text) { Label = text } }),
            new Heading(3, text),
            new RenderedParagraph(text),
            new Heading(4, text),
            new AnswerList(new[] { new AnswerLine(new[] { 1 }, text) { Labels = new[] { text } } }),
            new AnsweredQuestionList(text, text, new[] { new AnsweredQuestion(text, text, text) }),
            new AddressLines(new[] { text, text }),
            new Marking(text),
        });

    /// <summary>Every XML part parses with XML 1.0 character checking on.</summary>
    private static void AssertEveryPartIsXml10(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit });
            Assert.DoesNotThrow(() =>
            {
                while (reader.Read())
                {
                }
            }, entry.FullName);
        }
    }

    /// <summary>
    /// The lines <see cref="WordPackage.BodyLines"/> should read for <paramref name="document"/>, worked
    /// out from the blocks independently of the writer: styles by heading level, one line per question,
    /// one per table row.
    /// </summary>
    private static IEnumerable<string> Expected(ResponseDocument document) =>
        document.Blocks.SelectMany(block => block switch
        {
            Heading { Level: 1 } heading => new[] { "Title|" + heading.Text },
            Heading heading => new[] { "Heading" + (heading.Level - 1).ToString(CultureInfo.InvariantCulture) + "|" + heading.Text },
            RenderedParagraph paragraph => new[] { "Normal|" + paragraph.Text },
            RequestDetails details => details.Items.Select(item => "table Request details|" + item.Label + "|" + item.Value),
            QuestionList questions => questions.Questions.Select(q => "Question|" + q.Label + "\t" + q.Wording),
            AnswerList answers => new[] { "table Answers|Question|Answer" }.Concat(answers.Lines.Select(line => "table Answers|" + line.Label + "|" + line.Answer)),
            _ => throw new AssertionException("no expectation for " + block.GetType().Name),
        });
}
