using System;
using System.Collections.Generic;
using System.Linq;

namespace FoiDsl.Hosting;

/// <summary>One response as the host built it: the response, or why it is incomplete.</summary>
/// <param name="Reference">The request's reference.</param>
/// <param name="Request">The request's definition, when known before building.</param>
/// <param name="Response">The response, or null when incomplete.</param>
/// <param name="Problem">Why the response is incomplete, or null.</param>
/// <param name="Letter">The letter as sent, when the response method writes one; its <see cref="ResponseLetter.PublishedCopy"/> is <paramref name="Response"/>.</param>
internal sealed record BuiltResponse(string Reference, FoiRequestDefinition? Request, FoiResponse? Response, IncompleteResponseException? Problem, ResponseLetter? Letter = null);

/// <summary>
/// Where a host's responses come from: the generated list (<c>FoiResponses.All</c>), each built on its
/// own so one incomplete response does not hide the others, or a function building them all at once.
/// </summary>
internal sealed class ResponseSource
{
    private readonly IReadOnlyList<RegisteredResponse>? _listed;
    private readonly Func<IEnumerable<FoiResponse>>? _all;

    public ResponseSource(IEnumerable<RegisteredResponse> listed) => _listed = listed.ToArray();

    public ResponseSource(Func<IEnumerable<FoiResponse>> all) => _all = all;

    /// <summary>The requests known without building anything; null when the responses come from a function.</summary>
    public IReadOnlyList<FoiRequestDefinition>? Requests => _listed?.Select(r => r.Request).ToArray();

    /// <summary>Builds the responses whose reference is in <paramref name="references"/> (all when empty), in order.</summary>
    public IReadOnlyList<BuiltResponse> Build(IReadOnlyCollection<string> references)
    {
        bool Chosen(string reference) => references.Count == 0 || references.Contains(reference, StringComparer.OrdinalIgnoreCase);
        if (_listed is not null)
        {
            return _listed.Where(r => Chosen(r.Request.Reference)).Select(Build).ToArray();
        }

        try
        {
            return _all!().Where(r => Chosen(r.Request.Reference)).Select(r => new BuiltResponse(r.Request.Reference, r.Request, r, null)).ToArray();
        }
        catch (IncompleteResponseException incomplete)
        {
            return new[] { new BuiltResponse(incomplete.Reference, null, null, incomplete) };
        }
    }

    private static BuiltResponse Build(RegisteredResponse listed)
    {
        try
        {
            if (listed.WriteLetter is { } writeLetter)
            {
                var letter = writeLetter();
                return new BuiltResponse(listed.Request.Reference, listed.Request, letter.PublishedCopy, null, letter);
            }

            return new BuiltResponse(listed.Request.Reference, listed.Request, listed.Write(), null);
        }
        catch (IncompleteResponseException incomplete)
        {
            return new BuiltResponse(listed.Request.Reference, listed.Request, null, incomplete);
        }
    }
}
