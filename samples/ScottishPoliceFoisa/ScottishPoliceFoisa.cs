using FoiDsl;

namespace FoiDsl.Samples.ScottishPoliceFoisa;

/// <summary>
/// A request to a Scottish police force for the locations of its fixed automatic number plate
/// recognition (ANPR) cameras. The force gives the number of cameras and its retention period, but
/// withholds the locations under FOISA s35(1)(a) and (b) (law enforcement): disclosure would, or would
/// be likely to, prejudice substantially the prevention and detection of crime and the apprehension or
/// prosecution of offenders. Answered under FOISA, the regime of the assembly's authority.
/// </summary>
[FoiRequest("FOI-25-0741", Received = "2025-04-01", Title = "Fixed ANPR cameras")]
public static partial class ScottishPoliceFoisa
{
    [Question(1)]
    public const string NumberOfCameras = "How many fixed ANPR cameras does Strathmore Police operate?";

    [Question(2)]
    [Exempt(Foisa.S35 + "(a)", Foisa.S35 + "(b)")]
    public const string CameraLocations = "Please give the location of each fixed ANPR camera, by road and nearest junction.";

    [Question(3)]
    public const string Retention = "How long is data captured by those cameras kept?";
}
