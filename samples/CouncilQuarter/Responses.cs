using System;
using static FoiDsl.Answer;
using static FoiDsl.Exemptions;

namespace FoiDsl.Samples.CouncilQuarter;

/// <summary>
/// The council's responses to the quarter's requests, each listed for the host by <see cref="ResponseToAttribute"/>.
/// Three are written as the letters sent (<see cref="ResponseLetter"/>: the response addressed to its
/// applicant and signed): the host publishes the response alone and writes the letter into <c>letters/</c>.
/// The applicants are fictional.
/// </summary>
public static class Responses
{
    /// <summary>The officer who signs the council's letters.</summary>
    private static readonly Signatory Officer = new("R. Holloway", "Information Governance Officer");

    /// <summary>Library visits: everything released, in a letter to the applicant by email.</summary>
    [ResponseTo(typeof(LibraryVisits))]
    public static ResponseLetter LibraryVisits() =>
        new(
            CouncilQuarter.LibraryVisits.Respond()
                .RespondedOn(new DateTime(2024, 7, 19))
                .Visits("Central Library 184,230; Eastfield 41,906; Marsh Lane 22,415; mobile library 6,380.")
                .Closures(No)
                .Build(),
            new Applicant("Ms A. Example", email: "a.example@applicant.example"),
            Officer);

    /// <summary>Council tax arrears: given, with an explanation of the one figure the council does not record.</summary>
    [ResponseTo(typeof(CouncilTaxArrears))]
    public static FoiResponse CouncilTaxArrears() =>
        CouncilQuarter.CouncilTaxArrears.Respond()
            .RespondedOn(new DateTime(2024, 7, 24))
            .Arrears("£6,412,880 in arrears for all years, of which £1,903,115 relates to 2023/24.")
            .Bailiffs("1,214 cases were passed to enforcement agents. The recovery system does not record whether the person was receiving council tax support when the case was passed, so we do not hold the number of those cases.")
            .Build();

    /// <summary>Councillors' allowances: already published, so exempt under s21.</summary>
    [ResponseTo(typeof(CouncillorAllowances))]
    public static FoiResponse CouncillorAllowances() =>
        CouncilQuarter.CouncillorAllowances.Respond()
            .RespondedOn(new DateTime(2024, 7, 15))
            .ReasonablyAccessible(
                "The council publishes the allowances and expenses paid to each councillor every year, as the Local Authorities (Members' Allowances) (England) Regulations 2003 require; the 2023/24 statement is on its website.",
                "https://www.oakhurst.example/councillors/allowances-2023-24")
            .Build();

    /// <summary>Staff sickness: team figures released, except small teams whose figures would identify people (s40(2)).</summary>
    [ResponseTo(typeof(StaffSickness))]
    public static FoiResponse StaffSickness() =>
        CouncilQuarter.StaffSickness.Respond()
            .RespondedOn(new DateTime(2024, 8, 2))
            .DaysLost("Revenues and Benefits 1,122; Waste Services 2,764; Planning 610; Housing 1,388; Customer Services 947. Figures for teams of fewer than five people are withheld.")
            .Policy("Yes. The Attendance Management Policy is attached.")
            .LegitimateInterestsTest(
                "There is a legitimate interest in how well the council manages staff absence, which costs public money and affects services.",
                "The figures for the larger teams meet that interest. Figures for a team of fewer than five people are not needed for it and would let colleagues and others work out the health of named individuals.",
                "Sickness records are health data, a special category of personal data, and staff expect them to stay confidential. Their rights outweigh the interest in the small-team figures, so releasing them would be unlawful and would breach the first data protection principle.")
            .Build();

    /// <summary>CCTV locations: withheld to prevent and detect crime (s31(1)(a)).</summary>
    [ResponseTo(typeof(CctvLocations))]
    public static FoiResponse CctvLocations() =>
        CouncilQuarter.CctvLocations.Respond()
            .RespondedOn(new DateTime(2024, 8, 9))
            .EvidenceOfHarm(
                ["s31(1)(a)"],
                HarmLikelihood.WouldBeLikelyTo,
                "A list of exact camera positions, with those that are not working, would show where the town centre and car parks are not covered, and when.",
                "Offenders could use it to choose places and times where they would not be recorded, making crime harder to prevent and offenders harder to identify.")
            .PublicInterestTest(
                "s31(1)(a)",
                favouringDisclosure: ["The public has an interest in knowing how the council spends money on CCTV and how well its cameras are maintained."],
                favouringNonDisclosure: ["Showing where cameras are not, or not working, would help people avoid them and so weaken the prevention and detection of crime in the borough."])
            .BalanceTest(
                "The council publishes the number of cameras and its spending on the system, which meets much of the interest in accountability. The exact locations and faults would add little to that and would give real help to offenders, so the balance favours withholding them.")
            .AdviceAndAssistance("The council's CCTV annual report, which gives the number of cameras by area and the cost of the service, is on its website.")
            .Build();

    /// <summary>The housing system contract: released except the pricing (s43(2)), after extending the time to weigh the public interest.</summary>
    [ResponseTo(typeof(HousingSystemContract))]
    public static FoiResponse HousingSystemContract() =>
        CouncilQuarter.HousingSystemContract.Respond()
            .RespondedOn(new DateTime(2024, 9, 13))
            .Supplier("Northgate Civic Software Ltd. The contract runs to 31 March 2027, with an option to extend for two years.")
            .Contract("A copy of the contract is attached, with the pricing schedule's day rates and discounts removed.")
            .EvidenceOfHarm(
                [S43],
                HarmLikelihood.WouldBeLikelyTo,
                "The day rates and discounts were offered for this contract alone. Rival suppliers could use them to undercut the supplier in other tenders, and the supplier told us it would expect to lose business as a result.",
                "The council is due to retender the system in 2026; publishing the rates would also weaken its own position in that negotiation.")
            .PublicInterestTest(
                S43,
                favouringDisclosure: ["There is a strong public interest in showing that a contract of this size gives value for money."],
                favouringNonDisclosure: ["Releasing the rates would harm the supplier's position and the council's ability to get the best price when it retenders."])
            .BalanceTest(
                "The total contract value and the terms of the contract are released, which allows value for money to be judged. The detailed rates add little to that and would cause real commercial harm, so the balance favours withholding them.")
            .Build();

    /// <summary>Emails about agency staff: refused because the searches would exceed the cost limit (s12(1)).</summary>
    [ResponseTo(typeof(AgencyStaffEmails))]
    public static FoiResponse AgencyStaffEmails() =>
        CouncilQuarter.AgencyStaffEmails.Respond()
            .RespondedOn(new DateTime(2024, 8, 20))
            .CostEstimate(CostEstimate.Against(AppropriateLimit.Standard)
                .Activity(CostActivity.Locating, "search the mailboxes of about 1,100 staff for the term", 6m)
                .Activity(CostActivity.Extracting, "read each of about 3,400 matching emails to see whether it is about agency workers", 3400, 1m))
            .AdviceAndAssistance("The emails of the HR business partners about agency workers for a single quarter could probably be searched within the limit. Please tell us if you would like to narrow your request that way.")
            .Build();

    /// <summary>A repeated request: refused under s14(2).</summary>
    [ResponseTo(typeof(LibraryVisitsRepeated))]
    public static FoiResponse LibraryVisitsRepeated() =>
        CouncilQuarter.LibraryVisitsRepeated.Respond()
            .RespondedOn(new DateTime(2024, 8, 12))
            .RefusalReasons(
                "You asked for the same information in request FOI-2024-0701, and we sent it to you on 19 July 2024. The figures have not changed since, so a reasonable interval has not passed between the two requests.")
            .AdviceAndAssistance("Visit figures for 2024/25 will be available from May 2025, and you are welcome to ask for them then.")
            .Build();

    /// <summary>A named investigation: neither confirmed nor denied (s31(3)).</summary>
    [ResponseTo(typeof(FraudInvestigation))]
    public static FoiResponse FraudInvestigation() =>
        CouncilQuarter.FraudInvestigation.Respond()
            .RespondedOn(new DateTime(2024, 9, 3))
            .EvidenceOfHarm(
                ["s31(3)"],
                HarmLikelihood.WouldBeLikelyTo,
                "Saying whether a named address is under investigation would tell the people concerned, and anyone else, whether the council suspects fraud there. Those under investigation could destroy evidence or change their story; those who are not could be wrongly suspected.",
                "Answering such questions for some addresses and not others would let anyone work out where investigations are under way.")
            .PublicInterestTest(
                "s31(3)",
                favouringDisclosure: ["There is a public interest in knowing that the council acts on reports of benefit fraud."],
                favouringNonDisclosure: ["Confirming or denying an investigation at a named address would prejudice the prevention and detection of crime and could be unfair to the people who live there."])
            .BalanceTest(
                "The council's annual counter-fraud report shows how it deals with reports of fraud, which meets the general interest. The balance favours neither confirming nor denying in any individual case.")
            .Build();

    /// <summary>Drones: not held, with advice on where to ask, in a letter to the applicant by post.</summary>
    [ResponseTo(typeof(Drones))]
    public static ResponseLetter Drones() =>
        new(
            CouncilQuarter.Drones.Respond()
                .RespondedOn(new DateTime(2024, 8, 23))
                .Owned(NotHeldBecause("The council does not own any drones."))
                .Flights(NotHeldBecause("The council has not flown drones and does not record flights by others."))
                .AdviceAndAssistance("Police forces record some drone flights they make or respond to, so you may wish to ask the local police force.")
                .Build(),
            new Applicant("Mr B. Sample", address: "14 Quillon Row, Oakhurst OK7 3QZ"),
            Officer);

    /// <summary>Translation spending: everything released, but after the due date, so the response says so; a letter by email and post.</summary>
    [ResponseTo(typeof(Translation))]
    public static ResponseLetter Translation() =>
        new(
            CouncilQuarter.Translation.Respond()
                .RespondedOn(new DateTime(2024, 10, 2))
                .ReasonsForDelay("We are sorry that this response is late. The figures had to be gathered from three departments' invoices, and one department's records were being moved to a new finance system.")
                .Spend("£84,215.")
                .Languages("Polish, Romanian, Urdu, Arabic and Portuguese.")
                .Build(),
            new Applicant("Dr C. Placeholder", email: "c.placeholder@applicant.example", address: "Flat 2, 9 Wenlow Terrace, Oakhurst OK4 8XJ"),
            Officer);

    /// <summary>Taxi licence revocations: given from 2019; the paper records of 2010 to 2018 would cost more than the limit to search (s12(1)).</summary>
    [ResponseTo(typeof(TaxiLicensing))]
    public static FoiResponse TaxiLicensing() =>
        CouncilQuarter.TaxiLicensing.Respond()
            .RespondedOn(new DateTime(2024, 9, 20))
            .Revocations("2019: 4; 2020: 2; 2021: 5; 2022: 3; 2023: 6; 2024 (to 2 September): 2.")
            .CostEstimate(CostEstimate.Against(AppropriateLimit.Standard)
                .Activity(CostActivity.Retrieving, "retrieve about 2,600 paper licence files for 2010 to 2018 from the archive", 2600, 0.5m)
                .Activity(CostActivity.Extracting, "read each file to see whether the licence was revoked", 2600, 2m))
            .AdviceAndAssistance("The number of revocations in one year before 2019 could be found within the limit; please tell us which year you would like.")
            .Build();
}
