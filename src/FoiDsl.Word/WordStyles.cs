using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace FoiDsl.Word;

/// <summary>
/// The styles and list definition every Word response uses. Text is never formatted directly: each
/// paragraph, run and table names one of these styles, so an authority can restyle a response in
/// Word (or attach its own template) without touching the text.
/// </summary>
internal static class WordStyles
{
    /// <summary>The language of every response: British English, in the styles and the document properties.</summary>
    public const string Language = "en-GB";

    /// <summary>Body text: Arial 11 pt.</summary>
    public const string Normal = "Normal";

    /// <summary>The document title (heading level 1 of the layout).</summary>
    public const string Title = "Title";

    /// <summary>Heading 1 to Heading 3 (heading levels 2 to 4 of the layout).</summary>
    public static readonly string[] Headings = { "Heading1", "Heading2", "Heading3" };

    /// <summary>A question as received: a list paragraph whose text starts with the question's label.</summary>
    public const string Question = "Question";

    /// <summary>Text in a table cell: Normal without the space after.</summary>
    public const string TableText = "TableText";

    /// <summary>The page header (the authority).</summary>
    public const string Header = "Header";

    /// <summary>The page footer (page numbers).</summary>
    public const string Footer = "Footer";

    /// <summary>Bold labels: question labels, request detail labels, table headings.</summary>
    public const string Strong = "Strong";

    /// <summary>The table style of the request details and the answers: a thin grid.</summary>
    public const string Table = "ResponseTable";

    /// <summary>The list of questions as received (numbering part).</summary>
    public const int QuestionListNumber = 1;

    /// <summary>Left indent of a question's text, and the width its label hangs into: 2 cm in twentieths of a point.</summary>
    public const int QuestionIndent = 1134;

    private const string Font = "Arial";

    /// <summary>The styles part's contents.</summary>
    public static Styles Create() =>
        new(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, EastAsia = Font, ComplexScript = Font },
                    new FontSize { Val = "22" },
                    new FontSizeComplexScript { Val = "22" },
                    new Languages { Val = Language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "160", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = Normal, Default = true },
            ParagraphStyle(Title, "Title", uiPriority: 10, spaceBefore: 0, spaceAfter: 240, halfPoints: 36, outlineLevel: null),
            ParagraphStyle(Headings[0], "heading 1", uiPriority: 9, spaceBefore: 360, spaceAfter: 120, halfPoints: 32, outlineLevel: 0),
            ParagraphStyle(Headings[1], "heading 2", uiPriority: 9, spaceBefore: 240, spaceAfter: 120, halfPoints: 28, outlineLevel: 1),
            ParagraphStyle(Headings[2], "heading 3", uiPriority: 9, spaceBefore: 240, spaceAfter: 80, halfPoints: 24, outlineLevel: 2),
            new Style(
                new StyleName { Val = "Question" },
                new BasedOn { Val = Normal },
                new UIPriority { Val = 34 },
                new PrimaryStyle(),
                new StyleParagraphProperties(
                    new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = QuestionListNumber }),
                    new SpacingBetweenLines { After = "80" },
                    new Indentation { Left = Digits(QuestionIndent), Hanging = Digits(QuestionIndent) }))
            { Type = StyleValues.Paragraph, StyleId = Question, CustomStyle = true },
            new Style(
                new StyleName { Val = "Table Text" },
                new BasedOn { Val = Normal },
                new UIPriority { Val = 35 },
                new StyleParagraphProperties(new SpacingBetweenLines { Before = "40", After = "40" }))
            { Type = StyleValues.Paragraph, StyleId = TableText, CustomStyle = true },
            HeaderFooterStyle(Header, "header"),
            HeaderFooterStyle(Footer, "footer"),
            new Style(
                new StyleName { Val = "Strong" },
                new UIPriority { Val = 22 },
                new PrimaryStyle(),
                new StyleRunProperties(new Bold(), new BoldComplexScript()))
            { Type = StyleValues.Character, StyleId = Strong },
            new Style(
                new StyleName { Val = "Response Table" },
                new UIPriority { Val = 39 },
                new StyleTableProperties(
                    new TableBorders(
                        Thin<TopBorder>(), Thin<LeftBorder>(), Thin<BottomBorder>(), Thin<RightBorder>(),
                        Thin<InsideHorizontalBorder>(), Thin<InsideVerticalBorder>()),
                    new TableCellMarginDefault(
                        new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = Table, CustomStyle = true });

    /// <summary>
    /// The numbering part's contents: one list, the questions as received. Its level prints no number
    /// (<c>numFmt none</c>): each question's label (<c>Q1</c>, <c>Q1a</c> …) is the first run of the
    /// paragraph, followed by a tab to the hanging indent, because labels are the requester's own and
    /// need not be a sequence Word can count.
    /// </summary>
    public static Numbering CreateNumbering() =>
        new(
            new AbstractNum(
                new MultiLevelType { Val = MultiLevelValues.SingleLevel },
                new AbstractNumDefinitionName { Val = "Questions as received" },
                new Level(
                    new StartNumberingValue { Val = 1 },
                    new NumberingFormat { Val = NumberFormatValues.None },
                    new ParagraphStyleIdInLevel { Val = Question },
                    new LevelSuffix { Val = LevelSuffixValues.Nothing },
                    new LevelText { Val = string.Empty },
                    new LevelJustification { Val = LevelJustificationValues.Left },
                    new PreviousParagraphProperties(
                        new Tabs(new TabStop { Val = TabStopValues.Number, Position = QuestionIndent }),
                        new Indentation { Left = Digits(QuestionIndent), Hanging = Digits(QuestionIndent) }))
                { LevelIndex = 0 })
            { AbstractNumberId = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = QuestionListNumber });

    private static Style ParagraphStyle(string id, string name, int uiPriority, int spaceBefore, int spaceAfter, int halfPoints, int? outlineLevel)
    {
        var paragraph = new StyleParagraphProperties(
            new KeepNext(),
            new KeepLines(),
            new SpacingBetweenLines { Before = Digits(spaceBefore), After = Digits(spaceAfter) });
        if (outlineLevel is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = Normal },
            new NextParagraphStyle { Val = Normal },
            new UIPriority { Val = uiPriority },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(new Bold(), new BoldComplexScript(), new FontSize { Val = Digits(halfPoints) }, new FontSizeComplexScript { Val = Digits(halfPoints) }))
        { Type = StyleValues.Paragraph, StyleId = id };
    }

    /// <summary>A half-point grey line, for the table grid.</summary>
    private static T Thin<T>()
        where T : BorderType, new() =>
        new() { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" };

    private static Style HeaderFooterStyle(string id, string name) =>
        new(
            new StyleName { Val = name },
            new BasedOn { Val = Normal },
            new UIPriority { Val = 99 },
            new StyleParagraphProperties(
                new Tabs(new TabStop { Val = TabStopValues.Center, Position = 4513 }, new TabStop { Val = TabStopValues.Right, Position = 9026 }),
                new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" }))
        { Type = StyleValues.Paragraph, StyleId = id };

    /// <summary>A whole number as OOXML writes it: ASCII digits, whatever the current culture.</summary>
    internal static string Digits(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
