using FoiDsl;
using static FoiDsl.Answer;

namespace ResponsesProject;

/// <summary>The response to <see cref="DroneUse"/>: leave out an answer and the build fails (FOI0001).</summary>
public static class DroneUseResponse
{
    [ResponseTo(typeof(DroneUse))]
    public static FoiResponse Write() =>
        DroneUse.Respond()
            .RespondedOn(new DateTime(2025, 1, 20))
            .UsesDrones(Yes)
            .Models("Two quadcopters from one supplier.")
            .Budget(NotHeldBecause("Drones are bought from the general equipment budget, which does not record them apart."))
            .Build();
}
