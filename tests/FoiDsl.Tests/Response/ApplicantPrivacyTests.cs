using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using FoiDsl.Hosting;
using FoiDsl.Rendering;
using FoiDsl.Tests.Rendering;
using FoiDsl.Tests.TestSupport;

namespace FoiDsl.Tests.Response;

/// <summary>
/// The applicant is part of the letter and of nothing published: every sample's published copy, in
/// every format the host writes, is searched for the applicant's name, email and address.
/// </summary>
public class ApplicantPrivacyTests
{
    private static readonly Applicant Requester = new("Zebedee Quillfeather", "zebedee.quillfeather@mail.example", "7 Larkspur Row, Nowhere NW1 2ZZ");

    private static readonly string[] Traces = { "Quillfeather", "zebedee.quillfeather", "Larkspur Row" };

    /// <summary>The text of a rendered file, whatever its format: Word documents are searched part by part.</summary>
    internal static string Text(byte[] bytes)
    {
        if (bytes.Length < 2 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K')
        {
            return Encoding.UTF8.GetString(bytes);
        }

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        return string.Concat(zip.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        }));
    }

    [TestCaseSource(typeof(SampleResponses), nameof(SampleResponses.Cases))]
    public void The_published_copy_never_names_the_applicant_but_the_letter_does(Func<FoiResponse> write)
    {
        var letter = new ResponseLetter(write(), Requester, new Signatory("A. Officer", "Disclosure Officer"));

        foreach (var format in DocumentFormats.All)
        {
            var published = Text(format.Render(letter.PublishedCopy));
            Assert.That(Traces.Where(t => published.Contains(t, StringComparison.OrdinalIgnoreCase)), Is.Empty, format.Name);
        }

        var entry = FoiDsl.Hosting.Publication.DisclosureLogEntry.For(letter.PublishedCopy);
        var statistics = FoiDsl.Hosting.Publication.FoiStatistics.For(new[] { letter.PublishedCopy });
        foreach (var publication in new[] { FoiDsl.Hosting.Publication.DisclosureLog.ToJson(new[] { entry }), FoiDsl.Hosting.Publication.DisclosureLog.ToCsv(new[] { entry }), statistics.ToCsv(), statistics.ToTable() })
        {
            Assert.That(Traces.Where(t => publication.Contains(t, StringComparison.OrdinalIgnoreCase)), Is.Empty);
        }

        var sent = ResponseRenderers.PlainText.Render(ResponseLayout.Police.Arrange(letter));
        Assert.That(Traces.All(t => sent.Contains(t, StringComparison.Ordinal)), Is.True, "the letter itself is addressed to the applicant");
        Assert.That(sent, Does.Contain("Yours sincerely,").And.Contain("Disclosure Officer"));
    }

    [Test]
    public void A_letter_needs_an_applicant_with_a_name_and_a_signatory_with_a_name_and_role()
    {
        Assert.That(() => new Applicant(" "), Throws.ArgumentException.With.Message.Contains("needs a name"));
        Assert.That(() => new ResponseLetter(RenderingFixtures.SocialMediaMonitoring(), Requester, new Signatory("", "Officer")), Throws.ArgumentException.With.Message.Contains("name and a role"));
    }
}
