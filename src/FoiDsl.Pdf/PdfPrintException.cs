using System;

namespace FoiDsl.Pdf;

/// <summary>
/// A PDF could not be made. The message is one plain line meant for the person running the host;
/// the other output formats do not depend on the browser and can still be written.
/// </summary>
public class PdfPrintException : Exception
{
    /// <summary>A failure described by <paramref name="message"/>.</summary>
    public PdfPrintException(string message)
        : base(message)
    {
    }

    /// <summary>A failure described by <paramref name="message"/>, caused by <paramref name="inner"/>.</summary>
    public PdfPrintException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

/// <summary>No Chromium is installed, or the configured path does not lead to one.</summary>
public sealed class BrowserNotFoundException : PdfPrintException
{
    /// <summary>A missing browser described by <paramref name="message"/>.</summary>
    public BrowserNotFoundException(string message)
        : base(message)
    {
    }
}

/// <summary>The browser, or the Playwright driver that drives it, will not start: no PDF can be made until that is fixed.</summary>
public sealed class BrowserStartException : PdfPrintException
{
    /// <summary>A start failure described by <paramref name="message"/>, caused by <paramref name="inner"/>.</summary>
    public BrowserStartException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
