// This file is compiled into the runtime (namespace FoiDsl) and into the generator
// (namespace FoiDsl.Generators.Shared), which reads Layout = ... from the attributes.
#if FOIDSL_ANALYZERS
namespace FoiDsl.Generators.Shared;
#else
namespace FoiDsl;
#endif

/// <summary>
/// The shape of the documents an authority sends: chosen for all of an assembly's requests with
/// <c>[assembly: FoiAuthority(..., Layout = DocumentLayout.Letter)]</c> and for one request with
/// <c>[FoiRequest(..., Layout = ...)]</c>. See docs/layouts.md.
/// </summary>
public enum DocumentLayout
{
    /// <summary>The police (NPCC) layout: title, request details, Request, Response with its sections, rights.</summary>
    Police,

    /// <summary>
    /// A letter: the authority's name and address, the addressee (in the letter as sent, never in the
    /// published copy), "Our ref / Your ref / Date", "Dear …", each question with its answer, the response
    /// in sections, the rights paragraph and the sign-off.
    /// </summary>
    Letter,
}
