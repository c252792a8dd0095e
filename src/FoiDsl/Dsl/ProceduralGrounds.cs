namespace FoiDsl;

/// <summary>Citations of the procedural grounds for refusing a whole request, for <see cref="RefuseRequestAttribute"/>.</summary>
public static class ProceduralGrounds
{
    /// <summary>s12(1) – complying would exceed the appropriate cost limit (£600 central government, £450 others, at £25 an hour).</summary>
    public const string S12 = "s12(1)";

    /// <summary>s12(2) – even confirming or denying whether the information is held would exceed the cost limit.</summary>
    public const string S12ConfirmOrDeny = "s12(2)";

    /// <summary>s14(1) – the request is vexatious.</summary>
    public const string S14 = "s14(1)";

    /// <summary>s14(2) – the request repeats an earlier one from the same person without a reasonable interval.</summary>
    public const string S14Repeated = "s14(2)";
}
