using System;
using System.Linq;
using FoiDsl.Rendering;
using static FoiDsl.Answer;

namespace FoiDsl.Tests.Rendering;

/// <summary>
/// Responses shared by the rendering tests. <see cref="SocialMediaMonitoring"/> has the shape of a
/// real police reply about social media monitoring tools (nine questions, three withheld under
/// s24 and s31); all its wording is written for these tests.
/// </summary>
internal static class RenderingFixtures
{
    public const string Authority = "North Yorkshire Police";

    public static FoiRequestDefinition SocialMediaMonitoringRequest(string firstQuestion = "Does the force use a platform to listen to social media?") =>
        new(
            "FOI 0412/23",
            Authority,
            "Social media monitoring",
            new DateTime(2023, 5, 2),
            new[]
            {
                new QuestionDefinition(1, "UsesSocialListening", firstQuestion),
                new QuestionDefinition(2, "SocialListeningTools", "If it does, which products?", condition: 1),
                new QuestionDefinition(3, "SocialListeningSpend", "What is the yearly cost of that product?", condition: 1),
                new QuestionDefinition(4, "SocialListeningContractEnd", "When (month and year) does the contract expire?", condition: 1),
                new QuestionDefinition(5, "UsesMediaMonitoring", "Does the force use a platform to monitor the media?"),
                new QuestionDefinition(6, "MediaMonitoringTools", "If it does, which products?", 5, Exemptions.S24, Exemptions.S31),
                new QuestionDefinition(7, "MediaMonitoringSpend", "What is the yearly cost of that product?", 5, Exemptions.S24, Exemptions.S31),
                new QuestionDefinition(8, "MediaMonitoringContractEnd", "When (month and year) does the contract expire?", 5, Exemptions.S24, Exemptions.S31),
                new QuestionDefinition(9, "BudgetHolder", "Which department holds the budget for these contracts?"),
            });

    public static FoiResponse SocialMediaMonitoring(string firstQuestion = "Does the force use a platform to listen to social media?") =>
        new ResponseDraft(SocialMediaMonitoringRequest(firstQuestion))
            .RespondedOn(new DateTime(2023, 5, 30))
            .Answer(1, No)
            .Answer(2, NotApplicable)
            .Answer(3, NotApplicable)
            .Answer(4, NotApplicable)
            .Answer(5, Yes)
            .Answer(9, "ICT")
            .EvidenceOfHarm(
                new[] { Exemptions.S24, Exemptions.S31 },
                HarmLikelihood.Would,
                "A reply under the Act goes to everyone, not only to the person who asked.",
                "Naming the products would show offenders which monitoring capabilities the force has and which it lacks.")
            .PublicInterestTest(
                Exemptions.S24,
                new[] { "Releasing the names would show how public money is spent." },
                new[] { "Knowing the products would help those who threaten the country to avoid them." })
            .PublicInterestTest(
                Exemptions.S31,
                new[] { "Openness about policing methods supports informed public debate." },
                new[] { "Revealing the tools would weaken the force's ability to prevent and detect crime." })
            .BalanceTest("Openness carries weight, but protecting policing methods and public safety carries more, so the balance lies against releasing the withheld details.")
            .ClosingNotes("Forces record this information in different ways, so this reply should not be compared with replies from other forces.")
            .Build();

    /// <summary>A request of questions Q1, Q2, … answered in turn by <paramref name="answers"/>.</summary>
    public static FoiResponse Answered(params Answer[] answers)
    {
        var questions = answers.Select((_, i) => new QuestionDefinition(i + 1, "Question" + (i + 1), "Question number " + (i + 1) + "?"));
        var draft = new ResponseDraft(new FoiRequestDefinition("FOI 1/24", Authority, "Test request", null, questions));
        for (var i = 0; i < answers.Length; i++)
        {
            draft.Answer(i + 1, answers[i]);
        }

        return draft.Build();
    }

    public static ResponseDocument Layout(FoiResponse response) => ResponseLayout.Police.Arrange(response);
}
