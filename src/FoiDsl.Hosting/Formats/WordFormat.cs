using FoiDsl.Word;

namespace FoiDsl.Hosting;

/// <summary>A Word document (.docx), as <see cref="WordRenderer"/> writes it (docs/formats.md).</summary>
public sealed class WordFormat : IDocumentFormat
{
    private readonly WordRenderer _renderer;

    /// <summary>The Word format with <paramref name="renderer"/>, or the police layout when null.</summary>
    public WordFormat(WordRenderer? renderer = null)
    {
        _renderer = renderer ?? WordRenderer.Police;
    }

    /// <inheritdoc />
    public string Name => _renderer.Format;

    /// <inheritdoc />
    public string FileExtension => _renderer.FileExtension;

    /// <inheritdoc />
    public byte[] Render(FoiResponse response) => _renderer.Render(response);

    /// <inheritdoc />
    public byte[] Render(ResponseLetter letter) => _renderer.Render(letter);
}
