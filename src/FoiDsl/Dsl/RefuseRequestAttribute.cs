using System;

namespace FoiDsl;

/// <summary>
/// Refuses the whole request on a procedural ground: s12 (the cost of compliance exceeds the
/// appropriate limit) or s14 (vexatious or repeated). The refusal notice states the ground
/// (FOIA s17(5)) and gives the requester's review and complaint rights (s17(7)); after a cost
/// refusal the authority is expected to advise how the request could be narrowed (s16, FOI0015).
/// No question gets an answer method.
/// </summary>
/// <example>
/// <code>
/// [FoiRequest("FOI 0999/24")]
/// [RefuseRequest(ProceduralGrounds.S12)]
/// public partial class AllEmailsAboutDrones { ... }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class RefuseRequestAttribute : Attribute
{
    /// <summary>Refuses the request under <paramref name="ground"/>.</summary>
    /// <param name="ground">A procedural ground from <see cref="ProceduralGrounds"/>.</param>
    public RefuseRequestAttribute(string ground)
    {
        Ground = ground;
    }

    /// <summary>The ground cited.</summary>
    public string Ground { get; }
}
