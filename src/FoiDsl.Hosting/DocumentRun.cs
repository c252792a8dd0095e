using System;
using System.Collections.Generic;
using System.Linq;
using FoiDsl.Hosting.Publication;

namespace FoiDsl.Hosting;

/// <summary>What <c>render</c> wrote for one response.</summary>
/// <param name="Response">The response (for a letter, its published copy).</param>
/// <param name="Published">The published copies written, full paths, in format order: what the disclosure log lists.</param>
/// <param name="Letters">The letter as sent, one file per format, in the letters subfolder; empty when the response has no letter.</param>
/// <param name="Failures">One line per file a format could not make, naming the reference and the format.</param>
internal sealed record RenderedResponse(FoiResponse Response, IReadOnlyList<string> Published, IReadOnlyList<string> Letters, IReadOnlyList<string> Failures);

/// <summary>
/// One <c>render</c>: every chosen format of every response, each format asked once per document (a PDF
/// is printed once per response, by one browser for the whole run), the letters as sent into their own
/// subfolder, then the disclosure log and the statistics, built from the responses alone.
/// </summary>
internal sealed class DocumentRun
{
    private readonly OutputFolder _folder;
    private readonly List<IDocumentFormat> _formats;
    private OutputFolder? _letters;

    public DocumentRun(OutputFolder folder, IReadOnlyList<IDocumentFormat> formats)
    {
        _folder = folder;
        _formats = formats.ToList();
    }

    /// <summary>Writes everything, reporting progress and the summary to <paramref name="report"/>; returns the responses as written.</summary>
    public IReadOnlyList<RenderedResponse> Write(IReadOnlyList<BuiltResponse> responses, IRenderReport report)
    {
        var rendered = report.Each(responses, Write);
        var log = rendered.Select(r => DisclosureLogEntry.For(r.Response, r.Published)).ToArray();
        var published = ResponseHost.Publish(_folder, log, FoiStatistics.For(rendered.Select(r => r.Response)));
        report.Published(published);
        report.Finished(Summary(rendered, published));
        return rendered;
    }

    private RenderedResponse Write(BuiltResponse built)
    {
        var response = built.Response!;
        var reference = response.Request.Reference;
        var published = new List<string>();
        var letters = new List<string>();
        var failures = new List<string>();
        foreach (var format in _formats.ToArray())
        {
            if (Render(format, reference, () => format.Render(response), failures) is { } document)
            {
                published.Add(_folder.WriteDocument(reference, format.FileExtension, document));
            }

            if (built.Letter is { } letter && _formats.Contains(format) && Render(format, reference, () => format.Render(letter), failures) is { } sent)
            {
                _letters ??= _folder.Subfolder(PublicationFiles.LettersFolder);
                letters.Add(_letters.WriteDocument(reference, format.FileExtension, sent));
            }
        }

        return new RenderedResponse(response, published, letters, failures);
    }

    /// <summary>The file's bytes, or null after noting in <paramref name="failures"/> why the format could not make it.</summary>
    private byte[]? Render(IDocumentFormat format, string reference, Func<byte[]> render, List<string> failures)
    {
        try
        {
            return render();
        }
        catch (DocumentFormatException e)
        {
            var line = $"{FileNames.Quote(reference)}: {format.Name} not written: {FileNames.Quote(e.Message, FileNames.MessageLength)}";
            if (e.Unusable)
            {
                _formats.Remove(format);
                line += $" (no {format.Name} files in this run)";
            }

            failures.Add(line);
            return null;
        }
    }

    private string Summary(IReadOnlyList<RenderedResponse> rendered, IReadOnlyList<string> published)
    {
        string Count(int n, string one, string many) => n + " " + (n == 1 ? one : many);
        var summary = Count(rendered.Count, "response", "responses") + ": "
            + Count(rendered.Sum(r => r.Published.Count), "published copy", "published copies") + ", "
            + Count(rendered.Sum(r => r.Letters.Count), "letter file", "letter files") + $" (in {PublicationFiles.LettersFolder}/) and "
            + Count(published.Count, "publication file", "publication files") + " written to " + FileNames.Quote(_folder.FullPath) + ".";
        return rendered.All(r => r.Failures.Count == 0) ? summary : summary + " Some files were not written: see the errors above.";
    }
}
