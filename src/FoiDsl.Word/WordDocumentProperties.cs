namespace FoiDsl.Word;

/// <summary>
/// What a Word response says about itself beyond its blocks: the request reference (the document's
/// subject) and the authority (its creator, and the page header). Either may be null.
/// </summary>
/// <param name="Reference">The request reference, e.g. <c>FOI 0412/23</c>.</param>
/// <param name="Authority">The public authority answering, e.g. <c>North Yorkshire Police</c>.</param>
public sealed record WordDocumentProperties(string? Reference, string? Authority)
{
    /// <summary>The properties of a response to <paramref name="request"/>.</summary>
    public static WordDocumentProperties For(FoiRequestDefinition request) =>
        new((request ?? throw new System.ArgumentNullException(nameof(request))).Reference, request.Authority);
}
