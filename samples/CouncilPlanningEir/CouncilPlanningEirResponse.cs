namespace FoiDsl.Samples.CouncilPlanningEir;

/// <summary>
/// The council's response to <see cref="CouncilPlanningEir"/> under the EIR: the assessment is disclosed
/// with the developer's itemised build costs redacted under reg 12(5)(e). Under reg 12(5) the council must
/// show that disclosure would adversely affect the confidentiality (no "likely to": the evidence of harm
/// states no likelihood), weigh the public interest (reg 12(1)(b)) with the presumption in favour of
/// disclosure (reg 12(2)), and tell the requester of reconsideration (reg 11) and the Commissioner (reg 18).
/// </summary>
public static class CouncilPlanningEirResponse
{
    /// <summary>Writes the response.</summary>
    [ResponseTo(typeof(CouncilPlanningEir))]
    public static FoiResponse Write() =>
        CouncilPlanningEir.Respond()
            .RespondedOn(new System.DateTime(2025, 3, 27))
            .ExtentOfSearches(
                "The Development Management team searched the planning file for application 24/01462/FUL, including the documents held confidentially outside the public register, and the case officer's email account.")
            .Decision(
                "The information you asked for is environmental information: it concerns a decision on the use of land. The council has therefore dealt with your request under the Environmental Information Regulations 2004 rather than the Freedom of Information Act 2000.",
                "The council holds the information. The viability assessment is provided with one category of information removed: the developer's itemised build cost figures. The rest of your request is answered in full.")
            .ViabilityAssessment(
                "The viability assessment dated 9 September 2024, prepared for the applicant by its consultants, is attached with its appendices. The summary of the benchmark land value, gross development value, total build cost, profit and residual land value is disclosed in full. The itemised build cost plan in appendix C, and the cost rates per square metre in section 6, are redacted.")
            .IndependentReview(
                "Yes. The council commissioned an independent review from a firm of chartered surveyors. Their report of 14 November 2024, which tested the applicant's assumptions and concluded that the scheme could viably provide 18% affordable housing, is attached in full.")
            .Meetings(
                "Officers met the applicant's agents on 2 October 2024, 30 October 2024 and 11 December 2024. A further meeting took place online on 22 January 2025.")
            .ReviewCost(
                "£8,750 excluding VAT. Under the council's planning protocol, the cost of the independent review was recovered in full from the applicant.")
            .EvidenceOfHarm(
                [Eir.R12_5_e],
                "The itemised cost plan was prepared by the applicant's cost consultants from quotations given by its contractors and suppliers. It was supplied to the council in confidence for the sole purpose of testing viability, and the council's planning protocol tells applicants that such detail will not be published. The information is not trivial and is not in the public domain, so it has the necessary quality of confidence; the confidentiality is provided by the common law of confidence.",
                "The confidentiality protects a legitimate economic interest. The applicant is at present tendering the construction contract for this site and for two others in the region. Disclosing its cost rates per square metre, element by element, would tell the firms bidding for that work, and its competitors for land, exactly what it expects to pay, and would weaken its negotiating position in those tenders.",
                "Disclosure to you would be disclosure to the world, and the confidentiality could not be restored once lost. The council is satisfied that disclosure would adversely affect the confidentiality of the information and the economic interest it protects, not merely that it might do so.",
                "The information is not information on emissions, so the exception is available (regulation 12(9)).")
            .PublicInterestTest(
                Eir.R12_5_e,
                favouringDisclosure:
                [
                    "There is a strong public interest in understanding why a development may provide less affordable housing than the local plan requires, given the shortage of affordable homes in the borough.",
                    "Disclosure would allow residents to test the figures on which the council will rely when it decides the application, and would promote public participation in decisions about the environment of their area.",
                    "National planning guidance expects viability assessments to be made publicly available save in exceptional circumstances.",
                ],
                favouringNonDisclosure:
                [
                    "The assessment's conclusions, the headline figures and the council's independent review are disclosed in full, so the public can already see and challenge the case for reduced affordable housing. The itemised cost plan adds little to that understanding.",
                    "Developers must be able to give the council detailed commercial information in confidence when viability is tested. If such detail were routinely published, applicants would give less of it, and the council's ability to scrutinise viability claims would suffer.",
                    "There is a public interest in not harming the applicant's position in tenders that are still open.",
                ])
            .BalanceTest(
                "The council has applied the presumption in favour of disclosure and has given significant weight to transparency about affordable housing decisions. For that reason it has disclosed everything except the itemised cost plan and the cost rates.",
                "For that remaining information, the public interest in maintaining the exception outweighs the public interest in disclosure while the construction tenders are open, because the summary figures and the independent review already allow the viability case to be scrutinised. The council will look again at the redactions if you ask once the application has been decided.")
            .AdviceAndAssistance(
                "The planning application, the consultation responses and the officer's report, once published, are on the council's planning register at https://www.harrowfield.gov.uk/planning under reference 24/01462/FUL. The application is due to go to the Planning Committee on 10 June 2025, where members of the public may speak.")
            .Build();
}
