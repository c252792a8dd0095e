using System;
using System.IO;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FoiDsl.Rendering;

namespace FoiDsl.Word;

/// <summary>
/// Prints a response as a Word document (.docx, Office Open XML): the blocks of the layout in Word
/// styles (Title, Heading 1–3, Normal, a Question list, tables for the request details and the
/// answers), the authority in the page header, "Page n of m" in the footer, and the title,
/// subject (the request reference), creator (the authority) and language (en-GB) as document
/// properties. The same response always gives the same bytes, whatever the clock or the current
/// culture. What each block becomes is in docs/formats.md.
/// </summary>
public sealed class WordRenderer
{
    /// <summary>The MIME type of a .docx file.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    private readonly IResponseLayout _layout;

    /// <summary>A renderer using <paramref name="layout"/>, or when null the layout each response asks for (<see cref="ResponseLayout.AsRequested"/>).</summary>
    public WordRenderer(IResponseLayout? layout = null)
    {
        _layout = layout ?? ResponseLayout.AsRequested;
    }

    /// <summary>The renderer using the police (NPCC) layout.</summary>
    public static WordRenderer Police { get; } = new(ResponseLayout.Police);

    /// <summary>The renderer that lays out each response as it asks (<see cref="ResponseLayout.AsRequested"/>): the police layout unless the authority or the request chooses a letter.</summary>
    public static WordRenderer AsRequested { get; } = new();

    /// <summary>The format's short name: <c>docx</c>.</summary>
    public string Format => "docx";

    /// <summary>The file name extension: <c>.docx</c>.</summary>
    public string FileExtension => ".docx";

    /// <summary>Lays out <paramref name="response"/> and prints it, with the request's reference and authority as properties.</summary>
    public byte[] Render(FoiResponse response)
    {
        if (response is null)
        {
            throw new ArgumentNullException(nameof(response));
        }

        return Render(_layout.Arrange(response), WordDocumentProperties.For(response.Request));
    }

    /// <summary>Lays out <paramref name="letter"/> (addressed to its applicant and signed) and prints it, with the request's reference and authority as properties.</summary>
    public byte[] Render(ResponseLetter letter)
    {
        if (letter is null)
        {
            throw new ArgumentNullException(nameof(letter));
        }

        return Render(_layout.Arrange(letter), WordDocumentProperties.For(letter.Response.Request));
    }

    /// <summary>Prints a response already laid out; <paramref name="properties"/> give the subject, creator and header, if known.</summary>
    /// <exception cref="ArgumentException">A block is null or of a kind the writer does not know, or a heading level is not 1 to 4.</exception>
    public byte[] Render(ResponseDocument document, WordDocumentProperties? properties = null)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        var authority = TextSafety.Clean(properties?.Authority);
        var reference = TextSafety.Clean(properties?.Reference);
        var body = new Body(WordBody.Blocks(document));

        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, autoSave: true))
        {
            // every relationship gets a fixed id: left to itself the SDK draws random ones
            var main = package.AddNewPart<MainDocumentPart>(MainContentType, "rId1");
            main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = WordStyles.Create();
            main.AddNewPart<NumberingDefinitionsPart>("rId2").Numbering = WordStyles.CreateNumbering();
            main.AddNewPart<DocumentSettingsPart>("rId3").Settings = Settings();

            var section = new SectionProperties();
            if (authority.Length > 0 || reference.Length > 0)
            {
                main.AddNewPart<HeaderPart>("rId4").Header = new Header(HeaderLine(authority, reference));
                section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = "rId4" });
            }

            main.AddNewPart<FooterPart>("rId5").Footer = new Footer(PageNumbers());
            section.Append(
                new FooterReference { Type = HeaderFooterValues.Default, Id = "rId5" },
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1440, Right = 1440U, Bottom = 1440, Left = 1440U, Header = 708U, Footer = 708U, Gutter = 0U });
            body.Append(section);
            main.Document = new Document(body);

            WriteCoreProperties(package.AddNewPart<CoreFilePropertiesPart>("rId2"), TextSafety.Clean(document.Title), reference, authority);
        }

        return StablePackage.Normalise(stream.ToArray());
    }

    private static Settings Settings() =>
        new(
            new Zoom { Percent = "100" },
            new DefaultTabStop { Val = 720 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new ThemeFontLanguages { Val = WordStyles.Language });

    /// <summary>The authority on the left of the page header and the request reference on the right; either may be empty.</summary>
    private static DocumentFormat.OpenXml.Wordprocessing.Paragraph HeaderLine(string authority, string reference) =>
        WordBody.StyledParagraph(
            WordStyles.Header,
            WordBody.TextRun(authority),
            new Run(new TabChar()),
            new Run(new TabChar()),
            WordBody.TextRun(reference));

    /// <summary>"Page n of m", centred: PAGE and NUMPAGES fields Word fills in as it lays out the pages.</summary>
    private static DocumentFormat.OpenXml.Wordprocessing.Paragraph PageNumbers() =>
        WordBody.StyledParagraph(
            WordStyles.Footer,
            new Run(new TabChar()),
            WordBody.Literal("Page "),
            Field("PAGE"),
            WordBody.Literal(" of "),
            Field("NUMPAGES"));

    private static SimpleField Field(string name) =>
        new(WordBody.Literal("1")) { Instruction = " " + name + " \\* MERGEFORMAT " };

    /// <summary>
    /// Writes docProps/core.xml by hand: the packaging library would name the part with a fresh GUID
    /// and stamp it with the time, and a response must give the same bytes every time.
    /// </summary>
    private static void WriteCoreProperties(CoreFilePropertiesPart part, string title, string subject, string creator)
    {
        const string CorePropertiesNamespace = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string DublinCore = "http://purl.org/dc/elements/1.1/";
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), CheckCharacters = true };
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = XmlWriter.Create(stream, settings);
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement("cp", "coreProperties", CorePropertiesNamespace);
        writer.WriteAttributeString("xmlns", "dc", null, DublinCore);
        Property(writer, DublinCore, "title", title);
        Property(writer, DublinCore, "subject", subject);
        Property(writer, DublinCore, "creator", creator);
        Property(writer, DublinCore, "language", WordStyles.Language);
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private static void Property(XmlWriter writer, string ns, string name, string value)
    {
        if (value.Length > 0)
        {
            writer.WriteElementString("dc", name, ns, value);
        }
    }
}
