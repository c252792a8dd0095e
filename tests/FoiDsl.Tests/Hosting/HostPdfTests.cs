using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FoiDsl.Hosting;
using FoiDsl.Pdf;
using FoiDsl.Rendering;
using FoiDsl.Tests.Browser;
using static FoiDsl.Tests.Hosting.HostRuns;

namespace FoiDsl.Tests.Hosting;

/// <summary>
/// PDF from the host: printed by the installed Chromium once per response, listed in the disclosure
/// log; without a browser, or with one that will not start, one plain line and every other file written.
/// </summary>
public class HostPdfTests
{
    private static readonly Func<IDocumentFormat>[] Pdf = { PdfFormat.Create };

    private string _root = null!;

    [SetUp]
    public void CreateRoot() => _root = Directory.CreateTempSubdirectory("foidsl-host-pdf-").FullName;

    [TearDown]
    public void DeleteRoot() => Directory.Delete(_root, recursive: true);

    private static Func<IDocumentFormat>[] PdfAt(string browser) => new Func<IDocumentFormat>[] { () => new PdfFormat(new PdfPrinterOptions { BrowserPath = browser }) };

    private static string[] Files(string folder) => Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    private static string[] LoggedFiles(string folder) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, PublicationFiles.LogJson))).RootElement.EnumerateArray()
            .SelectMany(e => e.GetProperty("files").EnumerateArray().Select(f => f.GetString()!)).ToArray();

    [Test]
    public void The_host_writes_a_pdf_per_response_holding_its_title_and_answers_and_logs_it()
    {
        var listed = Listed().Take(2).ToArray();

        var run = Run(listed, Pdf, "--out", _root);

        Assert.That(run.Code, Is.EqualTo(ResponseHost.Success), run.Error);
        Assert.That(run.Error, Is.Empty);
        foreach (var registered in listed)
        {
            var pdf = Path.Combine(_root, FileNames.FromReference(registered.Request.Reference, ".pdf"));
            var text = Text(pdf);
            var document = ResponseLayout.Police.Arrange(registered.Write());
            Assert.That(Holds(text, document.Title), Is.True, "title in " + pdf);
            foreach (var line in document.Blocks.OfType<AnswerList>().SelectMany(list => list.Lines))
            {
                Assert.That(Holds(text, line.Answer), Is.True, $"answer {line.Label} in {pdf}");
            }

            Assert.That(LoggedFiles(_root), Does.Contain(Path.GetFileName(pdf)));
            Assert.That(run.Output, Does.Contain(pdf));
        }
    }

    [Test]
    public void Without_a_browser_every_other_file_is_written_and_pdf_is_skipped_in_one_plain_line()
    {
        var listed = Listed().Take(2).ToArray();

        var run = Run(listed, PdfAt("/nowhere/chromium"), "--out", _root);

        Assert.That(run.Code, Is.EqualTo(ResponseHost.Success), "PDF is skipped when every format is written by default");
        Assert.That(run.Error, Is.EqualTo("note: no pdf files: PDF needs Chromium, and the configured browser path names a file that does not exist: /nowhere/chromium (give the browser's path, or install it: apt-get install chromium)" + Environment.NewLine));
        var stems = listed.Select(r => FileNames.FromReference(r.Request.Reference, ".md")[..^3]);
        Assert.That(Files(_root), Is.EqualTo(stems.SelectMany(s => new[] { s + ".docx", s + ".html", s + ".md", s + ".txt" })
            .Concat(new[] { "disclosure-log.csv", "disclosure-log.json", "statistics.csv", "statistics.txt" }).Order(StringComparer.Ordinal)));
        Assert.That(LoggedFiles(_root), Has.None.EndsWith(".pdf"));
    }

    [Test]
    public void Asking_for_pdf_without_a_browser_is_an_error_line_and_exit_4_and_the_other_formats_are_written()
    {
        var run = Run(Listed().Take(1), PdfAt("/nowhere/chromium"), "--out", _root, "--format", "pdf,md");

        Assert.That(run.Code, Is.EqualTo(ResponseHost.FormatNotWritten));
        Assert.That(run.Error, Does.StartWith("error: no pdf files: PDF needs Chromium").And.Contain("/nowhere/chromium"));
        Assert.That(run.Error.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(Files(_root).Count(f => f.EndsWith(".md", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public void A_browser_that_will_not_start_is_one_line_naming_the_reference_and_every_other_file_is_written()
    {
        var listed = Listed().Take(3).ToArray();

        var run = Run(listed, PdfAt("/bin/false"), "--out", _root);

        Assert.That(run.Code, Is.EqualTo(ResponseHost.FormatNotWritten));
        var lines = run.Error.Trim().Split('\n');
        Assert.That(lines, Has.Length.EqualTo(1), "one line, and no further attempt for the next responses");
        Assert.That(lines[0], Does.StartWith($"error: {listed[0].Request.Reference}: pdf not written: PDF cannot be made: the browser /bin/false did not start: ").And.EndWith("(no pdf files in this run)"));
        Assert.That(run.Error, Does.Not.Contain("   at "));
        Assert.That(Files(_root).Count(f => f.EndsWith(".docx", StringComparison.Ordinal)), Is.EqualTo(3));
        Assert.That(Files(_root), Has.None.EndsWith(".pdf"));
        Assert.That(run.Output, Does.EndWith("Some files were not written: see the errors above." + Environment.NewLine));
    }

    [Test]
    public void The_sample_with_FOIDSL_CHROMIUM_naming_a_missing_file_writes_every_other_format_and_says_so_plainly()
    {
        var run = Sample("CouncilQuarter", _root, new Dictionary<string, string?> { [Chromium.PathVariable] = "/nowhere/chromium" }, "--out", "out", "--reference", "FOI-2024-0715");

        Assert.That(run.Code, Is.EqualTo(ResponseHost.Success), run.Error);
        Assert.That(run.Error, Is.EqualTo("note: no pdf files: PDF needs Chromium, and FOIDSL_CHROMIUM names a file that does not exist: /nowhere/chromium (give the browser's path, or install it: apt-get install chromium)\n"));
        Assert.That(Files(Path.Combine(_root, "out")), Is.EqualTo(new[] { "FOI-2024-0715.docx", "FOI-2024-0715.html", "FOI-2024-0715.md", "FOI-2024-0715.txt", "disclosure-log.csv", "disclosure-log.json", "statistics.csv", "statistics.txt" }));
    }

    [Test]
    public void An_extra_format_is_created_once_per_run_asked_once_per_document_and_disposed_at_the_end()
    {
        var created = new List<CountingFormat>();
        var letter = new ResponseLetter(Listed()[0].Write(), new Applicant("Ms A. Example"));
        var listed = Listed().Skip(1).Take(2).Append(new RegisteredResponse(letter.Response.Request, () => letter)).ToArray();
        Func<IDocumentFormat>[] counting = { () => { var format = new CountingFormat(); created.Add(format); return format; } };

        Assert.That(Run(listed, counting, "--out", _root).Code, Is.EqualTo(ResponseHost.Success));
        Assert.That(Run(listed, counting, "list").Code, Is.EqualTo(ResponseHost.Success));

        Assert.That(created, Has.Count.EqualTo(2), "one per run");
        Assert.That(created.Select(f => (f.Responses, f.Letters, f.Disposed)), Is.EqualTo(new[] { (3, 1, 1), (0, 0, 1) }));
        Assert.That(Directory.GetFiles(Path.Combine(_root, PublicationFiles.LettersFolder)).Select(Path.GetFileName), Does.Contain(FileNames.FromReference(letter.Response.Request.Reference, ".count")));
    }

    [Test]
    public void Two_formats_with_one_name_or_extension_are_refused()
    {
        Func<IDocumentFormat>[] twice = { () => new TextFormat(ResponseRenderers.Markdown) };

        Assert.That(() => Run(Listed(), twice, "list"), Throws.InvalidOperationException.With.Message.Contains("\"markdown\""));
    }

    /// <summary>An external format that counts what the host asks of it.</summary>
    private sealed class CountingFormat : IExternalDocumentFormat
    {
        public int Responses { get; private set; }

        public int Letters { get; private set; }

        public int Disposed { get; private set; }

        public string Name => "count";

        public string FileExtension => ".count";

        public string? Unavailable => null;

        public byte[] Render(FoiResponse response) => new[] { (byte)++Responses };

        public byte[] Render(ResponseLetter letter) => new[] { (byte)++Letters };

        public IDocumentFormat WithLayout(IResponseLayout layout) => this;

        public void Dispose() => Disposed++;
    }
}
