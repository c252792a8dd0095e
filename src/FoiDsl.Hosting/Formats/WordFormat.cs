using System;
using FoiDsl.Rendering;
using FoiDsl.Word;

namespace FoiDsl.Hosting;

/// <summary>A Word document (.docx), as <see cref="WordRenderer"/> writes it (docs/formats.md).</summary>
public sealed class WordFormat : IDocumentFormat
{
    private readonly WordRenderer _renderer;

    /// <summary>The Word format with <paramref name="renderer"/>, or when null the layout each response asks for (<see cref="ResponseLayout.AsRequested"/>).</summary>
    public WordFormat(WordRenderer? renderer = null)
    {
        _renderer = renderer ?? WordRenderer.AsRequested;
    }

    /// <inheritdoc />
    public string Name => _renderer.Format;

    /// <inheritdoc />
    public string FileExtension => _renderer.FileExtension;

    /// <inheritdoc />
    public byte[] Render(FoiResponse response) => _renderer.Render(response);

    /// <inheritdoc />
    public IDocumentFormat WithLayout(IResponseLayout layout) => new WordFormat(new WordRenderer(layout ?? throw new ArgumentNullException(nameof(layout))));

    /// <inheritdoc />
    public byte[] Render(ResponseLetter letter) => _renderer.Render(letter);
}
