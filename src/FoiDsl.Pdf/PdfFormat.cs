using System;
using FoiDsl.Hosting;

namespace FoiDsl.Pdf;

/// <summary>
/// PDF as a format of a host built on <c>FoiDsl.Hosting</c>:
/// <c>return ResponseHost.Run(args, "MyHost", FoiResponses.All, PdfFormat.Create);</c>. The host creates
/// one for each run, so one browser prints every PDF of the run, and disposes it at the end. When no
/// browser is found, a run writing every format skips PDF with one plain line, and a run asking for
/// <c>--format pdf</c> reports it as an error; a failure while printing is one line naming the
/// reference, and every other file is still written.
/// </summary>
public sealed class PdfFormat : IExternalDocumentFormat
{
    private readonly PdfPrinterOptions _options;
    private readonly PdfPrinter _printer;

    /// <summary>A PDF format printing with <paramref name="options"/>, or the defaults when null. Starts nothing yet.</summary>
    public PdfFormat(PdfPrinterOptions? options = null)
    {
        _options = options ?? new PdfPrinterOptions();
        _printer = new PdfPrinter(_options);
    }

    /// <summary>Creates the format with the default options: the factory to give <c>ResponseHost.Run</c>.</summary>
    public static IDocumentFormat Create() => new PdfFormat();

    /// <inheritdoc />
    public string Name => _printer.Format;

    /// <inheritdoc />
    public string FileExtension => _printer.FileExtension;

    /// <inheritdoc />
    /// <remarks>Looks for the browser (<see cref="Chromium.Find(string?)"/>) without starting it.</remarks>
    public string? Unavailable
    {
        get
        {
            try
            {
                Chromium.Find(_options.BrowserPath);
                return null;
            }
            catch (BrowserNotFoundException e)
            {
                return e.Message;
            }
        }
    }

    /// <inheritdoc />
    public byte[] Render(FoiResponse response) => Print(() => _printer.Print(response));

    /// <inheritdoc />
    public byte[] Render(ResponseLetter letter) => Print(() => _printer.Print(letter));

    /// <inheritdoc />
    /// <remarks>The copy has its own printer, which starts nothing until it prints.</remarks>
    public IDocumentFormat WithLayout(FoiDsl.Rendering.IResponseLayout layout) =>
        new PdfFormat(new PdfPrinterOptions { BrowserPath = _options.BrowserPath, Timeout = _options.Timeout, Layout = layout ?? throw new ArgumentNullException(nameof(layout)) });

    /// <summary>Closes the browser, if one was started.</summary>
    public void Dispose() => _printer.Dispose();

    private static byte[] Print(Func<byte[]> print)
    {
        try
        {
            return print();
        }
        catch (PdfPrintException e)
        {
            // no browser, or one that will not start, cannot print the next document either
            throw new DocumentFormatException(e.Message, e, unusable: e is BrowserNotFoundException or BrowserStartException);
        }
    }
}
