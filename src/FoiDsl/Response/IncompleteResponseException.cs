using System;
using System.Collections.Generic;
using System.Linq;

namespace FoiDsl;

/// <summary>One part a response still lacks.</summary>
/// <param name="QuestionNumber">The question concerned, or null for a response-level part.</param>
/// <param name="Exemption">The exemption concerned (canonical citation), or null.</param>
/// <param name="Description">What is missing and how to supply it.</param>
public sealed record MissingPart(int? QuestionNumber, string? Exemption, string Description)
{
    /// <inheritdoc />
    public override string ToString() => Description;
}

/// <summary>
/// Thrown by <c>Build()</c> when a response is not complete. The message lists every missing part,
/// by question number and exemption, so one run shows everything left to do.
/// </summary>
public sealed class IncompleteResponseException : InvalidOperationException
{
    /// <summary>Creates the exception for <paramref name="reference"/>.</summary>
    public IncompleteResponseException(string reference, IReadOnlyList<MissingPart> missing)
        : base(Describe(reference, missing))
    {
        Reference = reference;
        Missing = missing;
    }

    /// <summary>The request's reference.</summary>
    public string Reference { get; }

    /// <summary>Every missing part.</summary>
    public IReadOnlyList<MissingPart> Missing { get; }

    private static string Describe(string reference, IReadOnlyList<MissingPart> missing) =>
        $"The response to {reference} is incomplete ({missing.Count} missing part{(missing.Count == 1 ? string.Empty : "s")}):"
        + string.Concat(missing.Select(m => Environment.NewLine + "  - " + m.Description));
}
