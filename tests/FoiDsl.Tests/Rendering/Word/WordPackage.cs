using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace FoiDsl.Tests.Rendering.Word;

/// <summary>Reads back a .docx the Word writer produced, as the tests need it.</summary>
internal static class WordPackage
{
    /// <summary>Opens <paramref name="bytes"/> read-only; the caller disposes it.</summary>
    public static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);

    /// <summary>Every schema and semantic error the SDK's validator finds against Office 2019, one line each.</summary>
    public static IReadOnlyList<string> ValidationErrors(byte[] bytes)
    {
        using var document = Open(bytes);
        return new OpenXmlValidator(FileFormatVersions.Office2019)
            .Validate(document)
            .Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Id} {error.Description}")
            .ToList();
    }

    /// <summary>Asserts that <paramref name="bytes"/> open as a Word document with no validation error.</summary>
    public static void AssertValid(byte[] bytes, string what)
    {
        Assert.That(ValidationErrors(bytes), Is.Empty, what);
    }

    /// <summary>
    /// The body as lines a test can compare: <c>Style|text</c> for a paragraph (a tab inside stays a
    /// tab), and <c>table Caption|left|right</c> for each row of a table.
    /// </summary>
    public static IReadOnlyList<string> BodyLines(WordprocessingDocument document)
    {
        var lines = new List<string>();
        foreach (var element in document.MainDocumentPart!.Document!.Body!.ChildElements)
        {
            switch (element)
            {
                case WordParagraph paragraph:
                    lines.Add(StyleOf(paragraph) + "|" + TextOf(paragraph));
                    break;
                case WordTable table:
                    var caption = table.GetFirstChild<TableProperties>()?.GetFirstChild<TableCaption>()?.Val?.Value;
                    lines.AddRange(table.Elements<TableRow>().Select(row =>
                        "table " + caption + "|" + string.Join("|", row.Elements<TableCell>().Select(cell => string.Join("\n", cell.Elements<WordParagraph>().Select(TextOf))))));
                    break;
            }
        }

        return lines;
    }

    /// <summary>The paragraph's style id, <c>Normal</c> when it names none.</summary>
    public static string StyleOf(WordParagraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal";

    /// <summary>The paragraph's text: runs' text, tabs as <c>\t</c>, field results included.</summary>
    public static string TextOf(OpenXmlElement paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch
        {
            Text text => text.Text,
            TabChar => "\t",
            _ => string.Empty,
        }));
}
