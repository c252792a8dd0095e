using FoiDsl;

namespace FoiDsl.Samples.CouncilPlanningEir;

/// <summary>
/// A request to a borough council about the viability assessment a developer submitted to justify
/// providing less affordable housing than the local plan asks for on a riverside site. A decision on
/// the use of land is a measure affecting the landscape, so the information is environmental and the
/// request is answered under the EIR (FOIA s39, EIR reg 2(1)(c)). The council discloses the assessment's
/// conclusions, its own reviewer's report and the meeting dates, but withholds the developer's detailed
/// build cost figures under reg 12(5)(e) (commercial confidentiality), after the public interest test
/// and with the reg 12(2) presumption in favour of disclosure.
/// </summary>
[FoiRequest("EIR-25-0318", Received = "2025-03-03", Title = "Viability assessment for Millrace Wharf", Regime = Regime.Eir)]
public static partial class CouncilPlanningEir
{
    [Preamble]
    public const string Context =
        "My questions concern planning application 24/01462/FUL for 212 homes at Millrace Wharf, where the applicant says it can only provide 10% affordable housing against the 30% in the local plan.";

    [Question(1)]
    [Exempt(Eir.R12_5_e, Part = "the developer's itemised build cost figures")]
    public const string ViabilityAssessment =
        "Please send me the full financial viability assessment submitted by the applicant, including all appendices.";

    [Question(2)]
    public const string IndependentReview =
        "Did the council commission an independent review of the viability assessment? If so, please send me the reviewer's report.";

    [Question(3)]
    public const string Meetings =
        "On what dates did council officers meet the applicant or its agents to discuss the affordable housing offer?";

    [Question(4)]
    public const string ReviewCost = "How much did the council pay for the independent review, and who paid for it?";
}
