using System.Collections.Generic;
using System.Linq;
using FoiDsl.Rendering;

namespace FoiDsl.Hosting;

/// <summary>The formats <see cref="ResponseHost"/> writes for every response.</summary>
public static class DocumentFormats
{
    /// <summary>Every format, in writing order: Markdown, HTML, plain text (<see cref="ResponseRenderers.All"/>), then Word.</summary>
    public static IReadOnlyList<IDocumentFormat> All { get; } =
        ResponseRenderers.All.Select(renderer => (IDocumentFormat)new TextFormat(renderer))
            .Append(new WordFormat())
            .ToArray();

}
