using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace FoiDsl.Pdf;

/// <summary>
/// Finds and starts the locally installed Chromium through Playwright. Playwright's own browser
/// download is never used: the browser is the one the system package manager installed.
/// </summary>
public static class Chromium
{
    /// <summary>The environment variable naming the Chromium (or Chrome) executable to use.</summary>
    public const string PathVariable = "FOIDSL_CHROMIUM";

    /// <summary>Where a system-installed Chromium is looked for when no path is given, in this order.</summary>
    public static IReadOnlyList<string> UsualPaths { get; } = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" };

    /// <summary>
    /// The switches Chromium is started with: headless use needs no sandbox, GPU or first-run screens,
    /// and a printer must not reach the network (background updates, sync, QUIC) on its own.
    /// </summary>
    public static IReadOnlyList<string> Switches { get; } = new[]
    {
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    };

    /// <summary>
    /// The browser to start: <paramref name="configured"/> when given, else the path in
    /// <see cref="PathVariable"/> when set, else the first of <see cref="UsualPaths"/> that exists.
    /// </summary>
    /// <exception cref="BrowserNotFoundException">The given path does not exist, or no browser is installed.</exception>
    public static string Find(string? configured = null) =>
        Find(configured, Environment.GetEnvironmentVariable(PathVariable), UsualPaths);

    /// <summary><see cref="Find(string?)"/> with the environment and the usual paths given.</summary>
    internal static string Find(string? configured, string? fromEnvironment, IEnumerable<string> usualPaths)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Existing(configured!, "the configured browser path");
        }

        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Existing(fromEnvironment!, PathVariable);
        }

        return usualPaths.FirstOrDefault(File.Exists)
            ?? throw new BrowserNotFoundException(
                $"PDF needs Chromium, and none was found at {string.Join(" or ", usualPaths)}: install it (apt-get install chromium) or set {PathVariable} to the browser's path.");
    }

    /// <summary>Starts <paramref name="executable"/> headless with <see cref="Switches"/>.</summary>
    /// <exception cref="BrowserStartException">The Playwright driver or the browser cannot be started.</exception>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync(string executable, float timeoutMilliseconds)
    {
        IPlaywright playwright;
        try
        {
            playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is PlaywrightException or IOException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            throw new BrowserStartException($"PDF cannot be made: the Playwright driver (the .playwright folder next to the program) cannot be started: {FirstLine(e.Message)}", e);
        }

        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = Switches,
                Timeout = timeoutMilliseconds,
            }).ConfigureAwait(false);
            return (playwright, browser);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            playwright.Dispose();
            throw new BrowserStartException($"PDF cannot be made: the browser {executable} did not start: {FirstLine(e.Message)}", e);
        }
    }

    /// <summary>The first non-empty line of <paramref name="message"/>, for one-line errors.</summary>
    internal static string FirstLine(string message) =>
        message.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.Length > 0) ?? "no reason given";

    private static string Existing(string path, string source) =>
        File.Exists(path)
            ? path
            : throw new BrowserNotFoundException($"PDF needs Chromium, and {source} names a file that does not exist: {path} (give the browser's path, or install it: apt-get install chromium)");
}
