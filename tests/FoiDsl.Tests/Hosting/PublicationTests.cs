using System;
using System.Linq;
using System.Text.Json;
using FoiDsl.Hosting.Publication;
using FoiDsl.Tests.TestSupport;

namespace FoiDsl.Tests.Hosting;

/// <summary>The disclosure log (JSON, CSV) and the statistics, over every sample.</summary>
public class PublicationTests
{
    private static FoiResponse[] Samples() => SampleResponses.All.Select(s => s.Write()).ToArray();

    [Test]
    public void The_log_has_one_entry_per_response_with_dates_outcome_and_grounds()
    {
        var entries = Samples().Select(r => DisclosureLogEntry.For(r, new[] { "/out/" + FoiDsl.Hosting.FileNames.FromReference(r.Request.Reference, ".md") })).ToArray();
        using var json = JsonDocument.Parse(DisclosureLog.ToJson(entries));

        Assert.That(json.RootElement.GetArrayLength(), Is.EqualTo(SampleResponses.All.Count));
        var online = json.RootElement.EnumerateArray().Single(e => e.GetProperty("reference").GetString() == "FOI 000745/24");
        Assert.That(online.GetProperty("received").GetString(), Is.EqualTo("2024-09-02"));
        Assert.That(online.GetProperty("due").GetString(), Is.EqualTo("2024-10-28"));
        Assert.That(online.GetProperty("extended").GetBoolean(), Is.True);
        Assert.That(online.GetProperty("late").GetBoolean(), Is.True);
        Assert.That(online.GetProperty("outcome").GetString(), Is.EqualTo(OutcomeCategories.PartiallyWithheld));
        Assert.That(online.GetProperty("exemptions").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "s24(2)", "s31(3)" }));
        Assert.That(online.GetProperty("files").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { FoiDsl.Hosting.FileNames.FromReference("FOI 000745/24", ".md") }), "file names only, never the folder");

        var csv = DisclosureLog.ToCsv(entries);
        Assert.That(csv.Split("\r\n")[0], Is.EqualTo(string.Join(",", DisclosureLog.Columns)));
        Assert.That(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(SampleResponses.All.Count + 1));
    }

    [Test]
    public void Csv_fields_are_quoted_as_RFC_4180_says_and_formulas_are_disarmed()
    {
        var entry = new DisclosureLogEntry("=HYPERLINK(\"x\")", "Cars, vans and \"pool\" bikes\nby year", null, "FOIA 2000", null, null, false, null, null, OutcomeCategories.NotHeld, Array.Empty<string>(), Array.Empty<string>());
        var row = DisclosureLog.ToCsv(new[] { entry }).Split("\r\n")[1];

        Assert.That(row, Does.StartWith("\"'=HYPERLINK(\"\"x\"\")\",\"Cars, vans and \"\"pool\"\" bikes\nby year\","));
    }

    [Test]
    public void Statistics_count_timeliness_outcomes_and_exemptions_for_the_period()
    {
        var all = FoiStatistics.For(Samples());
        Assert.That(all[FoiStatistics.Received], Is.EqualTo(SampleResponses.All.Count));
        Assert.That(all[FoiStatistics.Late], Is.EqualTo(1), "OnlineResearch, after its extension");
        Assert.That(all[FoiStatistics.InTime] + all[FoiStatistics.InTimeWithExtension] + all[FoiStatistics.Late] + all[FoiStatistics.TimelinessUnknown], Is.EqualTo(SampleResponses.All.Count));
        Assert.That(all[OutcomeCategories.RefusedCost], Is.EqualTo(1), "BodyWornVideo");
        Assert.That(all.Exemptions.Single(e => e.Citation == "s31(3)").Count, Is.EqualTo(2));

        var september = FoiStatistics.For(Samples(), new DateTime(2024, 9, 1), new DateTime(2024, 9, 30));
        Assert.That(september[FoiStatistics.Received], Is.EqualTo(1));
        Assert.That(september.ToTable(), Does.StartWith("FOI statistics, requests received 1 Sep 2024 to 30 Sep 2024\n"));
        Assert.That(september.ToCsv(), Does.StartWith("measure,count\r\nrequests received,1\r\n"));
    }
}

/// <summary>The host reading the generated list of responses.</summary>
public class RegisteredResponsesHostTests
{
    [Test]
    public void The_host_writes_every_listed_response_and_reports_an_incomplete_one()
    {
        var root = System.IO.Directory.CreateTempSubdirectory("foidsl-registry-").FullName;
        try
        {
            var listed = SampleResponses.All.Select(s => new RegisteredResponse(s.Write().Request, s.Write)).ToArray();
            using var output = new System.IO.StringWriter();
            using var error = new System.IO.StringWriter();
            Assert.That(FoiDsl.Hosting.ResponseHost.Run(new[] { "--out", root }, "Host", listed, output, error), Is.EqualTo(FoiDsl.Hosting.ResponseHost.Success), error.ToString());
            Assert.That(System.IO.Directory.GetFiles(root, "*.docx"), Has.Length.EqualTo(SampleResponses.All.Count));

            var incomplete = new RegisteredResponse(listed[0].Request, () => new ResponseDraft(listed[0].Request).Build());
            using var error2 = new System.IO.StringWriter();
            Assert.That(FoiDsl.Hosting.ResponseHost.Run(new[] { "--out", root }, "Host", new[] { incomplete }, System.IO.TextWriter.Null, error2), Is.EqualTo(FoiDsl.Hosting.ResponseHost.IncompleteResponse));
            Assert.That(error2.ToString(), Does.StartWith("error: The response to " + listed[0].Request.Reference));
        }
        finally
        {
            System.IO.Directory.Delete(root, recursive: true);
        }
    }
}
