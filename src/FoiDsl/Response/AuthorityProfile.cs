using System;

namespace FoiDsl;

/// <summary>
/// The public authority answering: its name (with the article it takes in a sentence), its address,
/// where a requester asks for an internal review, and its web site. Declared once per assembly with
/// <see cref="FoiAuthorityAttribute"/>; the generated request definitions carry it.
/// </summary>
public sealed class AuthorityProfile
{
    /// <summary>Describes an authority.</summary>
    /// <param name="name">The name, without an article, e.g. <c>Office of the Police and Crime Commissioner</c>.</param>
    /// <param name="article">The article the name takes in a sentence (<c>the</c>), or null.</param>
    /// <param name="address">The postal address, or null.</param>
    /// <param name="reviewEmail">Where requests for an internal review are emailed, or null.</param>
    /// <param name="reviewAddress">Where requests for an internal review are posted, or null.</param>
    /// <param name="website">The web site, or null.</param>
    /// <exception cref="ArgumentException">The name is empty, or the review email has no <c>@</c>.</exception>
    public AuthorityProfile(string name, string? article = null, string? address = null, string? reviewEmail = null, string? reviewAddress = null, string? website = null)
    {
        Name = string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("An authority needs its name.", nameof(name)) : name.Trim();
        Article = Blank(article);
        Address = Blank(address);
        ReviewEmail = Blank(reviewEmail);
        if (ReviewEmail is not null && !ReviewEmail.Contains("@"))
        {
            throw new ArgumentException($"The review email of {Name}, \"{ReviewEmail}\", is not an email address.", nameof(reviewEmail));
        }

        ReviewAddress = Blank(reviewAddress);
        Website = Blank(website);
    }

    /// <summary>The name, without an article.</summary>
    public string Name { get; }

    /// <summary>The article the name takes in a sentence, or null.</summary>
    public string? Article { get; }

    /// <summary>The postal address, or null.</summary>
    public string? Address { get; }

    /// <summary>Where requests for an internal review are emailed, or null.</summary>
    public string? ReviewEmail { get; }

    /// <summary>Where requests for an internal review are posted, or null.</summary>
    public string? ReviewAddress { get; }

    /// <summary>The web site, or null.</summary>
    public string? Website { get; }

    /// <summary>The regime the authority's requests are answered under unless a request names another: FOIA, or FOISA for a Scottish public authority.</summary>
    public Regime Regime { get; init; } = Regime.Foia;

    /// <summary>The layout the authority's documents take unless a request names another: the police layout, or a letter (docs/layouts.md).</summary>
    public DocumentLayout Layout { get; init; } = DocumentLayout.Police;

    /// <summary>The name as it reads in a sentence: <c>the Office of the Police and Crime Commissioner</c>, <c>North Yorkshire Police</c>.</summary>
    public string InSentence => Article is null ? Name : Article + " " + Name;

    /// <summary>
    /// How to ask for an internal review (s17(7)(a)), as the end of a sentence: <c>email reviews@… or write to …</c>;
    /// null when the profile names neither.
    /// </summary>
    public string? HowToAskForReview => (ReviewEmail, ReviewAddress) switch
    {
        ({ } email, { } post) => $"email {email} or write to {post}",
        ({ } email, null) => $"email {email}",
        (null, { } post) => $"write to {post}",
        _ => null,
    };

    /// <inheritdoc />
    public override string ToString() => InSentence;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
}
