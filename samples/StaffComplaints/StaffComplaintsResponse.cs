using static FoiDsl.Answer;

namespace FoiDsl.Samples.StaffComplaints;

/// <summary>
/// The council's response to <see cref="StaffComplaints"/>: most of the information is given; the
/// published 2021/22 figures are pointed to (s21), and names, job titles and a small number are
/// withheld as personal data, with the legitimate-interests test (s40(2)). Copies of every complaint
/// (Q6) are refused on cost with the estimate (s12(1)), and the rest of the request is answered.
/// </summary>
public static class StaffComplaintsResponse
{
    /// <summary>Writes the response.</summary>
    [ResponseTo(typeof(StaffComplaints))]
    public static FoiResponse Write() =>
        StaffComplaints.Respond()
            .RespondedOn(new System.DateTime(2024, 3, 28))
            .ExtentOfSearches(
                "The Customer Feedback Team searched the council's complaints case management system for complaints recorded as being about the conduct of an employee, and the HR team checked its records of disciplinary outcomes for the same period.")
            .Decision(
                "The council holds the information you asked for. Most of it is provided below. The figures for 2021/22 are already published, some personal information about individual employees is withheld, and copying every complaint would cost more than the appropriate limit, as explained in this letter.")
            .ComplaintsReceived(
                "2022/23: 47. 2023/24 (1 April 2023 to 4 March 2024): 39. The figures for 2021/22 are published in the council's annual complaints report.")
            .ComplaintsUpheld(
                "2021/22: 11. 2022/23: 14. 2023/24: 9. These include complaints upheld in part.")
            .StaffConcerned(
                "Of the 34 upheld complaints: Waste and Street Scene 12; Revenues and Benefits 8; Housing Services 7; Planning and Building Control 4; Customer Services 3. The names and job titles of the employees are withheld.")
            .Dismissals(
                "Fewer than five across the three years. The exact number is withheld.")
            .Policy(
                "Yes. The council's Complaints about Staff procedure is attached to this response. Complaints about staff follow stage 1 and stage 2 of the corporate complaints procedure, with any disciplinary matter passed to HR.")
            .ReasonablyAccessible(
                "The number of complaints about staff conduct received in 2021/22 is given in table 3 of the council's Annual Complaints and Compliments Report 2021/22, published on its website.",
                "https://www.brackenfield.gov.uk/complaints/annual-report-2021-22")
            .LegitimateInterestsTest(
                "There is a legitimate interest in knowing that complaints about council staff are taken seriously and that poor conduct has consequences, and in holding the council to account for the service its employees give.",
                "That interest is met by the figures by year and by department given above. Naming or describing the individual employees, or giving an exact number of dismissals small enough to point to particular people, is not necessary to meet it.",
                "Employees have a reasonable expectation that complaints about them, and any disciplinary action, are handled in confidence within the employment relationship and will not be made public. Disclosure to the world could cause them distress and damage their reputations and future employment, particularly where a complaint was only upheld in part. The council has concluded that their rights and freedoms override the legitimate interest, so disclosure would not be lawful under Article 6(1)(f) UK GDPR and would breach the first data protection principle.")
            .CostEstimate(CostEstimate.Against(AppropriateLimit.Standard)
                .Activity(CostActivity.Retrieving, "open each complaint case file in the case management system and find the complaint as first received", 134, 4m)
                .Activity(CostActivity.Extracting, "copy each complaint, with any attachments, out of its case file", 134, 6m))
            .AdviceAndAssistance(
                "Copies of the complaints received in one quarter of one year could be provided within the limit; if you would like that, please say which quarter.",
                "If you would like the figures for 2021/22 broken down by department in the same way as the later years, please let us know and we will treat this as a new request.")
            .Build();
}
