namespace FoiDsl.Hosting;

/// <summary>
/// A kind of file a host writes for every response: Markdown, HTML, plain text, Word … A format
/// renders a response to the file's bytes; the host names the file from the request reference and
/// <see cref="FileExtension"/> and writes it through <see cref="OutputFolder"/>.
/// To add a format, write one class implementing this interface (see <see cref="WordFormat"/>) and
/// list it in <see cref="DocumentFormats.All"/>; a format that needs a program outside .NET implements
/// <see cref="IExternalDocumentFormat"/> and is given to <see cref="ResponseHost.Run(string[], string, System.Collections.Generic.IEnumerable{RegisteredResponse}, System.Func{IDocumentFormat}[])"/>.
/// </summary>
public interface IDocumentFormat
{
    /// <summary>The format's short name, e.g. <c>markdown</c>, <c>docx</c>.</summary>
    string Name { get; }

    /// <summary>The file name extension, with its dot: a dot and 1 to 10 lower-case letters or digits, e.g. <c>.docx</c>.</summary>
    string FileExtension { get; }

    /// <summary>The whole file for <paramref name="response"/>: the same response gives the same bytes.</summary>
    /// <exception cref="DocumentFormatException">The format cannot make this file (PDF: the browser failed); the host reports it and writes the other formats.</exception>
    byte[] Render(FoiResponse response);

    /// <summary>The whole file for <paramref name="letter"/>: the response addressed to its applicant and signed, as sent (never published).</summary>
    /// <exception cref="DocumentFormatException">The format cannot make this file.</exception>
    byte[] Render(ResponseLetter letter);

    /// <summary>
    /// The same format laying out every document with <paramref name="layout"/>: how a host applies an authority's
    /// layout file (<c>--layout</c>, docs/layouts.md). A format that lays out nothing itself returns itself.
    /// </summary>
    IDocumentFormat WithLayout(FoiDsl.Rendering.IResponseLayout layout);
}
