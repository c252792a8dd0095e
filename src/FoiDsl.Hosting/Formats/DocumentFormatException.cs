using System;

namespace FoiDsl.Hosting;

/// <summary>
/// A format could not make a file: a PDF when the browser is missing, will not start or fails while
/// printing. The message is one plain line; the host prints it with the reference and the format, still
/// writes every other file, and exits with <see cref="ResponseHost.FormatNotWritten"/>.
/// </summary>
public sealed class DocumentFormatException : Exception
{
    /// <summary>A failure for one file, described by <paramref name="message"/>.</summary>
    /// <param name="message">One plain line: what failed and, where it helps, how to fix it.</param>
    /// <param name="innerException">The error behind it, or null.</param>
    /// <param name="unusable">True when the format cannot make any file in this run (no browser, or it will not start): the host stops trying it.</param>
    public DocumentFormatException(string message, Exception? innerException = null, bool unusable = false)
        : base(message, innerException)
    {
        Unusable = unusable;
    }

    /// <summary>True when the format cannot make any more files in this run, so the host stops asking it.</summary>
    public bool Unusable { get; }
}
