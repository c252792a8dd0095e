using System;

namespace FoiDsl.Rendering;

/// <summary>
/// Lays out each response in the layout it asks for: its request's <c>[FoiRequest(Layout = ...)]</c>,
/// else its authority's <c>[assembly: FoiAuthority(Layout = ...)]</c>, else the police layout. Holds one
/// layout per <see cref="DocumentLayout"/>, so an authority's own headings and options (a layout file,
/// docs/layouts.md) apply whichever is chosen. <see cref="ResponseLayout.AsRequested"/> holds the shipped ones.
/// </summary>
public sealed class RequestedLayout : IResponseLayout
{
    /// <summary>Chooses between <paramref name="police"/> and <paramref name="letter"/> for each response.</summary>
    /// <exception cref="ArgumentException">A layout is not of the kind it is given for.</exception>
    public RequestedLayout(ResponseLayout police, ResponseLayout letter)
    {
        Police = police ?? throw new ArgumentNullException(nameof(police));
        Letter = letter ?? throw new ArgumentNullException(nameof(letter));
        if (police.Kind != DocumentLayout.Police || letter.Kind != DocumentLayout.Letter)
        {
            throw new ArgumentException("The police layout must be of kind Police and the letter layout of kind Letter.", nameof(police));
        }
    }

    /// <summary>The layout for requests that choose the police layout, or choose none.</summary>
    public ResponseLayout Police { get; }

    /// <summary>The layout for requests that choose a letter.</summary>
    public ResponseLayout Letter { get; }

    /// <summary>The layout <paramref name="request"/> asks for.</summary>
    public ResponseLayout For(FoiRequestDefinition request) =>
        (request ?? throw new ArgumentNullException(nameof(request))).Layout == DocumentLayout.Letter ? Letter : Police;

    /// <summary>A copy with <paramref name="change"/> applied to both layouts, e.g. an authority's headings or protective marking.</summary>
    public RequestedLayout With(Func<ResponseLayout, ResponseLayout> change) =>
        new((change ?? throw new ArgumentNullException(nameof(change)))(Police), change(Letter));

    /// <inheritdoc />
    public ResponseDocument Arrange(FoiResponse response) => For((response ?? throw new ArgumentNullException(nameof(response))).Request).Arrange(response);

    /// <inheritdoc />
    public ResponseDocument Arrange(ResponseLetter letter) => For((letter ?? throw new ArgumentNullException(nameof(letter))).Response.Request).Arrange(letter);
}
