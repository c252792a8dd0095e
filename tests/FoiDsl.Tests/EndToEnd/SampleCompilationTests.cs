using System;
using System.IO;
using System.Linq;
using FoiDsl.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace FoiDsl.Tests.EndToEnd;

/// <summary>
/// Compiles the sample's own request and response files with the generator and every rule, as
/// written and with parts removed, the way an officer would break them.
/// </summary>
public class SampleCompilationTests
{
    private static readonly string SampleFolder = RepositoryPaths.File("samples", "SocialMediaMonitoring");
    private static readonly string RequestFile = Path.Combine(SampleFolder, "SocialMediaMonitoring.cs");
    private static readonly string ResponseFile = Path.Combine(SampleFolder, "SocialMediaMonitoringResponse.cs");

    [Test]
    public void Sample_as_written_compiles_clean()
    {
        var diagnostics = Diagnose(File.ReadAllText(ResponseFile));

        Assert.That(diagnostics.Select(d => d.ToString()), Is.Empty);
    }

    [Test]
    public void Removing_an_answer_fails_with_FOI0001_at_Build()
    {
        var response = Remove(File.ReadAllText(ResponseFile), "            .UsesMediaMonitoring(Yes)\n");

        var diagnostics = Diagnose(response);

        Assert.That(diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "FOI0001" }));
        Assert.That(diagnostics[0].GetMessage(), Does.Contain("Q5 \"Do you use a media monitoring platform?\"").And.Contain("UsesMediaMonitoring(...)"));
        AssertAtBuild(diagnostics[0], response);
        var question = diagnostics[0].AdditionalLocations.Single().GetLineSpan();
        Assert.That(Path.GetFileName(question.Path), Is.EqualTo("SocialMediaMonitoring.cs"));
        Assert.That(LineOf(File.ReadAllText(RequestFile), "public const string UsesMediaMonitoring"), Is.EqualTo(question.StartLinePosition.Line + 1));
    }

    [Test]
    public void Removing_a_public_interest_test_fails_with_FOI0002_naming_the_exemption()
    {
        var original = File.ReadAllText(ResponseFile);
        var start = original.IndexOf("            .PublicInterestTest(\n                S31,", StringComparison.Ordinal);
        var end = original.IndexOf("            .BalanceTest(", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0).And.LessThan(end), "the sample's s31 public interest test was not found");
        var response = original.Remove(start, end - start);

        var diagnostics = Diagnose(response);

        Assert.That(diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "FOI0002" }));
        Assert.That(diagnostics[0].GetMessage(), Does.StartWith("s31(1) – Law enforcement is a qualified exemption claimed for Q6, Q7, Q8"));
        AssertAtBuild(diagnostics[0], response);
    }

    [Test]
    public void Removing_the_evidence_of_harm_fails_with_FOI0003_for_s31_only()
    {
        var original = File.ReadAllText(ResponseFile);
        var start = original.IndexOf("            .EvidenceOfHarm(", StringComparison.Ordinal);
        var end = original.IndexOf("            .PublicInterestTest(", StringComparison.Ordinal);
        var response = original.Remove(start, end - start);

        var diagnostics = Diagnose(response);

        // s31 loses its evidence of harm; s24, whose reasons the same evidence gave, loses its reasons.
        Assert.That(diagnostics.Select(d => d.Id), Is.EquivalentTo(new[] { "FOI0003", "FOI0021" }));
        Assert.That(diagnostics.Single(d => d.Id == "FOI0003").GetMessage(), Does.StartWith("s31(1) – Law enforcement is claimed for Q6, Q7, Q8"));
        Assert.That(diagnostics.Single(d => d.Id == "FOI0021").GetMessage(), Does.StartWith("s24(1) – National security withholds Q6, Q7, Q8"));
    }

    private static Diagnostic[] Diagnose(string response) =>
        TestCompilation.Diagnose(TestCompilation.Create(
                (RequestFile, File.ReadAllText(RequestFile)),
                (ResponseFile, response)))
            .ToArray();

    private static string Remove(string text, string part)
    {
        var normalized = text.Replace("\r\n", "\n");
        Assert.That(normalized, Does.Contain(part), "the sample no longer contains the part this test removes");
        return normalized.Replace(part, string.Empty);
    }

    private static void AssertAtBuild(Diagnostic diagnostic, string response)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.That(span.Path, Is.EqualTo(ResponseFile));
        Assert.That(span.StartLinePosition.Line + 1, Is.EqualTo(LineOf(response, ".Build();")));
        Assert.That(response.Split('\n')[span.StartLinePosition.Line].Substring(span.StartLinePosition.Character), Does.StartWith("Build"));
    }

    private static int LineOf(string text, string fragment) =>
        Array.FindIndex(text.Replace("\r\n", "\n").Split('\n'), line => line.Contains(fragment, StringComparison.Ordinal)) + 1;
}
