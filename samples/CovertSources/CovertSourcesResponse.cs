namespace FoiDsl.Samples.CovertSources;

/// <summary>
/// The force's response to <see cref="CovertSources"/>: one neither-confirm-nor-deny statement for
/// the whole request, the harm of confirming or denying, and a public interest test for each
/// qualified NCND provision (s23(5) is absolute and needs none).
/// </summary>
public static class CovertSourcesResponse
{
    /// <summary>Writes the response.</summary>
    [ResponseTo(typeof(CovertSources))]
    public static FoiResponse Write() =>
        CovertSources.Respond()
            .RespondedOn(new System.DateTime(2024, 8, 9))
            .EvidenceOfHarm(
                ["s24(2)"],
                "Covert sources are among the most sensitive tools available to the police and to the security bodies that work alongside them. Whether a source was or was not present at a given event, in either direction, is a piece of intelligence in itself.",
                "If the force confirmed that sources were used at one march and denied it for another, groups planning serious disorder or extremist activity could learn which gatherings attract covert attention and plan around that. Keeping the same answer for every such request is required to safeguard national security.")
            .EvidenceOfHarm(
                ["s31(3)"],
                HarmLikelihood.WouldBeLikelyTo,
                "A response under the Act is a response to the world. Confirming that information is held would tell anyone involved in the march that a source may have been among them, which would be likely to expose individuals to suspicion and reprisal, whether or not they ever assisted the police.",
                "Denying that information is held would be equally revealing: it would tell people intent on crime that this kind of event is not covertly covered, and they could choose to act at similar events in future.",
                "Requests of this kind are often sent to several forces. Put together, confirmations and denials would build a picture of where and when covert tactics are used across the country, which would be likely to prejudice the prevention and detection of crime and the apprehension of offenders.",
                "People would also be less willing to give information to the police in confidence if they believed the force might say, in answer to a public request, whether sources were in place. That flow of information is vital to policing.")
            .PublicInterestTest(
                "s24(2)",
                favouringDisclosure:
                [
                    "Confirming or denying would tell the public whether the force's covert powers are used at lawful protest, a subject of legitimate public concern about the right to assemble and to express views.",
                ],
                favouringNonDisclosure:
                [
                    "Saying either way would add to the picture available to those who pose a threat to national security of where covert resources are and are not deployed, and so weaken the protection those resources give.",
                    "The use of covert sources is already subject to independent oversight by the Investigatory Powers Commissioner, which gives assurance without revealing operational detail.",
                ])
            .PublicInterestTest(
                "s31(3)",
                favouringDisclosure:
                [
                    "Confirming or denying would make the force more accountable for how it polices protest and for how it spends public money on covert tactics.",
                    "It would help people taking part in lawful protest to judge whether their privacy is being respected.",
                ],
                favouringNonDisclosure:
                [
                    "Confirming or denying would be likely to put people, including people who have never helped the police, at risk of being identified as sources, and would discourage others from coming forward.",
                    "Offenders could use a series of such answers to work out where covert tactics are used and so avoid detection, undermining the force's ability to prevent and detect crime.",
                ])
            .BalanceTest(
                "There is a real public interest in transparency about the covert policing of protest, and the force recognises that the right to peaceful protest is important.",
                "That interest does not outweigh the public interest in protecting people who may give information to the police, in keeping covert tactics effective, and in not adding to what hostile groups can learn about where those tactics are used. The balance favours neither confirming nor denying whether the information is held.")
            .ClosingNotes(
                "This response should not be taken as an indication that the information you asked for is or is not held. The force gives the same response to every request of this kind, whatever the facts.")
            .Build();
}
