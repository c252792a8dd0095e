using static FoiDsl.Answer;

namespace FoiDsl.Samples.DroneFlights;

/// <summary>
/// The force's response to <see cref="DroneFlights"/>: its own drone figures are given; the
/// helicopter and regional unit's figures are not held by the force, with the reason for each and
/// advice on which body to ask (s16).
/// </summary>
public static class DroneFlightsResponse
{
    /// <summary>Writes the response.</summary>
    [ResponseTo(typeof(DroneFlights))]
    public static FoiResponse Write() =>
        DroneFlights.Respond()
            .RespondedOn(new System.DateTime(2024, 6, 14))
            .ExtentOfSearches(
                "The force's Drone Unit searched its flight log system for flights in 2023, and the Operational Support department checked what records the force keeps of air support provided to it.")
            .Decision(
                "Mercia Vale Police holds the information asked for in Q1 and Q2, which is given below. It does not hold the information asked for in Q3 and Q4, for the reasons explained with each answer.")
            .ForceDroneFlights(
                "612 flights. This counts every flight recorded in the flight log, including training and maintenance flights.")
            .DroneFleet(
                "The force owned 14 drones at the end of 2023: 9 DJI Matrice 30T, 4 DJI Mavic 3 Enterprise and 1 DJI Matrice 300 RTK.")
            .HelicopterHours(NotHeldBecause(
                "Police helicopters are operated by the National Police Air Service (NPAS), which keeps the flight records. The force asks NPAS for air support but does not record how long aircraft spend over its area."))
            .RegionalUnitDrones(NotHeldBecause(
                "The Central Counties Regional Organised Crime Unit is a collaboration of four forces with its own records. Its drone flights are not recorded on Mercia Vale Police's systems."))
            .AdviceAndAssistance(
                "NPAS is a national collaboration led by West Yorkshire Police, which answers requests about NPAS. You may wish to send Q3 to West Yorkshire Police, mentioning the National Police Air Service.",
                "Requests about the Central Counties Regional Organised Crime Unit are handled by its lead force, Severnshire Police. You may wish to send Q4 there.")
            .ClosingNotes(
                "Drone flight logs are kept differently by each force, so these figures may not be comparable with figures from other forces.")
            .Build();
}
