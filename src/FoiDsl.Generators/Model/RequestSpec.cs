using System;
using FoiDsl.Generators.Shared;
using System.Collections.Generic;
using System.Linq;
using FoiDsl.Generators.Catalogue;

namespace FoiDsl.Generators.Model;

/// <summary>One question of a request, as declared: <c>[Question(6, If = 5)][Exempt(S24, S31)] const string Name = "wording";</c>.</summary>
/// <param name="Number">The question's number.</param>
/// <param name="Name">The field name; the builder method that answers it has the same name.</param>
/// <param name="Wording">The question as received.</param>
/// <param name="Condition">The number of the question it depends on, or 0.</param>
/// <param name="Citations">The exemptions claimed, as canonical citations; empty when the question is answered.</param>
/// <param name="NeitherConfirmNorDeny">The NCND provisions relied on (e.g. s24(2)); empty unless the question is neither confirmed nor denied.</param>
/// <param name="IsValid">False when a citation names no catalogue exemption (FOI0006), an NCND citation has no NCND limb, or the question both withholds and neither confirms nor denies (FOI0012).</param>
internal sealed record QuestionSpec(
    int Number,
    string Name,
    string Wording,
    int Condition,
    EquatableArray<string> Citations,
    EquatableArray<string> NeitherConfirmNorDeny,
    bool IsValid)
{
    /// <summary>The parts withheld while the rest of the question is answered (<c>[Exempt(..., Part = "...")]</c>).</summary>
    public EquatableArray<PartSpec> Parts { get; init; } = EquatableArray<PartSpec>.Empty;

    /// <summary>The number as the requester wrote it (<c>[Question(4, Label = "4a")]</c>); empty for an unnumbered request (<c>[Question]</c>); null when it is the number.</summary>
    public string? AsReceived { get; init; }

    /// <summary>The cost refusal of the question or a part of it (<c>[ExceedsCostLimit]</c>), or null.</summary>
    public CostRefusalSpec? CostRefusal { get; init; }

    /// <summary>True when the whole question is refused on cost (s12) and so gets no answer method.</summary>
    public bool IsRefusedOnCost => CostRefusal is { Part: null };

    /// <summary>True for "If not, …" (<c>IfNot = n</c>): the question applies when its condition is answered No.</summary>
    public bool ConditionIsNo { get; init; }

    /// <summary>The regime the question is answered under: its own, or its request's.</summary>
    public Regime Regime { get; init; }

    /// <summary>True when the information asked for is on emissions (<c>OnEmissions = true</c>, EIR reg 12(9)).</summary>
    public bool OnEmissions { get; init; }

    public bool IsWithheld => Citations.Count > 0;

    public bool IsNeitherConfirmedNorDenied => NeitherConfirmNorDeny.Count > 0;

    /// <summary>The label in messages: Q4, or Q4a as received; the request itself when unnumbered.</summary>
    public string Label => AsReceived is null ? "Q" + Number : AsReceived.Length == 0 ? "the request" : "Q" + AsReceived;
}

/// <summary>
/// A <c>[FoiRequest]</c> class reduced to plain values: everything the generator emits from and the
/// response rules check against. Holds no symbols or syntax, so the pipeline caches it.
/// </summary>
internal sealed record RequestSpec(
    string? Namespace,
    string ClassName,
    EquatableArray<string> ContainingTypes,
    bool IsPartial,
    string Reference,
    string? Authority,
    string Title,
    ReceivedDate? Received,
    RefusalSpec? Refusal,
    EquatableArray<QuestionSpec> Questions)
{
    /// <summary>How the class's partial declaration starts, e.g. <c>partial class</c>, <c>static partial class</c>, <c>partial record</c>.</summary>
    public string Keyword { get; init; } = "partial class";

    /// <summary>The regime the request is answered under (<c>[FoiRequest(Regime = ...)]</c>, the authority's, or FOIA).</summary>
    public Regime Regime { get; init; }

    /// <summary>The layout named by <c>[FoiRequest(Layout = ...)]</c>, or null to take the authority's.</summary>
    public DocumentLayout? Layout { get; init; }

    /// <summary>True when the request names its regime itself; otherwise the definition takes it from the profile.</summary>
    public bool RegimeIsDeclared { get; init; }

    /// <summary>True when the assembly declares a valid <c>[assembly: FoiAuthority]</c>: the definition then carries its profile.</summary>
    public bool UsesAuthorityProfile { get; init; }

    /// <summary>The public interest extension (<c>[PublicInterestExtension]</c>, s10(3)) when both its dates parsed.</summary>
    public DatePair? Extension { get; init; }

    /// <summary>The fees notice (<c>[FeesNotice]</c>, s9 and s10(2)) when both its dates parsed.</summary>
    public DatePair? FeesNotice { get; init; }

    /// <summary>The day the last clarification arrived (s1(3)), or null.</summary>
    public ReceivedDate? ClarificationReceived =>
        Texts.Where(t => t.Kind == "Clarification" && t.Received is not null).Select(t => t.Received!)
            .OrderBy(d => (d.Year, d.Month, d.Day)).LastOrDefault();

    /// <summary>Text of the request that is not a question: <c>[Preamble]</c>, <c>[Scope]</c>, <c>[Clarification]</c>, in declaration order.</summary>
    public EquatableArray<RequestTextSpec> Texts { get; init; } = EquatableArray<RequestTextSpec>.Empty;

    /// <summary>True when the question needs an answer method: not withheld, not NCND, not refused on cost as a whole, and the request is not refused.</summary>
    public bool NeedsAnswer(QuestionSpec question) => Refusal is null && !question.IsWithheld && !question.IsNeitherConfirmedNorDenied && !question.IsRefusedOnCost;

    /// <summary>The s12 ground the response estimates the cost for: the whole request's, or the first question's refused on cost; null when none.</summary>
    public RefusalSpec? CostGround =>
        Refusal is { IsCostRefusal: true } ? Refusal
        : Questions.FirstOrDefault(q => q.CostRefusal is not null)?.CostRefusal is { } cost ? new RefusalSpec(cost.Citation, cost.IsValid) { IsCostRefusal = true, Regime = Regime } : null;

    /// <summary>The class name with its namespace and containing types, for hint names and messages.</summary>
    public string FullName =>
        (Namespace is null ? string.Empty : Namespace + ".")
        + string.Concat(ContainingTypes.Select(t => t.Substring(t.LastIndexOf(' ') + 1) + "."))
        + ClassName;

    /// <summary>
    /// Looks up a citation written in a section of the response (a public interest test, evidence of harm,
    /// reasons) under the regime it belongs to: the one it names, else a regulation under the request's
    /// environmental regime and a section under its general one.
    /// </summary>
    public CitationResolution ResolveSection(string citation) =>
        ExemptionCatalogue.ResolveSection(citation, RegimeDefinition.ForCitation(Regime, citation));

    /// <summary>
    /// What <paramref name="select"/> reads from each regime the request is answered under (its own, and an
    /// environmental one for questions answered under it), distinct and joined with "and": a rule message
    /// cites the provisions of the response's own regimes.
    /// </summary>
    public string Cite(Func<RegimeDefinition, string> select) =>
        string.Join(" and ", new[] { Regime }.Concat(Questions.Select(q => q.Regime)).Distinct().Select(r => select(RegimeDefinition.For(r))).Distinct());

    public bool HasDuplicateNumbers => Questions.GroupBy(q => q.Number).Any(g => g.Count() > 1);

    /// <summary>True when the builder can be generated: partial, numbers unique, every citation resolves.</summary>
    public bool CanGenerate => IsPartial && !HasDuplicateNumbers && Questions.All(q => q.IsValid) && Refusal is null or { IsValid: true };

    /// <summary>
    /// Every exemption claimed by any question, each once per duty, in first-claimed order: a claim to
    /// withhold cites the exemption (s31(1)); a claim to neither confirm nor deny cites its NCND
    /// provision (s31(3)). The two need their own harm and public interest test.
    /// </summary>
    public IReadOnlyList<ClaimSpec> ExemptionsClaimed() => ClaimsOf.GetValue(this, static request => request.FindExemptionsClaimed());

    /// <summary>The claims of each request, worked out once: the rules and the emitter ask many times. Kept beside the record, not in it, so they take no part in its equality.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RequestSpec, IReadOnlyList<ClaimSpec>> ClaimsOf = new();

    private IReadOnlyList<ClaimSpec> FindExemptionsClaimed()
    {
        var claims = new List<ClaimSpec>();
        foreach (var question in Questions)
        {
            var withheld = question.Citations.Concat(question.Parts.SelectMany(p => p.Citations)).Select(c => ExemptionCatalogue.Resolve(c, question.Regime));
            var ncnd = question.NeitherConfirmNorDeny.Select(c => ExemptionCatalogue.ResolveNeitherConfirmNorDeny(c, question.Regime));
            foreach (var resolution in withheld.Concat(ncnd))
            {
                if (resolution.Exemption is not { } exemption)
                {
                    continue;
                }

                var existing = claims.Find(c => c.Exemption.Id == exemption.Id && c.IsNeitherConfirmNorDeny == resolution.NeitherConfirmNorDeny);
                if (existing is null)
                {
                    claims.Add(new ClaimSpec(resolution.Canonical, exemption, resolution.NeitherConfirmNorDeny, new List<QuestionSpec> { question }));
                }
                else if (!existing.Questions.Contains(question))
                {
                    existing.Questions.Add(question);
                }
            }
        }

        return claims;
    }
}

/// <summary>Text of the request that is not a question.</summary>
/// <param name="Kind">Preamble, Scope or Clarification (the names of <c>FoiDsl.RequestTextKind</c>).</param>
/// <param name="Text">The text as written.</param>
/// <param name="Received">For a clarification, the date it was received, when it parsed.</param>
internal sealed record RequestTextSpec(string Kind, string Text, ReceivedDate? Received);

/// <summary>One part of a question withheld while the rest is answered.</summary>
/// <param name="Part">The part, in words.</param>
/// <param name="Citations">The exemptions it is withheld under, as canonical citations.</param>
internal sealed record PartSpec(string Part, EquatableArray<string> Citations);

/// <summary>A question, or a part of it, refused because its cost would exceed the limit (<c>[ExceedsCostLimit]</c>).</summary>
/// <param name="Citation">The canonical citation: s12(1) or s12(2).</param>
/// <param name="Part">The part refused, or null for the whole question.</param>
/// <param name="IsValid">False when the citation is not s12(1) or s12(2).</param>
internal sealed record CostRefusalSpec(string Citation, string? Part, bool IsValid);

/// <summary>The procedural ground a whole request is refused under (<c>[RefuseRequest]</c>).</summary>
/// <param name="Citation">The canonical citation, e.g. <c>s12(1)</c>.</param>
/// <param name="IsValid">False when the citation is not s12 or s14 (FOI0006).</param>
internal sealed record RefusalSpec(string Citation, bool IsValid)
{
    /// <summary>True for a cost ground (FOIA s12(1) or s12(2), FOISA s12(1)).</summary>
    public bool IsCostRefusal { get; init; }

    /// <summary>The regime of the ground.</summary>
    public Regime Regime { get; init; }

    /// <summary>True when the cost can be estimated with <c>CostEstimate</c>: a refusal under a regime's cost ground (FOIA s12 against <c>AppropriateLimit.Standard</c> or <c>.CentralGovernment</c>, FOISA s12 against <c>AppropriateLimit.Scotland</c>).</summary>
    public bool HasCostEstimate => IsCostRefusal && RegimeDefinition.For(Regime).CostGroundId is not null;
}

/// <summary>The date a request was received, when it parsed as a real calendar date.</summary>
internal sealed record ReceivedDate(int Year, int Month, int Day)
{
    public System.DateTime ToDateTime() => new(Year, Month, Day);

    /// <summary>The date as C# that builds it.</summary>
    public string ToCSharp() => $"new global::System.DateTime({Year}, {Month}, {Day})";
}

/// <summary>Two dates of the clock: an extension's notice and new due date, or a fees notice and its payment.</summary>
internal sealed record DatePair(ReceivedDate First, ReceivedDate Second);

/// <summary>An exemption claimed by one or more questions, to withhold (cited as the exemption) or to neither confirm nor deny (cited as its NCND provision).</summary>
internal sealed record ClaimSpec(string Citation, Exemption Exemption, bool IsNeitherConfirmNorDeny, List<QuestionSpec> Questions)
{
    public string QuestionLabels => string.Join(", ", Questions.Select(q => q.Label));

    /// <summary>The regime the claim is made under.</summary>
    public Regime Regime => Exemption.Regime;

    /// <summary>True when the claim needs a public interest test (a qualified exemption, or FOISA s18(1) neither confirm nor deny).</summary>
    public bool RequiresPublicInterestTest => ExemptionCatalogue.NeedsPublicInterestTest(Resolution);

    /// <summary>The citation as code writes it: bare for FOIA (<c>s31(1)</c>), with its regime otherwise (<c>EIR reg 12(5)(e)</c>), so fixes and messages never read a FOISA section as FOIA's.</summary>
    public string Typed => Regime == Regime.Foia ? Citation : RegimeDefinition.For(Regime).Typed(Citation);

    /// <summary>The claim as the catalogue reads it, for <see cref="ExemptionCatalogue.Covers"/>.</summary>
    public CitationResolution Resolution => new(Exemption, Citation, null, IsNeitherConfirmNorDeny);

    public override string ToString() => Citation + " – " + Exemption.Title + (IsNeitherConfirmNorDeny ? " (neither confirm nor deny)" : string.Empty);
}
