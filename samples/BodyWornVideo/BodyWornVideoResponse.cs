namespace FoiDsl.Samples.BodyWornVideo;

/// <summary>The force's refusal of <see cref="BodyWornVideo"/> under s12, with its estimate and advice.</summary>
public static class BodyWornVideoResponse
{
    /// <summary>Writes the response. Change the estimate so that it no longer exceeds 18 hours and the build fails (FOI0030).</summary>
    [ResponseTo(typeof(BodyWornVideo))]
    public static FoiResponse Write() =>
        BodyWornVideo.Respond()
            .RespondedOn(new System.DateTime(2024, 6, 27))
            .RefusalReasons(
                "Use of force is recorded on a form that has no field for whether body-worn video was recording. Whether a camera was running, and why not, can only be found by reading the free-text account in each form and checking it against the video management system.",
                "The force recorded about 5,900 uses of force in the three years asked for. Even at the low figure of three minutes a form, reading them would take far more than the 18 hours the law allows.")
            .CostEstimate(CostEstimate.Against(AppropriateLimit.Standard)
                .Activity(CostActivity.Locating, "run and export the use of force reports for 2021 to 2023 from the recording system", 1.5m)
                .Activity(CostActivity.Extracting, "read the free-text account of each use of force report for whether body-worn video was recording and why not", 5900, 3m)
                .Activity(CostActivity.Extracting, "check each report where the camera was not recording against the professional standards system for the outcome", 400, 4m)
                .Aggregating("FOI 24-1012"))
            .AdviceAndAssistance(
                "The force could search the reports for a single month within the limit. If you narrow your request to one month, please say which.",
                "The total number of uses of force each year is published in the Home Office's police use of force statistics, which do not need an FOI request.")
            .Build();
}
