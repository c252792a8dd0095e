using System;
using System.Threading;
using System.Threading.Tasks;
using FoiDsl.Rendering;
using Microsoft.Playwright;

namespace FoiDsl.Pdf;

/// <summary>How a <see cref="PdfPrinter"/> finds its browser and lays out pages.</summary>
public sealed class PdfPrinterOptions
{
    /// <summary>
    /// The Chromium (or Chrome) executable. When null, the path in <c>FOIDSL_CHROMIUM</c> is used,
    /// else <c>/usr/bin/chromium</c> (see <see cref="Chromium.Find(string?)"/>).
    /// </summary>
    public string? BrowserPath { get; init; }

    /// <summary>How long starting the browser, or printing one document, may take. Default one minute.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The layout of the printed page; when null, the layout each response asks for (<see cref="ResponseLayout.AsRequested"/>).</summary>
    public IResponseLayout? Layout { get; init; }
}

/// <summary>
/// Prints responses as PDF for publication: the accessible HTML page of <see cref="HtmlRenderer"/>,
/// printed by a headless Chromium on A4 with its print style sheet, as a tagged PDF (headings,
/// lists and links carry their structure for screen readers) with an outline of the headings and
/// the response's title as the PDF title. The browser is started on the first print and reused until
/// the printer is disposed. Nothing is fetched from the network: the page is self-contained and
/// every request it might make is refused.
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable, IDisposable
{
    private readonly PdfPrinterOptions _options;
    private readonly HtmlRenderer _html;
    private readonly SemaphoreSlim _starting = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private bool _disposed;

    /// <summary>A printer with <paramref name="options"/>, or the defaults when null. Starts nothing yet.</summary>
    public PdfPrinter(PdfPrinterOptions? options = null)
    {
        _options = options ?? new PdfPrinterOptions();
        if (_options.Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.Timeout, "The PDF timeout must be positive.");
        }

        _html = new HtmlRenderer(_options.Layout);
    }

    /// <summary>The format's name, <c>pdf</c>.</summary>
    public string Format => "pdf";

    /// <summary>The file extension, <c>.pdf</c>.</summary>
    public string FileExtension => ".pdf";

    private float TimeoutMilliseconds => (float)_options.Timeout.TotalMilliseconds;

    /// <summary>The PDF of <paramref name="response"/>, blocking until it is printed.</summary>
    /// <exception cref="BrowserNotFoundException">No Chromium is installed, or the configured path leads nowhere.</exception>
    /// <exception cref="PdfPrintException">The browser could not be started or could not print.</exception>
    public byte[] Print(FoiResponse response)
    {
        if (response is null)
        {
            throw new ArgumentNullException(nameof(response));
        }

        // Run on the thread pool so that a caller's synchronization context cannot deadlock the wait.
        return Task.Run(() => PrintAsync(response)).GetAwaiter().GetResult();
    }

    /// <summary>The PDF of <paramref name="response"/>.</summary>
    /// <exception cref="BrowserNotFoundException">No Chromium is installed, or the configured path leads nowhere.</exception>
    /// <exception cref="PdfPrintException">The browser could not be started or could not print.</exception>
    public Task<byte[]> PrintAsync(FoiResponse response, CancellationToken cancellationToken = default)
    {
        if (response is null)
        {
            throw new ArgumentNullException(nameof(response));
        }

        return PrintHtmlAsync(_html.Render(response), cancellationToken);
    }

    /// <summary>The PDF of <paramref name="letter"/>, blocking until it is printed: the response addressed to its applicant and signed, as sent (never for publication).</summary>
    /// <exception cref="BrowserNotFoundException">No Chromium is installed, or the configured path leads nowhere.</exception>
    /// <exception cref="PdfPrintException">The browser could not be started or could not print.</exception>
    public byte[] Print(ResponseLetter letter)
    {
        if (letter is null)
        {
            throw new ArgumentNullException(nameof(letter));
        }

        return Task.Run(() => PrintAsync(letter)).GetAwaiter().GetResult();
    }

    /// <summary>The PDF of <paramref name="letter"/>: the response addressed to its applicant and signed, as sent (never for publication).</summary>
    /// <exception cref="BrowserNotFoundException">No Chromium is installed, or the configured path leads nowhere.</exception>
    /// <exception cref="PdfPrintException">The browser could not be started or could not print.</exception>
    public Task<byte[]> PrintAsync(ResponseLetter letter, CancellationToken cancellationToken = default)
    {
        if (letter is null)
        {
            throw new ArgumentNullException(nameof(letter));
        }

        return PrintHtmlAsync(_html.Render(letter), cancellationToken);
    }

    /// <summary>The PDF of a laid-out <paramref name="document"/>.</summary>
    /// <exception cref="BrowserNotFoundException">No Chromium is installed, or the configured path leads nowhere.</exception>
    /// <exception cref="PdfPrintException">The browser could not be started or could not print.</exception>
    public Task<byte[]> PrintAsync(ResponseDocument document, CancellationToken cancellationToken = default)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        return PrintHtmlAsync(_html.Render(document), cancellationToken);
    }

    private async Task<byte[]> PrintHtmlAsync(string html, CancellationToken cancellationToken)
    {
        var browser = await BrowserAsync(cancellationToken).ConfigureAwait(false);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Offline = true }).ConfigureAwait(false);
        try
        {
            context.SetDefaultTimeout(TimeoutMilliseconds);
            await context.RouteAsync("**/*", route => route.AbortAsync()).ConfigureAwait(false);
            var page = await context.NewPageAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            await page.SetContentAsync(html).ConfigureAwait(false);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print }).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            return await page.PdfAsync(new PagePdfOptions
            {
                Format = "A4",
                PrintBackground = true,
                Tagged = true,
                Outline = true,
                PreferCSSPageSize = true,
            }).ConfigureAwait(false);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            throw new PdfPrintException("PDF cannot be made: the browser failed while printing: " + Chromium.FirstLine(e.Message), e);
        }
        finally
        {
            await context.CloseAsync().ConfigureAwait(false);
        }
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken cancellationToken)
    {
        await _starting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_disposed)
            {
                throw new ObjectDisposedException(nameof(PdfPrinter));
            }

            if (_browser is { IsConnected: true })
            {
                return _browser;
            }

            await CloseAsync().ConfigureAwait(false); // a browser that went away is started again
            var executable = Chromium.Find(_options.BrowserPath);
            (_playwright, _browser) = await Chromium.LaunchAsync(executable, TimeoutMilliseconds).ConfigureAwait(false);
            return _browser;
        }
        finally
        {
            _starting.Release();
        }
    }

    /// <summary>Closes the browser, if one was started.</summary>
    public async ValueTask DisposeAsync()
    {
        await _starting.WaitAsync().ConfigureAwait(false);
        try
        {
            _disposed = true;
            await CloseAsync().ConfigureAwait(false);
        }
        finally
        {
            _starting.Release();
        }
    }

    /// <summary>Closes the browser, if one was started, blocking until it has gone.</summary>
    public void Dispose() => Task.Run(() => DisposeAsync().AsTask()).GetAwaiter().GetResult();

    private async Task CloseAsync()
    {
        if (_browser is not null)
        {
            try
            {
                await _browser.CloseAsync().ConfigureAwait(false);
            }
            catch (PlaywrightException)
            {
                // already gone
            }

            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
    }
}
