using FoiDsl;

namespace FoiDsl.Samples.DroneFlights;

/// <summary>
/// A request to a police force about drone and police helicopter flights. The force answers for
/// its own drones; the helicopter and regional unit's information is held by other bodies, so
/// those questions are answered "not held" with the reason, and the advice names where to ask.
/// </summary>
[FoiRequest("FOI 2024-0931", Authority = "Mercia Vale Police", Received = "2024-05-20", Title = "Drone and air support flights")]
public static partial class DroneFlights
{
    [Preamble]
    public const string Context =
        "I am researching the use of aerial surveillance by police forces for a community newsletter.";

    [Scope]
    public const string Period = "Please answer for the calendar year 2023.";

    [Question(1)]
    public const string ForceDroneFlights = "How many flights were made by drones operated by Mercia Vale Police?";

    [Question(2)]
    public const string DroneFleet = "How many drones does the force own, and of what models?";

    [Question(3)]
    public const string HelicopterHours =
        "How many hours did police helicopters spend flying over the Mercia Vale area?";

    [Question(4)]
    public const string RegionalUnitDrones =
        "How many drone flights in the Mercia Vale area were made by the regional organised crime unit?";
}
