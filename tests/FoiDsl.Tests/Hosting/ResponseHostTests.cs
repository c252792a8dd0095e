using System;
using System.IO;
using System.Linq;
using FoiDsl.Hosting;
using FoiDsl.Tests.Rendering.Word;
using FoiDsl.Word;
using FoiDsl.Tests.TestSupport;
using static FoiDsl.Tests.Rendering.RenderingFixtures;

namespace FoiDsl.Tests.Hosting;

public class ResponseHostTests
{
    private string _root = null!;

    [SetUp]
    public void CreateRoot() => _root = Directory.CreateTempSubdirectory("foidsl-host-").FullName;

    [TearDown]
    public void DeleteRoot() => Directory.Delete(_root, recursive: true);

    private static (int Code, string Output, string Error) Run(Func<FoiResponse> respond, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ResponseHost.Run(args, "Host", () => new[] { respond() }, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static void AssertOneLineError((int Code, string Output, string Error) run, int code, string contains)
    {
        Assert.That(run.Code, Is.EqualTo(code), run.Error);
        Assert.That(run.Error, Does.StartWith("error: ").And.Contain(contains));
        Assert.That(run.Error, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public void Writes_every_format_and_lists_the_files()
    {
        var run = Run(() => SocialMediaMonitoring(), "--out", Path.Combine(_root, "out"));

        Assert.That(run.Code, Is.EqualTo(ResponseHost.Success), run.Error);
        Assert.That(Directory.GetFiles(Path.Combine(_root, "out")).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "disclosure-log.csv", "disclosure-log.json", "FOI-0412-23.docx", "FOI-0412-23.html", "FOI-0412-23.md", "FOI-0412-23.txt", "statistics.csv", "statistics.txt" }));
        Assert.That(run.Output, Does.Contain("FOI 0412/23 (North Yorkshire Police)").And.Contain(Path.Combine(_root, "out", "FOI-0412-23.md")).And.Contain(Path.Combine(_root, "out", "FOI-0412-23.docx")));
        var docx = File.ReadAllBytes(Path.Combine(_root, "out", "FOI-0412-23.docx"));
        Assert.That(docx, Is.EqualTo(WordRenderer.Police.Render(SocialMediaMonitoring())));
        WordPackage.AssertValid(docx, "the .docx the host wrote");
        Assert.That(File.ReadAllText(Path.Combine(_root, "out", "FOI-0412-23.md")), Is.EqualTo(FoiDsl.Rendering.ResponseRenderers.Markdown.Render(SocialMediaMonitoring())));
    }

    [Test]
    public void Output_folder_mistakes_are_one_line_and_exit_3()
    {
        File.WriteAllText(Path.Combine(_root, "file"), "x");

        AssertOneLineError(Run(() => SocialMediaMonitoring(), "--out", Path.Combine(_root, "file")), ResponseHost.OutputError, "is a file");
        AssertOneLineError(Run(() => SocialMediaMonitoring(), "--out", Path.Combine(_root, "file", "out")), ResponseHost.OutputError, "which is a file");
        AssertOneLineError(Run(() => SocialMediaMonitoring(), "--out", ""), ResponseHost.OutputError, "empty");
        AssertOneLineError(Run(() => SocialMediaMonitoring(), "--out", Path.Combine(_root, new string('x', 300))), ResponseHost.OutputError, "too long");
    }

    [Test]
    public void Reference_with_a_NUL_is_one_line_and_exit_3()
    {
        var response = Answered(Answer.Yes);
        var withNul = new ResponseDraft(new FoiRequestDefinition("FOI\0 1", null, "T", null, new[] { new QuestionDefinition(1, "Q", "Q?") })).Answer(1, Answer.Yes).Build();

        AssertOneLineError(Run(() => withNul, "--out", Path.Combine(_root, "out")), ResponseHost.OutputError, "U+0000");
        Assert.That(Run(() => response, "--out", Path.Combine(_root, "out")).Code, Is.EqualTo(ResponseHost.Success));
    }

    [Test]
    public void Incomplete_response_is_reported_without_a_stack_trace_and_exits_1()
    {
        var run = Run(() => new ResponseDraft(SocialMediaMonitoringRequest()).Build(), "--out", Path.Combine(_root, "out"));

        AssertOneLineError(run, ResponseHost.IncompleteResponse, "Q1");
        Assert.That(Directory.Exists(Path.Combine(_root, "out")), Is.False, "nothing written");
    }

    [TestCase("--bogus")]
    [TestCase("--out")]
    public void Wrong_command_line_prints_usage_and_exits_2(string arg)
    {
        var run = Run(() => SocialMediaMonitoring(), arg);

        Assert.That(run.Code, Is.EqualTo(ResponseHost.UsageError));
        Assert.That(run.Error, Does.StartWith("error: ").And.Contain("Run 'Host --help' for the commands and options."));
    }

    [Test]
    public void Help_prints_usage_and_exits_0()
    {
        var run = Run(() => throw new InvalidOperationException("not called"), "--help");

        Assert.That(run.Code, Is.EqualTo(ResponseHost.Success));
        Assert.That(run.Output, Does.Contain("--out"));
    }

    /// <summary>The sample program itself, as built by the solution build, run as a process.</summary>
    [TestCase(null, 0, "Written:")]
    [TestCase("file", 3, "is a file")]
    [TestCase("file/below", 3, "which is a file")]
    [TestCase("", 3, "empty")]
    public void Sample_host_exits_cleanly_on_ordinary_mistakes(string? outArgument, int expectedCode, string expectedText)
    {
        File.WriteAllText(Path.Combine(_root, "file"), "x");

        var (code, output, error) = HostRuns.Sample("SocialMediaMonitoring", _root, new System.Collections.Generic.Dictionary<string, string?>(), "--out", outArgument is null ? "out" : outArgument.Length == 0 ? "" : Path.Combine(_root, outArgument));

        Assert.That(code, Is.EqualTo(expectedCode), error);
        Assert.That(output + error, Does.Contain(expectedText));
        Assert.That(error, Does.Not.Contain("   at ").And.Not.Contain("Unhandled exception"));
        Assert.That(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.LessThanOrEqualTo(1));
    }
}
