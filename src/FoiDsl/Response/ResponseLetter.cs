using System;

namespace FoiDsl;

/// <summary>The person who made the request: the letter is addressed to them, and nothing published ever names them.</summary>
public sealed class Applicant
{
    /// <summary>An applicant by name, with the email or postal address the letter goes to and their own reference for the request.</summary>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    public Applicant(string name, string? email = null, string? address = null, string? reference = null)
    {
        Reference = string.IsNullOrWhiteSpace(reference) ? null : reference!.Trim();
        Name = string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("An applicant needs a name (s8(1)(b): a request states the applicant's name).", nameof(name)) : name.Trim();
        Email = string.IsNullOrWhiteSpace(email) ? null : email!.Trim();
        Address = string.IsNullOrWhiteSpace(address) ? null : address!.Trim();
    }

    /// <summary>The applicant's name.</summary>
    public string Name { get; }

    /// <summary>The email address the letter goes to, or null.</summary>
    public string? Email { get; }

    /// <summary>The postal address the letter goes to, or null.</summary>
    public string? Address { get; }

    /// <summary>The applicant's own reference for the request, printed as "Your ref" in a letter, or null.</summary>
    public string? Reference { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>The officer who signs the letter.</summary>
/// <param name="Name">The officer's name.</param>
/// <param name="Role">Their role, e.g. <c>Disclosure Officer</c>.</param>
public sealed record Signatory(string Name, string Role);

/// <summary>
/// A response as sent: the <see cref="FoiResponse"/> addressed to its <see cref="Applicant"/> and
/// signed. The applicant is held here and only here: a <see cref="FoiResponse"/> has no applicant,
/// so the published copy (<see cref="PublishedCopy"/>), a disclosure log or statistics built from
/// responses cannot name them.
/// </summary>
public sealed class ResponseLetter
{
    /// <summary>Addresses <paramref name="response"/> to <paramref name="applicant"/>, signed by <paramref name="signedBy"/>.</summary>
    public ResponseLetter(FoiResponse response, Applicant applicant, Signatory? signedBy = null)
    {
        Response = response ?? throw new ArgumentNullException(nameof(response));
        Applicant = applicant ?? throw new ArgumentNullException(nameof(applicant));
        if (signedBy is not null && (string.IsNullOrWhiteSpace(signedBy.Name) || string.IsNullOrWhiteSpace(signedBy.Role)))
        {
            throw new ArgumentException("The officer who signs needs a name and a role.", nameof(signedBy));
        }

        SignedBy = signedBy;
    }

    /// <summary>The response.</summary>
    public FoiResponse Response { get; }

    /// <summary>Who the letter is addressed to.</summary>
    public Applicant Applicant { get; }

    /// <summary>The officer who signs, or null.</summary>
    public Signatory? SignedBy { get; }

    /// <summary>The copy for publication (a disclosure log): the response alone, with no applicant and no signature.</summary>
    public FoiResponse PublishedCopy => Response;
}
