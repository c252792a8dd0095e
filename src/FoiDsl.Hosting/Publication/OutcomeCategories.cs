using System.Collections.Generic;
using System.Linq;

namespace FoiDsl.Hosting.Publication;

/// <summary>
/// The outcome categories public bodies report: granted in full, partially withheld, withheld in full,
/// neither confirm nor deny, not held, refused under s12 (cost) or s14 (vexatious or repeated).
/// </summary>
public static class OutcomeCategories
{
    /// <summary>Everything held was disclosed.</summary>
    public const string GrantedInFull = "granted in full";

    /// <summary>Some disclosed, some withheld, neither confirmed nor denied, or refused on cost.</summary>
    public const string PartiallyWithheld = "partially withheld";

    /// <summary>Nothing disclosed; withheld under exemptions.</summary>
    public const string WithheldInFull = "withheld in full";

    /// <summary>Neither confirmed nor denied as a whole.</summary>
    public const string NeitherConfirmNorDeny = "neither confirm nor deny";

    /// <summary>None of the information is held.</summary>
    public const string NotHeld = "not held";

    /// <summary>Refused because complying would exceed the cost limit (s12).</summary>
    public const string RefusedCost = "refused: cost (s12)";

    /// <summary>Refused as vexatious or repeated (s14).</summary>
    public const string RefusedVexatious = "refused: vexatious or repeated (s14)";

    /// <summary>The category of <paramref name="response"/>.</summary>
    public static string Of(FoiResponse response) => response.Outcome switch
    {
        OverallOutcome.GrantedInFull => GrantedInFull,
        OverallOutcome.PartiallyWithheld => PartiallyWithheld,
        OverallOutcome.WithheldInFull => WithheldInFull,
        OverallOutcome.NeitherConfirmNorDeny => NeitherConfirmNorDeny,
        OverallOutcome.NotHeld => NotHeld,
        _ => response.Request.RefusedUnder is { IsCostGround: false } ? RefusedVexatious : RefusedCost,
    };

    /// <summary>Every exemption and procedural ground cited, each once, in first-cited order.</summary>
    public static IReadOnlyList<string> Grounds(FoiResponse response)
    {
        var request = response.Request;
        // Every citation as claimed (s35(1)(a) and s35(1)(b) both), each with its regime when it is not FOIA ("FOISA s35(1)(a)").
        var procedural = new[] { request.RefusedUnder?.Typed }.Concat(request.RefusedOnCost.Select(q => q.CostRefusal!.Ground.Typed));
        return request.Questions.SelectMany(q => q.Claims).Select(c => c.Typed).Concat(procedural).Where(c => c is not null).Select(c => c!).Distinct().ToArray();
    }
}
