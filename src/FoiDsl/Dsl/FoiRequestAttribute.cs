using System;

namespace FoiDsl;

/// <summary>
/// Marks a <c>partial</c> class as an FOI request: the case file holding the request's metadata,
/// its questions as received and the decisions on them. The source generator adds a typed
/// response builder (<c>Respond()</c>) to the class.
/// </summary>
/// <example>
/// <code>
/// [FoiRequest("FOI 0412/23", Authority = "North Yorkshire Police", Received = "2023-05-02")]
/// public partial class SocialMediaMonitoring { ... }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class FoiRequestAttribute : Attribute
{
    /// <summary>Declares a request with the authority's reference for it.</summary>
    /// <param name="reference">The reference quoted to the requester, e.g. <c>FOI 0412/23</c>.</param>
    public FoiRequestAttribute(string reference)
    {
        Reference = reference;
    }

    /// <summary>The reference quoted to the requester.</summary>
    public string Reference { get; }

    /// <summary>The public authority answering the request, e.g. <c>North Yorkshire Police</c>.</summary>
    public string? Authority { get; set; }

    /// <summary>The date the request was received, as <c>yyyy-MM-dd</c>. The s10 time limit runs from it.</summary>
    public string? Received { get; set; }

    /// <summary>A short title for the response; defaults to the class name in words.</summary>
    public string? Title { get; set; }

    /// <summary>
    /// The regime the request is answered under: <see cref="FoiDsl.Regime.Foia"/>, <see cref="FoiDsl.Regime.Eir"/>
    /// for environmental information, <see cref="FoiDsl.Regime.Foisa"/> or <see cref="FoiDsl.Regime.EirScotland"/>
    /// in Scotland. Unset, it is the regime of <c>[assembly: FoiAuthority]</c>, or FOIA. Its catalogue reads the
    /// citations, its clock times the response, and its wording and rights are written into the response.
    /// </summary>
    public Regime Regime { get; set; }

    /// <summary>
    /// The layout this request's documents take, when not the authority's (<c>[assembly: FoiAuthority(Layout = ...)]</c>):
    /// <see cref="DocumentLayout.Police"/> or <see cref="DocumentLayout.Letter"/>. See docs/layouts.md.
    /// </summary>
    public DocumentLayout Layout { get; set; }
}
