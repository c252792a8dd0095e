using static FoiDsl.Answer;
using static FoiDsl.Exemptions;

namespace FoiDsl.Samples.SocialMediaMonitoring;

/// <summary>The force's response to <see cref="SocialMediaMonitoring"/>, written with its generated builder.</summary>
public static class SocialMediaMonitoringResponse
{
    /// <summary>Writes the response. Remove any answer or public interest test below and the build fails (FOI0001, FOI0002).</summary>
    [ResponseTo(typeof(SocialMediaMonitoring))]
    public static FoiResponse Write() =>
        SocialMediaMonitoring.Respond()
            .RespondedOn(new System.DateTime(2023, 5, 30))
            .ExtentOfSearches(
                "Searches for the information you asked for were made within North Yorkshire Police. The force holds information relevant to your request.")
            .Decision(
                "I have decided to disclose some of the information found and to withhold the rest, as explained below.")
            .UsesSocialListening(No)
            .SocialListeningTools(NotApplicable)
            .SocialListeningSpend(NotApplicable)
            .SocialListeningContractEnd(NotApplicable)
            .UsesMediaMonitoring(Yes)
            .BudgetHolder("ICT")
            .EvidenceOfHarm(
                [S24, S31],
                HarmLikelihood.Would,
                "A disclosure under the Freedom of Information Act is a disclosure to the world, not only to the person who asked. Naming the monitoring products the force uses would show anyone interested which resources and methods support its intelligence work, and so where its strengths and gaps lie.",
                "Suppliers of the software would become targets: an attack that disrupted or disabled a product would cut the force off from information it relies on to prevent and detect crime.",
                "The national threat from terrorism is assessed as substantial, meaning an attack is likely. Intelligence drawn from open sources is one of the ways such attacks are stopped, and knowing which tools are in use would help those planning harm to avoid them.",
                "The harm grows when the same question is put to every force. Answers collected across the country would let offenders map where particular products are and are not used, and choose where to act accordingly.")
            .PublicInterestTest(
                S24,
                favouringDisclosure:
                [
                    "Disclosure would tell the public how public money is spent and what measures are in place, and would inform debate about policing of social media.",
                ],
                favouringNonDisclosure:
                [
                    "Revealing the tools would make security measures less effective and could compromise current and future operations that protect the United Kingdom, increasing the risk to the public.",
                ])
            .PublicInterestTest(
                S31,
                favouringDisclosure:
                [
                    "Knowing which tools the police use would help the public understand how intelligence is gathered and judge how effective the force is.",
                    "Where public funds are spent there is a public interest in accountability for that spending.",
                ],
                favouringNonDisclosure:
                [
                    "Criminals study FOI disclosures. Details of intelligence-gathering tools would help them avoid detection and would undermine law enforcement tactics.",
                    "Exposing the force's capabilities would help anyone intent on disrupting its work, and any rise in crime that followed would put the public at risk.",
                ])
            .BalanceTest(
                "There is a real public interest in openness about policing technology and in assurance that the force manages threats well and spends money wisely.",
                "That interest is outweighed by the strong public interest in protecting the integrity of police systems and operations across the United Kingdom, and in not weakening national security or law enforcement. The balance therefore favours withholding the information.")
            .ClosingNotes(
                "Recording systems and local procedures differ between forces, so this response should not be compared with answers you receive from other forces.")
            .Build();
}
