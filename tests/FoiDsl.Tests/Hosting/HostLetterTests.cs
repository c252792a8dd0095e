using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using FoiDsl.Hosting;
using FoiDsl.Samples.CouncilQuarter;
using static FoiDsl.Tests.Hosting.HostRuns;

namespace FoiDsl.Tests.Hosting;

/// <summary>
/// Letters from the host: a response method returning a <see cref="ResponseLetter"/> gets its published
/// copy written as any response, and the letter as sent in <c>letters/</c>, the only place that names
/// the applicant.
/// </summary>
public class HostLetterTests
{
    private static readonly string[] Extensions = { ".md", ".html", ".txt", ".docx", ".pdf" };

    private string _root = null!;

    [SetUp]
    public void CreateRoot() => _root = Directory.CreateTempSubdirectory("foidsl-host-letters-").FullName;

    [TearDown]
    public void DeleteRoot() => Directory.Delete(_root, recursive: true);

    /// <summary>Every letter of the quarter sample: its response methods that return one.</summary>
    private static ResponseLetter[] QuarterLetters() =>
        typeof(Responses).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(ResponseLetter) && m.GetCustomAttribute<ResponseToAttribute>() is not null)
            .Select(m => (ResponseLetter)m.Invoke(null, null)!)
            .ToArray();

    private static string[] Traces(ResponseLetter letter) =>
        new[] { letter.Applicant.Name, letter.Applicant.Email, letter.Applicant.Address }.OfType<string>().ToArray();

    [Test]
    public void The_quarter_sample_writes_each_letter_apart_and_names_its_applicant_nowhere_else()
    {
        var letters = QuarterLetters();
        Assert.That(letters, Has.Length.GreaterThanOrEqualTo(2));
        Assert.That(letters.SelectMany(Traces).Count(), Is.GreaterThanOrEqualTo(6), "names, emails and addresses");

        var run = Sample("CouncilQuarter", _root, new Dictionary<string, string?>(), "--out", "out");

        Assert.That(run.Code, Is.EqualTo(ResponseHost.Success), run.Error);
        var output = Path.Combine(_root, "out");
        var letterFolder = Path.Combine(output, PublicationFiles.LettersFolder);
        Assert.That(
            Directory.GetFiles(letterFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Is.EqualTo(letters.SelectMany(l => Extensions.Select(e => FileNames.FromReference(l.Response.Request.Reference, e))).Order(StringComparer.Ordinal)));
        foreach (var letter in letters)
        {
            foreach (var extension in Extensions)
            {
                var file = Path.Combine(letterFolder, FileNames.FromReference(letter.Response.Request.Reference, extension));
                var text = Text(file);
                Assert.That(Traces(letter).Where(t => !Holds(text, t)), Is.Empty, "the letter names its applicant: " + file);
            }
        }

        var published = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Where(f => !f.StartsWith(letterFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToArray();
        Assert.That(published.Select(Path.GetFileName), Does.Contain(PublicationFiles.LogJson).And.Contain(PublicationFiles.LogCsv).And.Contain(PublicationFiles.StatisticsCsv).And.Contain(PublicationFiles.StatisticsTable));
        Assert.That(published, Has.Length.EqualTo(12 * Extensions.Length + 4));
        foreach (var file in published)
        {
            var text = Text(file);
            Assert.That(letters.SelectMany(Traces).Where(t => Holds(text, t)), Is.Empty, "no applicant in the published file " + file);
        }

        Assert.That(File.ReadAllText(Path.Combine(output, PublicationFiles.LogCsv)), Does.Not.Contain(PublicationFiles.LettersFolder));
        Assert.That(run.Output, Does.EndWith($"12 responses: 60 published copies, {letters.Length * Extensions.Length} letter files (in letters/) and 4 publication files written to {output}.\n"));
    }

    [Test]
    public void List_check_log_and_stats_treat_a_letter_as_its_response()
    {
        var letter = new ResponseLetter(Listed()[0].Write(), new Applicant("Ms A. Example", "a.example@applicant.example"));
        var listed = new[] { new RegisteredResponse(letter.Response.Request, () => letter) };
        Func<IDocumentFormat>[] none = Array.Empty<Func<IDocumentFormat>>();

        var list = Run(listed, none, "list");
        Assert.That(list.Output, Does.Contain(letter.Response.Request.Reference).And.Contain("1 response, 0 incomplete."));
        Assert.That(Run(listed, none, "check").Output, Does.Contain("All 1 responses are complete."));
        Assert.That(Run(listed, none, "log", "--out", _root).Code, Is.EqualTo(ResponseHost.Success));
        Assert.That(Run(listed, none, "stats").Output, Does.Contain("requests received"));
        foreach (var text in new[] { list.Output, File.ReadAllText(Path.Combine(_root, PublicationFiles.LogJson)), File.ReadAllText(Path.Combine(_root, PublicationFiles.LogCsv)) })
        {
            Assert.That(text, Does.Not.Contain("Example").And.Not.Contain("applicant.example"));
        }

        var incomplete = new RegisteredResponse(letter.Response.Request, () => new ResponseLetter(new ResponseDraft(letter.Response.Request).Build(), letter.Applicant));
        var check = Run(new[] { incomplete }, none, "check");
        Assert.That(check.Code, Is.EqualTo(ResponseHost.IncompleteResponse));
        Assert.That(check.Output, Does.Contain(letter.Response.Request.Reference + ": incomplete"));
    }

    [Test]
    public void A_registered_letter_writes_its_published_copy_and_its_letter()
    {
        var letter = new ResponseLetter(Listed()[0].Write(), new Applicant("Ms A. Example"));
        var registered = new RegisteredResponse(letter.Response.Request, () => letter);

        Assert.That(registered.Write(), Is.SameAs(letter.PublishedCopy));
        Assert.That(registered.WriteLetter!(), Is.SameAs(letter));
        Assert.That(Listed()[0].WriteLetter, Is.Null);
        Assert.That(() => new RegisteredResponse(letter.Response.Request, (Func<ResponseLetter>)null!), Throws.ArgumentNullException);
    }
}
