using FoiDsl;
using static FoiDsl.Exemptions;

namespace FoiDsl.Samples.CovertSources;

/// <summary>
/// A request to a police force asking whether informants or other covert human intelligence
/// sources were used at a named protest. The force neither confirms nor denies holding any of the
/// information: s23(5) (absolute) and, in the alternative, s24(2) and s31(3) (qualified).
/// </summary>
[FoiRequest("FOI/2024/01187", Authority = "Wessex Constabulary", Received = "2024-07-15", Title = "Covert human intelligence sources at the Harbourside march")]
[NeitherConfirmNorDeny(S23, S24, S31)]
public static partial class CovertSources
{
    [Preamble]
    public const string Context =
        "My questions concern the climate march through the Harbourside area of Kingsport on Saturday 8 June 2024.";

    [Question(1)]
    public const string SourcesDeployed =
        "Did Wessex Constabulary deploy any informants or covert human intelligence sources (CHIS) among the people taking part in the march?";

    [Question(2, If = 1)]
    public const string NumberDeployed = "If so, how many were deployed?";

    [Question(3)]
    public const string AuthorisationRank = "What was the rank of the officer who authorised each deployment?";

    [Question(4)]
    public const string PaymentsMade = "How much was paid to any such source in connection with the march?";

    [Question(5)]
    public const string OtherAgencies =
        "Were any other agencies involved in tasking sources at the march, and if so which?";
}
