using FoiDsl;
using static FoiDsl.Exemptions;

namespace FoiDsl.Samples.CouncilQuarter;

// A quarter's requests to one borough council (July to September 2024): one of each outcome the
// model supports, one answered late, one whose time was extended to weigh the public interest.

/// <summary>Granted in full.</summary>
[FoiRequest("FOI-2024-0701", Received = "2024-07-01", Title = "Library visits")]
public static partial class LibraryVisits
{
    [Question(1)] public const string Visits = "How many visits did each library receive in 2023/24?";
    [Question(2)] public const string Closures = "Are any library closures planned for 2024/25?";
}

/// <summary>Granted in full, with one figure explained as not recorded.</summary>
[FoiRequest("FOI-2024-0715", Received = "2024-07-03", Title = "Council tax arrears")]
public static partial class CouncilTaxArrears
{
    [Question(1)] public const string Arrears = "What was the total of council tax arrears on 31 March 2024?";
    [Question(2)] public const string Bailiffs = "How many cases were passed to enforcement agents in 2023/24, and how many of those were of people receiving council tax support?";
}

/// <summary>Withheld in full: already published (s21).</summary>
[FoiRequest("FOI-2024-0733", Received = "2024-07-08", Title = "Councillors' allowances")]
public static partial class CouncillorAllowances
{
    [Question]
    [Exempt(S21)]
    public const string Allowances = "Please send me the allowances and expenses paid to each councillor in 2023/24.";
}

/// <summary>Partially withheld: small numbers that would identify staff (s40(2)).</summary>
[FoiRequest("FOI-2024-0741", Received = "2024-07-10", Title = "Staff sickness absence")]
public static partial class StaffSickness
{
    [Question(1)]
    [Exempt(S40, Part = "the figures for teams of fewer than five people")]
    public const string DaysLost = "How many working days were lost to sickness in each team in 2023/24?";

    [Question(2)] public const string Policy = "Do you have an attendance management policy?";
}

/// <summary>Withheld in full: prevention and detection of crime (s31(1)(a)).</summary>
[FoiRequest("FOI-2024-0758", Received = "2024-07-15", Title = "CCTV camera locations")]
public static partial class CctvLocations
{
    [Question(1)]
    [Exempt(S31 + "(a)")]
    public const string Locations = "Please give the exact location of every CCTV camera the council operates, including those that are not working.";
}

/// <summary>Partially withheld (s43(2)), after a public interest extension (s10(3)), in time.</summary>
[FoiRequest("FOI-2024-0772", Received = "2024-07-22", Title = "Housing IT system contract")]
[PublicInterestExtension(NoticeGiven = "2024-08-16", NewDueDate = "2024-09-17")]
public static partial class HousingSystemContract
{
    [Question(1)] public const string Supplier = "Who supplies the council's housing management system, and when does the contract end?";

    [Question(2)]
    [Exempt(S43, Part = "the supplier's day rates and discounts")]
    public const string Contract = "Please send a copy of the contract, including its pricing schedule.";
}

/// <summary>Refused: the cost of compliance exceeds the limit (s12(1)).</summary>
[FoiRequest("FOI-2024-0790", Received = "2024-08-01", Title = "Emails about agency staff")]
[RefuseRequest(ProceduralGrounds.S12)]
public static partial class AgencyStaffEmails
{
    [Question] public const string Emails = "Please send every email sent or received by council staff since January 2022 that mentions agency workers.";
}

/// <summary>Refused: a repeated request (s14(2)).</summary>
[FoiRequest("FOI-2024-0795", Received = "2024-08-05", Title = "Library visits (repeated)")]
[RefuseRequest(ProceduralGrounds.S14Repeated)]
public static partial class LibraryVisitsRepeated
{
    [Question] public const string Visits = "How many visits did each library receive in 2023/24?";
}

/// <summary>Neither confirmed nor denied (s31(3)).</summary>
[FoiRequest("FOI-2024-0811", Received = "2024-08-12", Title = "Benefit fraud investigation")]
public static partial class FraudInvestigation
{
    [Question]
    [NeitherConfirmNorDeny(S31)]
    public const string Investigation = "Is the council investigating the housing benefit claims made at 14 Mill Lane, Oakhurst?";
}

/// <summary>Not held, with advice on where the information may be held.</summary>
[FoiRequest("FOI-2024-0826", Received = "2024-08-19", Title = "Drones")]
public static partial class Drones
{
    [Question(1)] public const string Owned = "How many drones does the council own?";
    [Question(2)] public const string Flights = "How many times were drones flown over Oakhurst town centre in 2023?";
}

/// <summary>Granted in full, but late: it says so and why.</summary>
[FoiRequest("FOI-2024-0840", Received = "2024-08-27", Title = "Translation and interpreting")]
public static partial class Translation
{
    [Question(1)] public const string Spend = "How much did the council spend on translation and interpreting in 2023/24?";
    [Question(2)] public const string Languages = "Which five languages were most often requested?";
}

/// <summary>Answered, except for years whose records would cost too much to search (s12(1)).</summary>
[FoiRequest("FOI-2024-0857", Received = "2024-09-02", Title = "Taxi licence revocations")]
public static partial class TaxiLicensing
{
    [Question(1)]
    [ExceedsCostLimit(Part = "the years 2010 to 2018, held only on paper")]
    public const string Revocations = "How many taxi driver licences were revoked in each year from 2010 to 2024?";
}
