using System;
using System.Collections.Generic;
using System.Linq;

namespace FoiDsl.Rendering;

/// <summary>Prints a response in one output format. Output uses <c>\n</c> line endings and ends with one newline.</summary>
public interface IResponseRenderer
{
    /// <summary>The format's short name, e.g. <c>markdown</c>, <c>html</c>, <c>text</c>.</summary>
    string Format { get; }

    /// <summary>The file name extension for the format, with its dot, e.g. <c>.md</c>.</summary>
    string FileExtension { get; }

    /// <summary>Lays out <paramref name="response"/> and prints it.</summary>
    string Render(FoiResponse response);

    /// <summary>Lays out <paramref name="letter"/> (the response addressed to its applicant and signed) and prints it.</summary>
    string Render(ResponseLetter letter);

    /// <summary>The same renderer laying out with <paramref name="layout"/>.</summary>
    IResponseRenderer WithLayout(IResponseLayout layout);

    /// <summary>Prints a response already laid out.</summary>
    string Render(ResponseDocument document);
}

/// <summary>The renderers shipped with FoiDsl, all using the police layout.</summary>
public static class ResponseRenderers
{
    /// <summary>Markdown.</summary>
    public static IResponseRenderer Markdown { get; } = new MarkdownRenderer();

    /// <summary>A self-contained HTML page.</summary>
    public static IResponseRenderer Html { get; } = new HtmlRenderer();

    /// <summary>Plain text wrapped at 80 columns.</summary>
    public static IResponseRenderer PlainText { get; } = new PlainTextRenderer();

    /// <summary>Every renderer: Markdown, HTML, plain text.</summary>
    public static IReadOnlyList<IResponseRenderer> All { get; } = new[] { Markdown, Html, PlainText };

    /// <summary>Finds a renderer by <see cref="IResponseRenderer.Format"/> (ignoring case), or returns null.</summary>
    public static IResponseRenderer? ForFormat(string format) =>
        All.FirstOrDefault(r => string.Equals(r.Format, format?.Trim(), StringComparison.OrdinalIgnoreCase));
}
