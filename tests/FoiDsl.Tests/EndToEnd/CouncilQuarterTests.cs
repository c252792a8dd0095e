using System;
using System.Linq;
using FoiDsl.Hosting.Publication;
using FoiDsl.Samples.CouncilQuarter;

namespace FoiDsl.Tests.EndToEnd;

/// <summary>A quarter of one council's responses: every outcome, one extension, one late, counted as public bodies report them.</summary>
public class CouncilQuarterTests
{
    private static readonly Func<FoiResponse>[] Quarter =
    {
        () => Responses.LibraryVisits().PublishedCopy, Responses.CouncilTaxArrears, Responses.CouncillorAllowances, Responses.StaffSickness,
        Responses.CctvLocations, Responses.HousingSystemContract, Responses.AgencyStaffEmails, Responses.LibraryVisitsRepeated,
        Responses.FraudInvestigation, () => Responses.Drones().PublishedCopy, () => Responses.Translation().PublishedCopy, Responses.TaxiLicensing,
    };

    [Test]
    public void The_quarters_statistics_count_every_outcome_and_the_clock()
    {
        var statistics = FoiStatistics.For(Quarter.Select(write => write()), new DateTime(2024, 7, 1), new DateTime(2024, 9, 30));

        Assert.That(statistics.Rows.Select(r => r.Measure + ": " + r.Count), Is.EqualTo(new[]
        {
            "requests received: 12",
            "answered in time: 10",
            "answered in time with a permitted extension: 1",
            "answered late: 1",
            "timeliness not known (no date of receipt or of response): 0",
            "granted in full: 3",
            "partially withheld: 3",
            "withheld in full: 2",
            "neither confirm nor deny: 1",
            "not held: 1",
            "refused: cost (s12): 1",
            "refused: vexatious or repeated (s14): 1",
        }));
        Assert.That(statistics.Exemptions.First(), Is.EqualTo(("s12(1)", 2)));
    }

    [Test]
    public void The_late_response_and_the_extended_one_say_what_they_must()
    {
        var late = FoiDsl.Rendering.ResponseLayout.Police.Arrange(Responses.Translation().PublishedCopy).Blocks.OfType<FoiDsl.Rendering.Paragraph>().Select(p => p.Text).ToList();
        Assert.That(late, Has.Some.StartsWith("This response is late. Section 10(1) of the Freedom of Information Act 2000 required us to respond by 24 September 2024"));

        var extended = Responses.HousingSystemContract();
        Assert.That(extended.Timeliness!.ExtendedDueDate, Is.EqualTo(new DateTime(2024, 9, 17)));
        Assert.That(extended.Timeliness.IsLate, Is.False);
    }
}
