namespace FoiDsl.Samples.MixedRiverQuality;

/// <summary>
/// The council's response to <see cref="MixedRiverQuality"/>, a mixed request: the monitoring questions
/// under the EIR, the staffing ones under FOIA. The unverified 2025 results are withheld under EIR
/// reg 12(4)(d), a class exception with a public interest test (reg 12(1)(b)) and the presumption in
/// favour of disclosure (reg 12(2)); the junior officers' names under FOIA s40(2), with the
/// legitimate-interests test and no public interest test. The rights paragraphs give both regimes':
/// reconsideration under EIR reg 11, internal review for the FOIA part, and the Information Commissioner.
/// </summary>
public static class MixedRiverQualityResponse
{
    /// <summary>Writes the response.</summary>
    [ResponseTo(typeof(MixedRiverQuality))]
    public static FoiResponse Write() =>
        MixedRiverQuality.Respond()
            .RespondedOn(new System.DateTime(2025, 6, 26))
            .ExtentOfSearches(
                "The Environmental Protection team searched its sampling records and the laboratory results it has received, and its log of incidents reported to the Environment Agency. Human Resources provided the staffing figures.")
            .Decision(
                "Questions 1 to 3 ask for information about the state of the river, which is environmental information. The council has answered them under the Environmental Information Regulations 2004, as section 39 of the Freedom of Information Act 2000 requires. Questions 4 and 5 are answered under the Freedom of Information Act 2000.",
                "The council holds the information you asked for. Most of it is given below. Results the laboratory has not yet verified, and the names of some officers, are withheld, as explained in this letter.")
            .SamplingSites(
                "Two locations in both years: Ferrymead Meadow (grid reference SP 512 233), upstream of the footbridge, and Abbey Reach (SP 498 241), below the weir. Samples were taken weekly from 15 May to 30 September 2024, and have been taken weekly since 1 May 2025.")
            .SampleResults(
                "The verified results for all 40 samples taken in 2024 are attached as a spreadsheet, with the date, time and location of each sample and the E. coli and intestinal enterococci counts in colony forming units per 100 ml.")
            .IncidentsReported(
                "Seven. Three in 2024 and four between January and the date of your request. The council reports suspected pollution to the Environment Agency's incident hotline and does not investigate the source itself.")
            .StaffNumbers(
                "3.6 full-time equivalent: a team leader, two environmental protection officers and a part-time technical officer. The samples are analysed by an accredited external laboratory, not by council staff.")
            .StaffNamesAndGrades(
                "The team is led by the Head of Environmental Health and Licensing, Dr Priya Natarajan (grade SM2). The other officers are one team leader (grade 9), two environmental protection officers (grade 7) and one technical officer (grade 5). Their names are withheld.")
            .InCourseOfCompletion(
                "the council's environmental protection team with its contracted laboratory, a private company and not a public authority",
                "in August 2025, when the laboratory issues its certified report for the season",
                "Samples taken since 1 May 2025 are sent to the laboratory weekly. The laboratory issues provisional counts within days, but verifies each batch against its quality controls, and may correct or void results, before it issues a certified report. At the date of your request, the certified report for the 2025 season had not been issued.",
                "The provisional 2025 counts are therefore incomplete data: they are still being checked and may change.")
            .PublicInterestTest(
                Eir.R12_4_d,
                favouringDisclosure:
                [
                    "People swim in the River Wend at both sites, and there is a strong public interest in their knowing the current state of the water so they can decide whether to swim.",
                    "Disclosure would add to public understanding of pollution in the river and of what the council is doing about it.",
                ],
                favouringNonDisclosure:
                [
                    "Unverified counts may be corrected or voided. Publishing them could mislead people either way: telling them the water is safe when it is not, or deterring them needlessly.",
                    "The council already gives a verified weekly swimming advisory at both sites during the season, based on the laboratory's checked results, which meets the need for current advice on safety.",
                    "The certified results will be published in August 2025, a short time away.",
                ])
            .BalanceTest(
                "The council has applied the presumption in favour of disclosure. The public interest in the current state of the water is real and weighty, but it is largely met by the weekly advisories and will be met in full when the certified results are published.",
                "The council has concluded that, in all the circumstances, the public interest in maintaining the exception for the unverified results outweighs the public interest in disclosing them before they are checked.")
            .LegitimateInterestsTest(
                "There is a legitimate interest in knowing that the monitoring is carried out by suitably qualified and senior staff, and in holding the council to account for it.",
                "That interest is met by the grades and roles of the officers, and by the name of the head of service, who is publicly accountable for the work. Naming the more junior officers is not necessary to meet it.",
                "Officers below head of service do not take decisions on policy and would not expect their names to be published in answer to a request. They work in the field, where they deal with members of the public directly. Their reasonable expectations and privacy override the limited interest in their names, so disclosure would not be lawful under Article 6(1)(f) UK GDPR and would breach the first data protection principle.")
            .AdviceAndAssistance(
                "The council's weekly swimming advisories for both sites are published during the season at https://www.wendlebury.gov.uk/riverwend. If you would like the certified 2025 results, please ask again after they are published in August 2025.",
                "The Environment Agency publishes the incidents reported to it, and the water company's storm overflow records for the river, on its own website.")
            .Build();
}
