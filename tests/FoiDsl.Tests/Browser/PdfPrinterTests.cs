using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FoiDsl.Pdf;
using FoiDsl.Rendering;

namespace FoiDsl.Tests.Browser;

/// <summary>
/// The PDF of every sample, printed by the installed Chromium, read back with poppler's
/// <c>pdftotext</c> and <c>pdfinfo</c>: it holds the title, every question and every answer, is
/// tagged, and carries the document title. One printer (one browser) serves the whole fixture.
/// </summary>
public class PdfPrinterTests
{
    private PdfPrinter? _printer;

    private static IEnumerable<string> Samples => BrowserSamples.Names;

    [OneTimeSetUp]
    public async Task StartPrinter()
    {
        _printer = new PdfPrinter();
        try
        {
            await _printer.PrintAsync(new ResponseDocument("Warm-up", [new Heading(1, "Warm-up")]));
        }
        catch (PdfPrintException e)
        {
            Assert.Fail("install chromium: apt-get install chromium — the PDF tests need it. " + e.Message);
        }
    }

    [OneTimeTearDown]
    public async Task StopPrinter()
    {
        if (_printer is not null)
        {
            await _printer.DisposeAsync();
        }
    }

    [TestCaseSource(nameof(Samples))]
    public async Task Pdf_holds_the_title_every_question_and_every_answer(string sample)
    {
        var document = BrowserSamples.Document(sample);
        var pdf = await _printer!.PrintAsync(BrowserSamples.Response(sample));

        var text = Words(Poppler("pdftotext", pdf, "-enc", "UTF-8"));

        Assert.That(Encoding.ASCII.GetString(pdf, 0, 5), Is.EqualTo("%PDF-"));
        Assert.That(text, Does.Contain(Words(document.Title)));
        foreach (var question in document.Blocks.OfType<QuestionList>().SelectMany(list => list.Questions))
        {
            Assert.That(text, Does.Contain(Words(question.Label + ". " + question.Wording)));
        }

        foreach (var line in document.Blocks.OfType<AnswerList>().SelectMany(list => list.Lines))
        {
            Assert.That(text, Does.Contain(Words(line.Label)).And.Contain(Words(line.Answer)));
        }

        foreach (var paragraph in document.Blocks.OfType<Paragraph>())
        {
            Assert.That(text, Does.Contain(Words(paragraph.Text)));
        }
    }

    [TestCaseSource(nameof(Samples))]
    public async Task Pdf_is_tagged_and_titled_with_the_document_title(string sample)
    {
        var pdf = await _printer!.PrintAsync(BrowserSamples.Response(sample));

        var info = Poppler("pdfinfo", pdf, "-enc", "UTF-8");

        Assert.That(Field(info, "Title"), Is.EqualTo(TextSafety.Clean(BrowserSamples.Document(sample).Title)));
        Assert.That(Field(info, "Tagged"), Is.EqualTo("yes"));
        Assert.That(Field(info, "Page size"), Does.EndWith("(A4)"));
        Assert.That(Encoding.Latin1.GetString(pdf), Does.Contain("/Outlines"), "an outline of the headings");
    }

    [Test]
    public void Print_blocks_until_the_pdf_is_made()
    {
        var pdf = _printer!.Print(BrowserSamples.Response("DroneFlights"));

        Assert.That(Encoding.ASCII.GetString(pdf, 0, 5), Is.EqualTo("%PDF-"));
        Assert.That(_printer.Format, Is.EqualTo("pdf"));
        Assert.That(_printer.FileExtension, Is.EqualTo(".pdf"));
    }

    [Test]
    public async Task A_missing_browser_is_one_plain_line_naming_the_path()
    {
        await using var printer = new PdfPrinter(new PdfPrinterOptions { BrowserPath = "/nowhere/chromium" });

        var error = Assert.ThrowsAsync<BrowserNotFoundException>(() => printer.PrintAsync(BrowserSamples.Response("DroneFlights")));

        Assert.That(error!.Message, Is.EqualTo("PDF needs Chromium, and the configured browser path names a file that does not exist: /nowhere/chromium (give the browser's path, or install it: apt-get install chromium)"));
    }

    [Test]
    public void No_installed_browser_says_how_to_install_one()
    {
        var error = Assert.Throws<BrowserNotFoundException>(() => Chromium.Find(null, null, ["/nowhere/chromium"]));

        Assert.That(error!.Message, Is.EqualTo("PDF needs Chromium, and none was found at /nowhere/chromium: install it (apt-get install chromium) or set FOIDSL_CHROMIUM to the browser's path."));
        Assert.That(error.Message, Does.Not.Contain("\n"));
    }

    [Test]
    public void The_environment_variable_is_used_when_no_path_is_given_and_named_when_wrong()
    {
        Assert.That(Chromium.Find(null, "/usr/bin/env", ["/nowhere/chromium"]), Is.EqualTo("/usr/bin/env"));
        Assert.That(Chromium.Find("/usr/bin/env", "/nowhere/else", []), Is.EqualTo("/usr/bin/env"), "an option wins over the environment");
        Assert.That(
            () => Chromium.Find(null, "/nowhere/else", ["/usr/bin/env"]),
            Throws.TypeOf<BrowserNotFoundException>().With.Message.EqualTo("PDF needs Chromium, and FOIDSL_CHROMIUM names a file that does not exist: /nowhere/else (give the browser's path, or install it: apt-get install chromium)"));
    }

    [Test]
    public void A_program_that_is_not_a_browser_is_one_plain_line()
    {
        using var printer = new PdfPrinter(new PdfPrinterOptions { BrowserPath = "/bin/false", Timeout = TimeSpan.FromSeconds(20) });

        var error = Assert.Throws<BrowserStartException>(() => printer.Print(BrowserSamples.Response("DroneFlights")));

        Assert.That(error!.Message, Does.StartWith("PDF cannot be made: the browser /bin/false did not start: ").And.Not.Contain("\n"));
    }

    [Test]
    public async Task A_letter_is_printed_addressed_to_its_applicant_and_signed()
    {
        var letter = new ResponseLetter(BrowserSamples.Response("DroneFlights"), new Applicant("Ms A. Example", "a.example@applicant.example", "3 Sample Lane, Oakhurst OK1 2AB"), new Signatory("R. Holloway", "Disclosure Officer"));

        var text = Words(Poppler("pdftotext", await _printer!.PrintAsync(letter), "-enc", "UTF-8"));
        var published = Words(Poppler("pdftotext", _printer.Print(letter.PublishedCopy), "-enc", "UTF-8"));

        foreach (var trace in new[] { "Ms A. Example", "a.example@applicant.example", "3 Sample Lane, Oakhurst OK1 2AB", "Yours sincerely,", "R. Holloway" })
        {
            Assert.That(text, Does.Contain(Words(trace)));
            Assert.That(published, Does.Not.Contain(Words(trace)), "the published copy names no applicant and has no sign-off");
        }

        Assert.That(text, Does.Contain(Words(BrowserSamples.Document("DroneFlights").Title)));
    }

    /// <summary>Runs a poppler tool on <paramref name="pdf"/> and returns what it printed; fails with the install command when poppler is absent.</summary>
    internal static string Poppler(string tool, byte[] pdf, params string[] options)
    {
        var file = Path.Combine(Path.GetTempPath(), "foidsl-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var option in options)
            {
                start.ArgumentList.Add(option);
            }

            start.ArgumentList.Add(file);
            if (tool == "pdftotext")
            {
                start.ArgumentList.Add("-");
            }

            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                Assert.Fail($"install poppler-utils: apt-get install poppler-utils — {tool} is needed to read the PDF back.");
                throw;
            }

            using (process)
            {
                var error = process.StandardError.ReadToEndAsync();
                var output = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                Assert.That(process.ExitCode, Is.Zero, () => tool + " failed: " + error.Result);
                return output;
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Field(string info, string name) =>
        info.Split('\n').Where(line => line.StartsWith(name + ":", StringComparison.Ordinal)).Select(line => line[(name.Length + 1)..].Trim()).FirstOrDefault()
        ?? $"(no {name} in pdfinfo)";

    /// <summary>
    /// The text cleaned as the renderer cleans it, without white space or hyphens: where a line of the
    /// page ends, pdftotext may add a space ("reviews? year") or join a word broken at a hyphen ("FOI24").
    /// </summary>
    internal static string Words(string text) => Regex.Replace(TextSafety.Clean(text), @"[\s\-]+", string.Empty);
}
