using FoiDsl;
using static FoiDsl.Exemptions;

namespace FoiDsl.Samples.SocialMediaMonitoring;

/// <summary>
/// A request to a police force about social listening and media monitoring tools. The force
/// answers Q1–Q5 and Q9 and withholds the media monitoring supplier, spend and contract end date
/// (Q6–Q8) on national security and law enforcement grounds.
/// </summary>
[FoiRequest("FOI 0412/23", Authority = "North Yorkshire Police", Received = "2023-05-02", Title = "Social media monitoring")]
public static partial class SocialMediaMonitoring
{
    [Question(1)]
    public const string UsesSocialListening = "Do you use a social listening platform?";

    [Question(2, If = 1)]
    public const string SocialListeningTools = "If so, what tools do you use?";

    [Question(3, If = 1)]
    public const string SocialListeningSpend = "How much do you spend annually on a social listening tool?";

    [Question(4, If = 1)]
    public const string SocialListeningContractEnd = "Which month & year does your contract with your supplier end?";

    [Question(5)]
    public const string UsesMediaMonitoring = "Do you use a media monitoring platform?";

    [Question(6, If = 5)]
    [Exempt(S24, S31)]
    public const string MediaMonitoringTools = "If so, what tools do you use?";

    [Question(7, If = 5)]
    [Exempt(S24, S31)]
    public const string MediaMonitoringSpend = "How much do you spend annually on a media monitoring tool?";

    [Question(8, If = 5)]
    [Exempt(S24, S31)]
    public const string MediaMonitoringContractEnd = "Which month & year does your contract with your supplier end?";

    [Question(9)]
    public const string BudgetHolder = "Who is the budget holder for these contracts?";
}
