using System;
using System.Collections.Generic;
using System.Linq;

namespace FoiDsl.Rendering;

/// <summary>
/// The furniture of a letter (<see cref="DocumentLayout.Letter"/>): the authority's name and address,
/// the addressee, "Our ref / Your ref / Date", "Dear …", the opening paragraph and the sign-off. The
/// applicant and the officer who signs appear only in the letter as sent (<see cref="ResponseLetter"/>),
/// never in the published copy.
/// </summary>
internal static class LetterLayout
{
    /// <summary>Adds everything between the title and the request.</summary>
    public static void AddHead(List<DocumentBlock> blocks, FoiResponse response, ResponseLetter? letter, SectionHeadings headings)
    {
        var request = response.Request;
        var authority = request.Authority ?? request.Profile?.Name;
        if (authority is not null)
        {
            var address = request.Profile is { } profile && profile.Name == authority ? profile.Address : null;
            blocks.Add(new AddressLines(Lines(authority, address)));
        }

        if (letter is not null)
        {
            var applicant = letter.Applicant;
            blocks.Add(new AddressLines(Lines(applicant.Name, applicant.Address ?? applicant.Email)));
        }

        var references = new List<RequestDetail> { new("Our ref", Prose.Tidy(request.Reference)) };
        if (letter?.Applicant.Reference is { } yours)
        {
            references.Add(new RequestDetail("Your ref", Prose.Tidy(yours)));
        }

        if (response.RespondedOn is { } date)
        {
            references.Add(new RequestDetail("Date", Prose.Date(date)));
        }

        blocks.Add(new RequestDetails(references));
        if (letter is not null)
        {
            blocks.Add(new Paragraph($"{headings.Salutation} {Prose.Tidy(letter.Applicant.Name)},"));
        }

        blocks.Add(new Paragraph(Opening(request)));
    }

    /// <summary>The close and the signature: the officer's name and role in the letter as sent, the authority's name in the published copy.</summary>
    public static void AddSignOff(List<DocumentBlock> blocks, FoiResponse response, ResponseLetter? letter, SectionHeadings headings)
    {
        blocks.Add(new Paragraph(headings.Closing + ","));
        if (letter?.SignedBy is { } signatory)
        {
            blocks.Add(new AddressLines(new[] { Prose.Tidy(signatory.Name), Prose.Tidy(signatory.Role) }));
        }
        else if ((response.Request.Authority ?? response.Request.Profile?.Name) is { } authority)
        {
            blocks.Add(new AddressLines(new[] { Prose.Tidy(authority) }));
        }
    }

    /// <summary>
    /// "Thank you for your request for information, which we received on 2 May 2024. We have dealt with
    /// it under the Freedom of Information Act 2000." with the clarification and an extension where there are.
    /// </summary>
    internal static string Opening(FoiRequestDefinition request)
    {
        var sentences = new List<string>
        {
            request.Received is { } received
                ? $"Thank you for your request for information, which we received on {Prose.Date(received)}."
                : "Thank you for your request for information.",
        };
        if (request.ClarificationReceived is { } clarified)
        {
            sentences.Add($"You clarified it on {Prose.Date(clarified)}.");
        }

        sentences.Add($"We have dealt with it under {(request.IsMixed ? ResponseLayout.Legislation(request) : "the " + request.RegimeDefinition.Name)}.");
        if (request.Extension is not null && request.DueDate is { } due && request.RegimeDefinition.ExtensionProvision is { } provision)
        {
            sentences.Add($"We extended the time for our response to {Prose.Date(due)} under {provision}.");
        }

        return string.Join(" ", sentences);
    }

    /// <summary>A name and a postal address as lines: the address is split at commas and line breaks.</summary>
    private static IReadOnlyList<string> Lines(string name, string? address) =>
        new[] { name }
            .Concat((address ?? string.Empty).Split(new[] { ',', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries))
            .Select(Prose.Tidy)
            .Where(line => line.Length > 0)
            .ToArray();
}
