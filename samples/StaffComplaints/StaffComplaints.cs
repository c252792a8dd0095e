using FoiDsl;
using static FoiDsl.Exemptions;

namespace FoiDsl.Samples.StaffComplaints;

/// <summary>
/// A request to a district council about complaints against its staff. The council answers every
/// question, but withholds in part: the 2021/22 figures are already published (s21) and the names
/// and job titles of staff complained about, and the exact number of dismissals, are third-party
/// personal data (s40(2)). Copies of every complaint would cost more than the appropriate limit to
/// provide, so that question alone is refused under s12(1), with the estimate and advice.
/// </summary>
[FoiRequest("FOI-24-0562", Authority = "Brackenfield District Council", Received = "2024-03-04", Title = "Complaints about staff conduct")]
public static partial class StaffComplaints
{
    [Scope]
    public const string Period = "Please cover the financial years 2021/22, 2022/23 and 2023/24 (to the date of my request).";

    [Question(1)]
    [Exempt(S21, Part = "the figures for 2021/22")]
    public const string ComplaintsReceived = "How many complaints about the conduct of council staff did you receive in each year?";

    [Question(2)]
    public const string ComplaintsUpheld = "How many of those complaints were upheld, in whole or in part?";

    [Question(3)]
    [Exempt(S40, Part = "the names and job titles of the staff members concerned")]
    public const string StaffConcerned =
        "For each upheld complaint, please give the department, and the name and job title of the member of staff complained about.";

    [Question(4)]
    [Exempt(S40, Part = "the exact number where it is fewer than five")]
    public const string Dismissals = "How many members of staff were dismissed following an upheld complaint?";

    [Question(5)]
    public const string Policy = "Do you have a written procedure for handling complaints about staff, and can you provide it?";

    [Question(6)]
    [ExceedsCostLimit]
    public const string ComplaintCopies = "Please provide a copy of every complaint about staff conduct received in the period, with personal details removed.";
}
