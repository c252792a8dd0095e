using FoiDsl;

namespace ResponsesProject;

/// <summary>An example request, as received: replace it with your own.</summary>
[FoiRequest("FOI 0001/25", Authority = "Example Police", Received = "2025-01-06", Title = "Drone use")]
public static partial class DroneUse
{
    [Question(1)]         public const string UsesDrones = "Does the force use drones?";
    [Question(2, If = 1)] public const string Models = "If so, which models?";
    [Question(3)]         public const string Budget = "What was the budget for drones last year?";
}
