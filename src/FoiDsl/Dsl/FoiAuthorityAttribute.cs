using System;

namespace FoiDsl;

/// <summary>
/// The public authority whose responses an assembly holds, declared once:
/// <c>[assembly: FoiAuthority("North Yorkshire Police", ReviewEmail = "...")]</c>. Every request in
/// the assembly gets it (a request's own <c>Authority</c> still names it where given), and the
/// review paragraph every refusal carries (FOIA s17(7)(a)) says how to ask for the review: by email,
/// by post, or both.
/// </summary>
/// <example>
/// <code>
/// [assembly: FoiAuthority("Office of the Police and Crime Commissioner", Article = "the",
///     ReviewEmail = "info@opcc.example.gov.uk", ReviewAddress = "OPCC, 1 High Street, Exampleton EX1 1AA",
///     Website = "https://www.opcc.example.gov.uk")]
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Assembly, Inherited = false, AllowMultiple = false)]
public sealed class FoiAuthorityAttribute : Attribute
{
    /// <summary>Declares the authority by its name, without an article: <c>North Yorkshire Police</c>, <c>Office of the Police and Crime Commissioner</c>.</summary>
    public FoiAuthorityAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The authority's name.</summary>
    public string Name { get; }

    /// <summary>The article the name takes in a sentence (<c>the</c> for "the Office of …"); none by default.</summary>
    public string? Article { get; set; }

    /// <summary>The authority's postal address.</summary>
    public string? Address { get; set; }

    /// <summary>The email address requests for an internal review go to.</summary>
    public string? ReviewEmail { get; set; }

    /// <summary>The postal address requests for an internal review go to.</summary>
    public string? ReviewAddress { get; set; }

    /// <summary>The authority's web site.</summary>
    public string? Website { get; set; }

    /// <summary>
    /// The regime the authority's requests are answered under unless a request names another:
    /// <see cref="FoiDsl.Regime.Foisa"/> for a Scottish public authority; FOIA when unset.
    /// </summary>
    public Regime Regime { get; set; }

    /// <summary>
    /// The layout the authority's documents take unless a request names another: <see cref="DocumentLayout.Police"/>
    /// (the default) or <see cref="DocumentLayout.Letter"/>. See docs/layouts.md.
    /// </summary>
    public DocumentLayout Layout { get; set; }
}
