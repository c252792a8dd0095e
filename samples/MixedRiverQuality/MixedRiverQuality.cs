using FoiDsl;

namespace FoiDsl.Samples.MixedRiverQuality;

/// <summary>
/// A request to a district council about its monitoring of the River Wend at two popular swimming
/// spots, and about the staff who do it. The water quality results are environmental information
/// (EIR reg 2(1)(a), the state of water), so Q1–Q3 are answered under the EIR (FOIA s39); the summer's
/// results not yet verified by the laboratory are withheld under reg 12(4)(d) (incomplete data). The
/// staffing questions Q4–Q5 are answered under FOIA; the names of officers below senior grades are
/// withheld under s40(2) (third-party personal data).
/// </summary>
[FoiRequest("FOI-25-0907", Received = "2025-06-02", Title = "River Wend water quality monitoring")]
public static partial class MixedRiverQuality
{
    [Question(1, Regime = Regime.Eir)]
    public const string SamplingSites =
        "At how many locations on the River Wend did the council take water samples in 2024 and 2025, and where are they?";

    [Question(2, Regime = Regime.Eir)]
    [Exempt(Eir.R12_4_d, Part = "the results for samples taken since 1 May 2025, which the laboratory has not yet verified")]
    public const string SampleResults =
        "Please provide the E. coli and intestinal enterococci results for every sample taken, with the date of each sample.";

    [Question(3, Regime = Regime.Eir)]
    public const string IncidentsReported =
        "How many pollution incidents on the River Wend has the council reported to the Environment Agency since January 2024?";

    [Question(4)]
    public const string StaffNumbers =
        "How many staff (full-time equivalent) work in the team responsible for this monitoring?";

    [Question(5)]
    [Exempt(Exemptions.S40, Part = "the names of officers below head of service")]
    public const string StaffNamesAndGrades =
        "Please give the name and grade of each officer who collects or analyses the samples.";
}
