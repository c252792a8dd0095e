namespace FoiDsl.Samples.OnlineResearch;

/// <summary>
/// The interim notice the force sent on 27 September 2024, within the 20 working days, extending the
/// time to weigh the public interest in confirming or denying (s10(3), s17(2)). Its dates come from
/// the request's <c>[PublicInterestExtension]</c>, so the notice and the final response cannot disagree.
/// </summary>
public static class OnlineResearchExtensionNotice
{
    /// <summary>Writes the notice.</summary>
    public static ExtensionNotice Write() =>
        ExtensionNotice.For(
            OnlineResearch.Request,
            new[] { "s24(2)", "s31(3)" },
            "Questions 3 and 4 ask about covert online tactics. Deciding whether to confirm or deny that we hold that information means weighing the public interest in openness about how the force investigates online against the harm to national security and law enforcement, and we want to take account of national guidance on online personas that is being revised.");
}
