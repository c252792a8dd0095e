using System;

namespace FoiDsl;

/// <summary>
/// Withholds the information asked for by a question under one or more FOIA exemptions.
/// The question gets no answer method; instead the response must carry what each exemption
/// needs: evidence of harm for prejudice-based exemptions and a public interest test for
/// qualified ones (FOIA s17(1), s17(3)).
/// </summary>
/// <example>
/// <code>
/// using static FoiDsl.Exemptions;
///
/// [Question(6, If = 5)][Exempt(S24, S31)]
/// public const string MediaMonitoringTools = "If so, what tools do you use?";
///
/// [Question(10)][Exempt(S31 + "(a)")]   // s31(1)(a): prevention or detection of crime
/// public const string Tactics = "...";
///
/// // answered, except for one part (a period, a figure, names in a document):
/// [Question(3)][Exempt(S21, Part = "the figures for 2021 and 2022")][Exempt(S40, Part = "the names of the officers")]
/// public const string Complaints = "How many complaints were made in 2021–2023, and against whom?";
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Field, Inherited = false, AllowMultiple = true)]
public sealed class ExemptAttribute : Attribute
{
    /// <summary>Claims the exemptions cited, e.g. <c>Exemptions.S24</c> or <c>"s31(1)(a)"</c>.</summary>
    /// <param name="citations">Citations of catalogue exemptions; see <see cref="Exemptions"/>.</param>
    public ExemptAttribute(params string[] citations)
    {
        Citations = citations;
    }

    /// <summary>The exemptions claimed, as cited.</summary>
    public string[] Citations { get; }

    /// <summary>
    /// The part of the information that is withheld, in words ("the names of the officers", "the
    /// figures for 2021"), when the rest of the question is answered. Without it the whole question is
    /// withheld. A question may have one <c>[Exempt]</c> per part; the question then keeps its answer
    /// method, and the response records it as answered in part.
    /// </summary>
    public string? Part { get; set; }
}
