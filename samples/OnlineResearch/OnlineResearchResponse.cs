using static FoiDsl.Answer;

namespace FoiDsl.Samples.OnlineResearch;

/// <summary>
/// The force's response to <see cref="OnlineResearch"/>: Q1a–Q2 answered, Q3 and Q4 neither
/// confirmed nor denied, with the harm of confirming or denying and the NCND public interest tests.
/// </summary>
public static class OnlineResearchResponse
{
    /// <summary>Writes the response.</summary>
    [ResponseTo(typeof(OnlineResearch))]
    public static FoiResponse Write() =>
        OnlineResearch.Respond()
            .RespondedOn(new System.DateTime(2024, 11, 1))
            .ReasonsForDelay(
                "We are sorry for the delay. Our letter of 27 September 2024 told you that we needed until 28 October to weigh the public interest. The national guidance we consulted on online personas was being revised, and we waited for the revised version so that our decision would follow it.")
            .HasPolicy(Yes)
            .PolicyCopy(
                "The force follows the national guidance on online research and investigation, supplemented by a local procedure. A copy of the local procedure, Online Research and Investigation Procedure version 3.1, is attached.")
            .WhyNoPolicy(NotApplicable)
            .TrainedStaff(
                "As at 2 September 2024: level 1 (open source awareness) 1,240; level 2 (open source researcher) 86; level 3 (advanced researcher) 21.")
            .EvidenceOfHarm(
                ["s24(2)", "s31(3)"],
                HarmLikelihood.WouldBeLikelyTo,
                "Confirming or denying whether the force uses false online identities, or any covert online tools, would tell criminals and those who threaten national security something about the force's online capability. A denial would be as useful to them as a confirmation.",
                "The same questions are regularly put to every force. Answers that confirmed use in some areas and denied it in others would, taken together, show where online covert tactics are and are not available, and those intent on harm could move their activity accordingly.",
                "Covert online methods are only effective while the people they are used against cannot be sure whether they are being used. Confirming or denying would be likely to prejudice the prevention and detection of crime.")
            .PublicInterestTest(
                "s24(2)",
                favouringDisclosure:
                [
                    "Confirming or denying would increase public understanding of how the police protect the country from online threats, and public confidence that such work is properly controlled.",
                ],
                favouringNonDisclosure:
                [
                    "Saying either way would help groups that pose a threat to national security judge whether their online activity is likely to be monitored, and so undermine work to keep the country safe.",
                ])
            .PublicInterestTest(
                "s31(3)",
                favouringDisclosure:
                [
                    "There is public concern about intrusion into people's private lives online, and confirming or denying would help the public judge whether the force's methods are proportionate.",
                ],
                favouringNonDisclosure:
                [
                    "Offenders who knew whether covert online methods were used by the force would be able to adapt their behaviour and avoid detection.",
                    "Covert online investigation is authorised and overseen under the Regulation of Investigatory Powers Act 2000 and inspected by the Investigatory Powers Commissioner's Office, which gives independent assurance without revealing tactics.",
                ])
            .BalanceTest(
                "The force recognises the public interest in openness about how it uses the internet to investigate crime. That interest is largely met by the answers given to Q1a to Q2 and by the independent oversight of covert work.",
                "It is outweighed by the public interest in not revealing, by confirming or denying, whether particular covert methods are in use. The balance favours neither confirming nor denying whether the information asked for in Q3 and Q4 is held.")
            .ClosingNotes(
                "No inference should be drawn from this response that the information asked for in Q3 and Q4 is or is not held.")
            .Build();
}
