using System;
using System.Text;
using FoiDsl.Rendering;

namespace FoiDsl.Hosting;

/// <summary>A text renderer (Markdown, HTML, plain text) as a format: its output encoded as UTF-8 without a byte order mark.</summary>
public sealed class TextFormat : IDocumentFormat
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly IResponseRenderer _renderer;

    /// <summary>The format that writes what <paramref name="renderer"/> prints.</summary>
    public TextFormat(IResponseRenderer renderer)
    {
        _renderer = renderer ?? throw new ArgumentNullException(nameof(renderer));
    }

    /// <inheritdoc />
    public string Name => _renderer.Format;

    /// <inheritdoc />
    public string FileExtension => _renderer.FileExtension;

    /// <inheritdoc />
    /// <remarks>Renderers clean every piece of user text (docs/rendering.md), so their output is valid UTF-16 and always encodes.</remarks>
    public byte[] Render(FoiResponse response) => Utf8.GetBytes(_renderer.Render(response));

    /// <inheritdoc />
    public IDocumentFormat WithLayout(IResponseLayout layout) => new TextFormat(_renderer.WithLayout(layout));

    /// <inheritdoc />
    public byte[] Render(ResponseLetter letter) => Utf8.GetBytes(_renderer.Render(letter));
}
