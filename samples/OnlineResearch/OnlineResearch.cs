using FoiDsl;
using static FoiDsl.Exemptions;

namespace FoiDsl.Samples.OnlineResearch;

/// <summary>
/// A request to a police force about online research and investigation. The force answers the
/// questions about its policy and training, numbered as the requester did (1a, 1b, 1c), and
/// neither confirms nor denies whether it uses online personas or covert investigation tools
/// (s24(2), s31(3)). The force extended the time to weigh the public interest (s10(3)), and the
/// response still went out after the extended date, so it says that it is late and why.
/// </summary>
[FoiRequest("FOI 000745/24", Authority = "Thameside Police", Received = "2024-09-02", Title = "Online research and investigation")]
[PublicInterestExtension(NoticeGiven = "2024-09-27", NewDueDate = "2024-10-28")]
public static partial class OnlineResearch
{
    [Question(1, Label = "1a")]
    public const string HasPolicy = "Does the force have a policy or guidance on online research and investigation?";

    [Question(2, Label = "1b", If = 1)]
    public const string PolicyCopy = "If so, please provide a copy.";

    [Question(3, Label = "1c", IfNot = 1)]
    public const string WhyNoPolicy = "If not, how do officers know what they may and may not do online?";

    [Question(4, Label = "2")]
    public const string TrainedStaff =
        "How many officers and staff have been trained in online investigation, at each level of the national training framework?";

    [Question(5, Label = "3")]
    [NeitherConfirmNorDeny(S24, S31)]
    public const string Personas =
        "Does the force use false online identities (sometimes called 'sock puppet' accounts) to view or interact with members of the public online?";

    [Question(6, Label = "4")]
    [NeitherConfirmNorDeny(S24, S31)]
    public const string CovertTools =
        "Which software products does the force use to carry out covert online investigations?";
}
