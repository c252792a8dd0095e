namespace FoiDsl.Samples.ScottishPoliceFoisa;

/// <summary>
/// The force's response to <see cref="ScottishPoliceFoisa"/> under FOISA: the number of cameras and the
/// retention period are given, and the locations withheld under s35(1)(a) and (b). FOISA's prejudice
/// test is substantial prejudice, stated with its likelihood; one public interest test (s2(1)(b)) covers both
/// paragraphs of s35(1).
/// The request arrived on Tuesday 1 April 2025: Good Friday (18 April) is a bank holiday in Scotland but
/// Easter Monday (21 April) is not, so the 20th working day (s10(1), s73) is Wednesday 30 April.
/// </summary>
public static class ScottishPoliceFoisaResponse
{
    /// <summary>Writes the response.</summary>
    [ResponseTo(typeof(ScottishPoliceFoisa))]
    public static FoiResponse Write() =>
        ScottishPoliceFoisa.Respond()
            .RespondedOn(new System.DateTime(2025, 4, 29))
            .ExtentOfSearches(
                "The Roads Policing ANPR Unit, which manages the force's ANPR infrastructure, searched its asset register for the cameras it operates and the force's records management schedule for the retention period.")
            .Decision(
                "The force holds the information you asked for. The number of cameras and the retention period are given below. The locations of the cameras are withheld, for the reasons explained in this letter.")
            .NumberOfCameras(
                "Strathmore Police operates 64 fixed ANPR cameras. This figure does not include cameras fitted to police vehicles, which move from place to place.")
            .Retention(
                "Data captured by the cameras (the vehicle registration mark, an image, the time and the camera) is kept for 12 months and then deleted automatically, unless it is needed as evidence in an investigation, in line with the National ANPR Standards for Policing and Law Enforcement.")
            .EvidenceOfHarm(
                [Foisa.S35 + "(a)", Foisa.S35 + "(b)"],
                HarmLikelihood.WouldBeLikelyTo,
                "Fixed ANPR cameras are used to detect vehicles linked to crime, including vehicles used in drug supply, acquisitive crime, and by people who travel into the force area to offend. They work because people who use vehicles in crime do not know exactly where the cameras are.",
                "A response under the Act is a disclosure to the world. A list of camera locations by road and junction would let anyone plan a route that avoids every camera. Offenders would be likely to use it in that way, and the force's ability to prevent and detect crime, and to trace and apprehend offenders, would be prejudiced substantially: the harm would be real and of significant scale, not trivial.",
                "The harm would not end with this force area. Combined with information from other areas, a list of locations would help offenders to map gaps in coverage across Scotland.")
            .PublicInterestTest(
                Foisa.S35,
                favouringDisclosure:
                [
                    "Disclosure would show how and where the force uses surveillance technology on public roads, and so inform public debate about its proportionality and its effect on privacy.",
                    "It would let the public judge whether cameras are placed where they are most useful for catching offenders, and how public money spent on the network is used.",
                ],
                favouringNonDisclosure:
                [
                    "There is a strong public interest in the force being able to prevent and detect crime. Revealing where the cameras are would make them far less effective and would assist people intent on crime.",
                    "Offenders who knew where every camera is could avoid detection and evade arrest, and fewer offenders would be brought to justice.",
                    "The use of ANPR is already governed by national standards and independent oversight, which gives assurance about privacy without revealing locations.",
                ])
            .BalanceTest(
                "The force recognises the public interest in openness about surveillance on public roads, and has given the number of cameras and the retention period to meet it.",
                "That interest is outweighed by the public interest in the cameras remaining effective in preventing and detecting crime and in apprehending offenders. The force has concluded that, in all the circumstances, the public interest in disclosing the locations is outweighed by that in maintaining the exemptions.")
            .Build();
}
