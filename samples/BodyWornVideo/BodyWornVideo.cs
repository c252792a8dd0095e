using FoiDsl;

namespace FoiDsl.Samples.BodyWornVideo;

/// <summary>
/// A request to a police force for every incident in three years where body-worn video was not
/// switched on during a use of force, with the reasons recorded. The force's systems record use of
/// force but not whether a camera was running, so answering means reading each report by hand: the
/// request is refused under s12, with the estimate, aggregated with an earlier request from the
/// same person on the same subject (Fees Regulations 2004 reg 5).
/// </summary>
[FoiRequest("FOI 24-1187", Authority = "Severnside Constabulary", Received = "2024-06-03", Title = "Body-worn video during use of force")]
[RefuseRequest(ProceduralGrounds.S12)]
public static partial class BodyWornVideo
{
    [Scope]
    public const string Period = "For the years 2021, 2022 and 2023.";

    [Question(1)]
    public const string IncidentsWithoutVideo =
        "In how many use of force incidents was body-worn video not recording?";

    [Question(2)]
    public const string ReasonsRecorded =
        "For each of those incidents, what reason did the officer record for the camera not recording?";

    [Question(3)]
    public const string Outcomes =
        "In how many of those incidents was the officer given management advice or disciplined?";
}
