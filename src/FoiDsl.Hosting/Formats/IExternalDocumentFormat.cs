using System;

namespace FoiDsl.Hosting;

/// <summary>
/// A format that needs a program outside .NET: PDF needs a browser (<c>FoiDsl.Pdf.PdfFormat</c>). A host
/// given one writes it with the other formats when <see cref="Unavailable"/> is null; otherwise the
/// default run skips it with one plain line, and a run that asked for it by name reports it as not
/// written (exit code <see cref="ResponseHost.FormatNotWritten"/>). The host creates the format for one
/// run, so it can start its program once and reuse it for every file, and disposes it at the end.
/// </summary>
public interface IExternalDocumentFormat : IDocumentFormat, IDisposable
{
    /// <summary>Null when the format can be written; otherwise one plain line saying what is missing and how to provide it.</summary>
    string? Unavailable { get; }
}
