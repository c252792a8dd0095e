using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace FoiDsl;

/// <summary>One exemption claimed for a question: the citation as written and the catalogue entry it names.</summary>
/// <param name="Citation">The canonical citation, e.g. <c>s31(1)(a)</c>.</param>
/// <param name="Exemption">The catalogue entry.</param>
public sealed record ExemptionClaim(string Citation, Exemption Exemption)
{
    /// <summary>Resolves a citation against the catalogue.</summary>
    /// <exception cref="ArgumentException">The citation names no exemption; the message says why.</exception>
    public static ExemptionClaim Parse(string citation) => Parse(citation, Regime.Foia);

    /// <summary>Resolves a citation against <paramref name="regime"/>'s catalogue.</summary>
    /// <exception cref="ArgumentException">The citation names no ground of the regime; the message says why.</exception>
    public static ExemptionClaim Parse(string citation, Regime regime)
    {
        var resolution = ExemptionCatalogue.Resolve(citation, regime);
        if (resolution.Exemption is null)
        {
            throw new ArgumentException(resolution.Problem, nameof(citation));
        }

        if (resolution.Exemption.Kind != GroundKind.Exemption)
        {
            throw new ArgumentException($"{resolution.Canonical} ({resolution.Exemption.Title}) is a procedural ground, not an exemption that withholds information.", nameof(citation));
        }

        return new ExemptionClaim(resolution.Canonical, resolution.Exemption);
    }

    /// <summary>
    /// Resolves a citation used to neither confirm nor deny: an exemption (<c>s24(1)</c>) or its NCND
    /// provision (<c>s24(2)</c>). The claim's citation is the NCND provision.
    /// </summary>
    /// <exception cref="ArgumentException">The citation names no exemption with a neither-confirm-nor-deny limb; the message says why.</exception>
    public static ExemptionClaim ParseNeitherConfirmNorDeny(string citation, Regime regime = Regime.Foia)
    {
        var resolution = ExemptionCatalogue.ResolveNeitherConfirmNorDeny(citation, regime);
        return resolution.Exemption is null
            ? throw new ArgumentException(resolution.Problem, nameof(citation))
            : new ExemptionClaim(resolution.Canonical, resolution.Exemption);
    }

    /// <summary>Resolves the procedural ground a whole request is refused under (s12(1), s12(2), s14(1), s14(2)).</summary>
    /// <exception cref="ArgumentException">The citation is not such a ground; the message says why.</exception>
    public static ExemptionClaim ParseProceduralGround(string citation, Regime regime = Regime.Foia)
    {
        var resolution = ExemptionCatalogue.ResolveProceduralGround(citation, regime);
        return resolution.Exemption is null
            ? throw new ArgumentException(resolution.Problem, nameof(citation))
            : new ExemptionClaim(resolution.Canonical, resolution.Exemption);
    }

    /// <summary>
    /// Resolves the citation a public interest test or evidence of harm is written for: an exemption
    /// (<c>s31(1)</c>) for the duty to communicate the information, or its neither-confirm-nor-deny
    /// provision (<c>s31(3)</c>) for the duty to confirm or deny.
    /// </summary>
    /// <exception cref="ArgumentException">The citation names no exemption; the message says why.</exception>
    public static ExemptionClaim ParseSection(string citation, Regime regime = Regime.Foia)
    {
        var resolution = ExemptionCatalogue.ResolveSection(citation, regime);
        return resolution.Exemption is null ? throw new ArgumentException(resolution.Problem, nameof(citation))
            : resolution.NeitherConfirmNorDeny ? new ExemptionClaim(resolution.Canonical, resolution.Exemption)
            : Parse(citation, regime);
    }

    /// <summary>The regime the claim is made under.</summary>
    public Regime Regime => Exemption.Regime;

    /// <summary>True when the claim needs a public interest test: a qualified exemption, or neither confirming nor denying under FOISA s18(1), which is conditional on the public interest.</summary>
    public bool RequiresPublicInterestTest => ExemptionCatalogue.NeedsPublicInterestTest(Resolution);

    /// <summary>The citation with its regime when it is not FOIA (<c>FOISA s35(1)(a)</c>, <c>EIR reg 12(5)(e)</c>), for logs and lists that mix regimes.</summary>
    public string Typed => Regime == Regime.Foia ? Citation : RegimeDefinition.For(Regime).Typed(Citation);

    /// <summary>
    /// True when the claim is to neither confirm nor deny (FOIA s1(1)(a), s2(1)): its citation is the
    /// exemption's NCND provision, e.g. <c>s24(2)</c>, and any harm or public interest test is about
    /// confirming or denying whether the information is held, not about disclosing it.
    /// </summary>
    public bool IsNeitherConfirmNorDeny => Exemption.Kind == GroundKind.Exemption && Exemption.NeitherConfirmNorDenyCitations.Contains(Citation);

    /// <summary>How the harm is worded for this claim (prejudice, endanger, inhibit, required for a purpose, or none).</summary>
    public HarmWording HarmWording => Exemption.WordingFor(Citation);

    /// <summary>
    /// True when a public interest test or evidence of harm written for this claim covers <paramref name="claimed"/>:
    /// the same duty, and the same exemption (withheld) or the same NCND provision (neither confirmed nor denied).
    /// </summary>
    public bool Covers(ExemptionClaim claimed) => ExemptionCatalogue.Covers(Resolution, claimed.Resolution);

    /// <summary>The claim as the catalogue reads it: the same shape the analyzers compare.</summary>
    private CitationResolution Resolution => new(Exemption, Citation, null, IsNeitherConfirmNorDeny);

    /// <summary>True for a cost ground: s12(1), or s12(2) (confirming or denying alone would exceed the limit).</summary>
    public bool IsCostGround => ExemptionCatalogue.IsCostGround(Resolution);

    /// <summary>
    /// The citation with its title, e.g. <c>s24(1) – National security</c>; under a regime with one shared
    /// neither-confirm-nor-deny power, also the exemption it is used with: <c>s18(1) with s35(1) – Law enforcement</c>.
    /// </summary>
    public override string ToString() =>
        IsNeitherConfirmNorDeny && RegimeDefinition.For(Regime).SharedNeitherConfirmNorDeny == Citation
            ? $"{Citation} with {Exemption.Provision} – {Exemption.Title}"
            : Citation + " – " + Exemption.Title;
}

/// <summary>A numbered question of a request, as received, with the exemptions claimed for it.</summary>
public sealed class QuestionDefinition
{
    /// <summary>Declares a question.</summary>
    /// <param name="number">The question's number (Q1 is 1).</param>
    /// <param name="name">The member name that answers it in the builder, e.g. <c>UsesSocialListening</c>.</param>
    /// <param name="wording">The question as the requester wrote it.</param>
    /// <param name="condition">The number of an earlier question this one depends on, or 0.</param>
    /// <param name="exemptions">Citations of the exemptions the information is withheld under; empty when it is answered.</param>
    public QuestionDefinition(int number, string name, string wording, int condition = 0, params string[] exemptions)
        : this(Regime.Foia, number, name, wording, condition, exemptions)
    {
    }

    /// <summary>Declares a question answered under <paramref name="regime"/>: its citations are read in that regime's catalogue.</summary>
    /// <param name="regime">The regime the question is answered under, e.g. <see cref="Regime.Eir"/> for environmental information.</param>
    /// <param name="number">The question's number (Q1 is 1).</param>
    /// <param name="name">The member name that answers it in the builder.</param>
    /// <param name="wording">The question as the requester wrote it.</param>
    /// <param name="condition">The number of an earlier question this one depends on, or 0.</param>
    /// <param name="exemptions">Citations of the grounds the information is withheld under; empty when it is answered.</param>
    public QuestionDefinition(Regime regime, int number, string name, string wording, int condition = 0, params string[] exemptions)
    {
        if (number < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "Question numbers start at 1.");
        }

        Number = number;
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Wording = wording ?? throw new ArgumentNullException(nameof(wording));
        Condition = condition;
        Regime = RegimeDefinition.For(regime).Regime;
        Exemptions = (exemptions ?? Array.Empty<string>()).Select(c => ExemptionClaim.Parse(c, regime)).ToArray();
        NeitherConfirmNorDeny = Array.Empty<ExemptionClaim>();
        PartsWithheld = Array.Empty<PartWithheld>();
    }

    private QuestionDefinition(Regime regime, int number, string name, string wording, int condition, IReadOnlyList<ExemptionClaim> neitherConfirmNorDeny)
        : this(regime, number, name, wording, condition)
    {
        NeitherConfirmNorDeny = neitherConfirmNorDeny;
    }

    private QuestionDefinition(QuestionDefinition question, IReadOnlyList<PartWithheld> parts, string? label, bool conditionIsNo, CostRefusal? costRefusal)
        : this(question.Regime, question.Number, question.Name, question.Wording, question.Condition)
    {
        Exemptions = question.Exemptions;
        NeitherConfirmNorDeny = question.NeitherConfirmNorDeny;
        PartsWithheld = parts;
        AsReceived = label;
        ConditionIsNo = conditionIsNo;
        CostRefusal = costRefusal;
        IsOnEmissions = question.IsOnEmissions;
    }

    /// <summary>
    /// The same question, numbered as the requester numbered it, e.g. <c>"1a"</c> (printed <c>Q1a</c>);
    /// the empty string for a request of one unnumbered question, printed as the request itself.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    public QuestionDefinition Labelled(string label) =>
        new(this, PartsWithheld, (label ?? throw new ArgumentNullException(nameof(label))).Trim(), ConditionIsNo, CostRefusal);

    /// <summary>The same question, depending on its condition being answered No ("If not, …") rather than Yes.</summary>
    /// <exception cref="InvalidOperationException">The question has no condition.</exception>
    public QuestionDefinition IfNot() =>
        Condition == 0 ? throw new InvalidOperationException($"{Label} ({Name}) has no condition to depend on.") : new(this, PartsWithheld, AsReceived, conditionIsNo: true, CostRefusal);

    /// <summary>
    /// The same question with one part of its information withheld under <paramref name="exemptions"/>,
    /// e.g. <c>.WithPartWithheld("the names of the officers", Exemptions.S40)</c>; the rest is answered.
    /// </summary>
    /// <exception cref="ArgumentException">The part is not described, no exemption is cited, one names no exemption, or the whole question is already withheld or neither confirmed nor denied.</exception>
    public QuestionDefinition WithPartWithheld(string part, params string[] exemptions)
    {
        if (string.IsNullOrWhiteSpace(part))
        {
            throw new ArgumentException($"{Label} ({Name}): say which part of the information is withheld, e.g. \"the names of the officers\".", nameof(part));
        }

        if (exemptions is null || exemptions.Length == 0)
        {
            throw new ArgumentException($"{Label} ({Name}): the part \"{part}\" needs the exemptions it is withheld under.", nameof(exemptions));
        }

        if (IsWithheld || IsNeitherConfirmedNorDenied || IsRefusedOnCost)
        {
            throw new ArgumentException($"{Label} ({Name}) is withheld, neither confirmed nor denied or refused on cost as a whole, so no part of it can be answered.", nameof(part));
        }

        var withheld = new QuestionDefinition(this, PartsWithheld.Concat(new[] { new PartWithheld(part.Trim(), exemptions.Select(c => ExemptionClaim.Parse(c, Regime)).ToArray()) }).ToArray(), AsReceived, ConditionIsNo, CostRefusal);
        return IsOnEmissions ? withheld.AboutEmissions() : withheld;
    }

    /// <summary>
    /// The same question, refused because answering it — or the <paramref name="part"/> named, e.g.
    /// <c>"the years 2015 to 2019"</c> — would exceed the appropriate limit (FOIA s12), while the rest
    /// of the request is answered. Without a part the question needs no answer; with one, the rest of it does.
    /// </summary>
    /// <param name="ground"><see cref="ProceduralGrounds.S12"/> (s12(1)) or <see cref="ProceduralGrounds.S12ConfirmOrDeny"/> (s12(2)).</param>
    /// <param name="part">The part whose cost exceeds the limit, or null for the whole question.</param>
    /// <exception cref="ArgumentException">The ground is not s12, the part is blank, the question is already refused on cost, or a whole-question refusal meets an exemption or NCND claim.</exception>
    public QuestionDefinition ExceedsCostLimit(string ground = ProceduralGrounds.S12, string? part = null)
    {
        var claim = ExemptionClaim.ParseProceduralGround(ground, Regime);
        if (!claim.IsCostGround)
        {
            throw new ArgumentException($"{Label} ({Name}): {claim.Citation} refuses a whole request, not one question; only the cost limit (s12(1) or s12(2)) can be cited for a question.", nameof(ground));
        }

        if (part is not null && string.IsNullOrWhiteSpace(part))
        {
            throw new ArgumentException($"{Label} ({Name}): say which part of the question exceeds the cost limit, e.g. \"the years 2015 to 2019\", or pass no part to refuse the whole question.", nameof(part));
        }

        if (CostRefusal is not null)
        {
            throw new ArgumentException($"{Label} ({Name}) is already refused on cost.", nameof(ground));
        }

        if (part is null && (IsWithheld || IsNeitherConfirmedNorDenied || IsPartlyWithheld))
        {
            throw new ArgumentException($"{Label} ({Name}) claims exemptions, which a question refused as a whole on cost never reaches: refuse a part on cost, or claim the exemptions, not both.", nameof(ground));
        }

        if (part is not null && (IsWithheld || IsNeitherConfirmedNorDenied))
        {
            throw new ArgumentException($"{Label} ({Name}) is withheld or neither confirmed nor denied as a whole, so no part of it is answered.", nameof(part));
        }

        return new QuestionDefinition(this, PartsWithheld, AsReceived, ConditionIsNo, new CostRefusal(claim, part?.Trim()));
    }

    /// <summary>
    /// Declares a question whose information the authority neither confirms nor denies holding,
    /// under the NCND limbs of the exemptions cited (e.g. <c>Exemptions.S24</c> for s24(2)).
    /// </summary>
    /// <exception cref="ArgumentException">No citation is given, or one names no exemption with an NCND limb.</exception>
    public static QuestionDefinition NeitherConfirmedNorDenied(int number, string name, string wording, int condition, params string[] exemptions) =>
        NeitherConfirmedNorDenied(Regime.Foia, number, name, wording, condition, exemptions);

    /// <summary>Declares a question answered under <paramref name="regime"/> whose information the authority neither confirms nor denies holding.</summary>
    /// <exception cref="ArgumentException">No citation is given, or one names no ground of the regime that allows neither confirming nor denying.</exception>
    public static QuestionDefinition NeitherConfirmedNorDenied(Regime regime, int number, string name, string wording, int condition, params string[] exemptions)
    {
        if (exemptions is null || exemptions.Length == 0)
        {
            throw new ArgumentException("Neither confirming nor denying needs at least one exemption with an NCND limb.", nameof(exemptions));
        }

        return new QuestionDefinition(regime, number, name, wording, condition, exemptions.Select(c => ExemptionClaim.ParseNeitherConfirmNorDeny(c, regime)).ToArray());
    }

    /// <summary>The regime the question is answered under.</summary>
    public Regime Regime { get; }

    /// <summary>True when the information asked for is on emissions (EIR reg 12(9), EIR (Scotland) reg 10(6)).</summary>
    public bool IsOnEmissions { get; private init; }

    /// <summary>
    /// The same question, asking for information on emissions: reg 12(5)(d) to (g) of the EIR (10(5)(d) to (g)
    /// of the EIR (Scotland)) cannot withhold it (reg 12(9), reg 10(6)).
    /// </summary>
    /// <exception cref="ArgumentException">The question already relies on one of those exceptions.</exception>
    public QuestionDefinition AboutEmissions()
    {
        var denied = Claims.FirstOrDefault(c => EnvironmentalCatalogue.UnavailableForEmissions(c.Exemption));
        if (denied is not null)
        {
            throw new ArgumentException($"{Label} ({Name}) asks for information on emissions, which {denied} cannot withhold ({RegimeDefinition.For(denied.Regime).EmissionsProvision}).");
        }

        return new QuestionDefinition(this, PartsWithheld, AsReceived, ConditionIsNo, CostRefusal) { IsOnEmissions = true };
    }

    /// <summary>The question's number.</summary>
    public int Number { get; }

    /// <summary>The member name that answers it.</summary>
    public string Name { get; }

    /// <summary>The question as received.</summary>
    public string Wording { get; }

    /// <summary>The number of the question this one depends on, or 0.</summary>
    public int Condition { get; }

    /// <summary>The exemptions claimed; empty when the question is answered.</summary>
    public IReadOnlyList<ExemptionClaim> Exemptions { get; }

    /// <summary>The exemptions whose neither-confirm-nor-deny limbs are relied on (claims cite the NCND provision, e.g. s24(2)); empty unless the question is neither confirmed nor denied.</summary>
    public IReadOnlyList<ExemptionClaim> NeitherConfirmNorDeny { get; }

    /// <summary>The parts of the information withheld while the rest of the question is answered; empty when none is.</summary>
    public IReadOnlyList<PartWithheld> PartsWithheld { get; }

    /// <summary>The cost refusal of this question or a part of it (s12), or null.</summary>
    public CostRefusal? CostRefusal { get; }

    /// <summary>True when the whole question is refused because answering it would exceed the cost limit.</summary>
    public bool IsRefusedOnCost => CostRefusal is { Part: null };

    /// <summary>True when the information asked for is withheld under exemptions, as a whole.</summary>
    public bool IsWithheld => Exemptions.Count > 0;

    /// <summary>True when the question is answered but part of its information is withheld.</summary>
    public bool IsPartlyWithheld => PartsWithheld.Count > 0;

    /// <summary>True when the authority neither confirms nor denies holding the information.</summary>
    public bool IsNeitherConfirmedNorDenied => NeitherConfirmNorDeny.Count > 0;

    /// <summary>Every exemption relied on for this question, to withhold or to neither confirm nor deny.</summary>
    public IEnumerable<ExemptionClaim> Claims => Exemptions.Concat(PartsWithheld.SelectMany(p => p.Exemptions)).Concat(NeitherConfirmNorDeny);

    /// <summary>Every exemption the question withholds under, as a whole or in part.</summary>
    public IEnumerable<ExemptionClaim> Withheld => Exemptions.Concat(PartsWithheld.SelectMany(p => p.Exemptions));

    /// <summary>The question's number as the requester wrote it (<c>1a</c>), when it is not simply its number; empty for an unnumbered request.</summary>
    public string? AsReceived { get; }

    /// <summary>True for the only question of a request that was not numbered: it is printed as the request itself, with no label.</summary>
    public bool IsUnnumbered => AsReceived is { Length: 0 };

    /// <summary>True when the question applies if its condition is answered No ("If not, …"); false for "If so, …".</summary>
    public bool ConditionIsNo { get; }

    /// <summary>The label used in responses: <c>Q6</c>, or as received (<c>Q1a</c>); empty for an unnumbered request.</summary>
    public string Label => AsReceived is null ? "Q" + Number.ToString(CultureInfo.InvariantCulture) : AsReceived.Length == 0 ? string.Empty : "Q" + AsReceived;

    /// <inheritdoc />
    public override string ToString() => IsUnnumbered ? Wording : $"{Label}. {Wording}";
}

/// <summary>One part of a question's information withheld while the rest is answered, e.g. a period, a figure, or names in a document.</summary>
/// <param name="Part">The part withheld, in words, e.g. <c>the names of the officers</c>.</param>
/// <param name="Exemptions">The exemptions it is withheld under.</param>
public sealed record PartWithheld(string Part, IReadOnlyList<ExemptionClaim> Exemptions);

/// <summary>
/// A question, or one part of it, refused because answering it would exceed the appropriate limit
/// (FOIA s12): the request is answered all the same, except for this.
/// </summary>
/// <param name="Ground">s12(1), or s12(2) when even confirming or denying would exceed the limit.</param>
/// <param name="Part">The part refused, in words, e.g. <c>the years 2015 to 2019</c>; null for the whole question.</param>
public sealed record CostRefusal(ExemptionClaim Ground, string? Part);

/// <summary>A request as received: metadata and numbered questions. Generated for every <see cref="FoiRequestAttribute"/> class.</summary>
public sealed class FoiRequestDefinition
{
    /// <summary>Declares a request.</summary>
    /// <param name="reference">The authority's reference, e.g. <c>FOI 0412/23</c>.</param>
    /// <param name="authority">The public authority answering.</param>
    /// <param name="title">A short title for the response.</param>
    /// <param name="received">The date the request was received, if known.</param>
    /// <param name="questions">The questions, in any order; they are kept in number order.</param>
    /// <param name="refusedUnder">The procedural ground the whole request is refused under (<see cref="ProceduralGrounds"/>), or null.</param>
    /// <param name="texts">Text of the request that is not a question: preamble, scope, clarifications.</param>
    /// <param name="extension">The public interest extension of the time limit (s10(3)), if one was notified.</param>
    /// <param name="feesNotice">The fees notice (s9), if one was given: its days do not count (s10(2)).</param>
    /// <param name="profile">The authority's profile (<see cref="FoiAuthorityAttribute"/>): its name when <paramref name="authority"/> is not given, and where reviews are asked for.</param>
    /// <exception cref="ArgumentException">Two questions share a number, a condition names a question that does not come earlier, or the refusal ground is not s12 or s14.</exception>
    /// <param name="regime">The regime the request is answered under; its questions may also be answered under its environmental counterpart (a mixed request). Defaults to the profile's regime, or FOIA.</param>
    /// <param name="layout">The layout its documents take (docs/layouts.md). Defaults to the profile's layout, or the police layout.</param>
    public FoiRequestDefinition(string reference, string? authority, string title, DateTime? received, IEnumerable<QuestionDefinition> questions, string? refusedUnder = null, IEnumerable<RequestText>? texts = null, ClockExtension? extension = null, FeesNotice? feesNotice = null, AuthorityProfile? profile = null, Regime? regime = null, DocumentLayout? layout = null)
    {
        Regime = RegimeDefinition.For(regime ?? profile?.Regime ?? Regime.Foia).Regime;
        Layout = layout ?? profile?.Layout ?? DocumentLayout.Police;
        Profile = profile;
        Extension = extension;
        FeesNotice = feesNotice;
        Texts = (texts ?? Array.Empty<RequestText>()).Where(t => !string.IsNullOrWhiteSpace(t.Text)).ToArray();
        if (string.IsNullOrWhiteSpace(reference))
        {
            throw new ArgumentException("A request needs the reference quoted to the requester.", nameof(reference));
        }

        Reference = reference;
        Authority = string.IsNullOrWhiteSpace(authority) ? profile?.Name : authority;
        Title = title;
        Received = received?.Date;
        Questions = questions.OrderBy(q => q.Number).ToArray();
        RefusedUnder = refusedUnder is null ? null : ExemptionClaim.ParseProceduralGround(refusedUnder, Regime);
        var foreign = Questions.FirstOrDefault(q => !RegimeDefinition.AnswerableTogether(Regime, q.Regime));
        if (foreign is not null)
        {
            throw new ArgumentException($"{foreign.Label} ({foreign.Name}) is answered under the {RegimeDefinition.For(foreign.Regime).Name}, which cannot share a response with the {RegimeDefinition.For(Regime).Name}: {RegimeDefinition.MixingRule}", nameof(questions));
        }

        var duplicate = Questions.GroupBy(q => q.Number).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Questions {string.Join(" and ", duplicate.Select(q => q.Name))} share the number {duplicate.Key}.", nameof(questions));
        }

        foreach (var question in Questions.Where(q => q.Condition != 0))
        {
            if (question.Condition >= question.Number || Questions.All(q => q.Number != question.Condition))
            {
                throw new ArgumentException($"{question.Label} ({question.Name}) depends on Q{question.Condition}, which is not an earlier question of this request.", nameof(questions));
            }
        }
    }

    /// <summary>
    /// Pairs of sections where the second applies only to information not exempt under the first, so
    /// both cannot withhold the same information: s24(1) (s23, s24), s31(1) opening words (s30, s31) and
    /// s36(1)(a) (s35, s36). Rules FOI0013, FOI0031 and FOI0032 report the same at compile time; <c>Build()</c> at run time.
    /// </summary>
    private static readonly (string First, string Second, string Why)[] ExclusivePairs =
    {
        ("23", "24", "s24(1) applies only to information s23(1) does not cover (only s23(5) and s24(2), to neither confirm nor deny, may be cited together)"),
        ("30", "31", "s31(1) applies only to information that is not exempt under s30"),
        ("35", "36", "s36 applies to a government department's information only where it is not exempt under s35 (s36(1)(a))"),
    };

    /// <summary>
    /// The pairs claimed for one piece of information (the whole question, or one part withheld) where
    /// the second applies only if the first does not; empty when there are none. <c>Build()</c> refuses them.
    /// </summary>
    internal IEnumerable<string> ExclusiveExemptionsClaimed()
    {
        foreach (var question in Questions)
        {
            foreach (var claims in new[] { question.Exemptions }.Concat(question.PartsWithheld.Select(p => p.Exemptions)))
            {
                foreach (var (first, second, why) in ExclusivePairs)
                {
                    var a = claims.FirstOrDefault(c => c.Exemption.Section == first);
                    var b = claims.FirstOrDefault(c => c.Exemption.Section == second);
                    if (a is not null && b is not null)
                    {
                        yield return $"{question.Label} ({question.Name}) claims both {a.Citation} and {b.Citation} for the same information, but {why}: claim the one that applies.";
                    }
                }
            }
        }
    }

    /// <summary>The authority's reference.</summary>
    public string Reference { get; }

    /// <summary>The regime the request is answered under: its clock times the response and its refusal notice and rights apply.</summary>
    public Regime Regime { get; }

    /// <summary>The definition of <see cref="Regime"/>: its catalogue, clock, wording and rights.</summary>
    public RegimeDefinition RegimeDefinition => RegimeDefinition.For(Regime);

    /// <summary>Every regime a question of the request is answered under, the request's own first; more than one for a mixed request.</summary>
    public IReadOnlyList<Regime> Regimes => new[] { Regime }.Concat(Questions.Select(q => q.Regime)).Distinct().ToArray();

    /// <summary>True when questions are answered under more than one regime (FOIA and EIR, or FOISA and EIR (Scotland)).</summary>
    public bool IsMixed => Regimes.Count > 1;

    /// <summary>The public authority answering, if named.</summary>
    public string? Authority { get; }

    /// <summary>A short title for the response.</summary>
    public string Title { get; }

    /// <summary>The date the request was received, if known.</summary>
    public DateTime? Received { get; }

    /// <summary>The authority's profile declared for the assembly (<see cref="FoiAuthorityAttribute"/>), or null.</summary>
    public AuthorityProfile? Profile { get; }

    /// <summary>The layout the request's documents take: its own, else its authority's, else the police layout (docs/layouts.md).</summary>
    public DocumentLayout Layout { get; }

    /// <summary>The public interest extension of the time limit (FOIA s10(3), notified under s17(2)), or null.</summary>
    public ClockExtension? Extension { get; }

    /// <summary>The fees notice (FOIA s9) whose days are disregarded (s10(2)), or null.</summary>
    public FeesNotice? FeesNotice { get; }

    /// <summary>The day the last clarification arrived (s1(3): the clock runs from it), or null.</summary>
    public DateTime? ClarificationReceived =>
        Texts.Where(t => t.Kind == RequestTextKind.Clarification && t.Received is not null).Select(t => t.Received).Max();

    /// <summary>
    /// The request's dates judged by the FOIA clock (s10) for a response dated <paramref name="respondedOn"/>:
    /// from receipt, or the last clarification (s1(3)), with any fees notice (s10(2)) and extension
    /// (s10(3)); null when the date of receipt is not known.
    /// </summary>
    public Timeliness? AssessTimeliness(DateTime respondedOn) => AssessTimeliness(respondedOn, Extension);

    /// <summary>The request's dates judged with <paramref name="extension"/> in place of the declared one (for the notice that gives it).</summary>
    internal Timeliness? AssessTimeliness(DateTime respondedOn, ClockExtension? extension) =>
        Received is { } received
            ? RegimeDefinition.Clock.Assess(new ResponseTimeline(received, respondedOn) { ClarificationReceived = ClarificationReceived, FeesNotice = FeesNotice, Extension = extension })
            : null;

    /// <summary>The date the response is due by under FOIA s10, extended under s10(3) when notified; null when the date of receipt is not known.</summary>
    public DateTime? DueDate => Received is { } received && AssessTimeliness(received) is { IsJudged: true } timeliness ? timeliness.DueDate : null;

    /// <summary>Text of the request that is not a question (preamble, scope, clarifications), in the order given.</summary>
    public IReadOnlyList<RequestText> Texts { get; }

    /// <summary>The questions, in number order.</summary>
    public IReadOnlyList<QuestionDefinition> Questions { get; }

    /// <summary>The procedural ground the whole request is refused under (s12 or s14), or null.</summary>
    public ExemptionClaim? RefusedUnder { get; }

    /// <summary>
    /// Every exemption claimed by any question, each once per duty, in first-claimed order: an
    /// exemption both withheld under (s31(1)) and relied on to neither confirm nor deny (s31(3)) is
    /// listed twice, since each needs its own reasons and public interest test.
    /// </summary>
    public IReadOnlyList<ExemptionClaim> ExemptionsClaimed =>
        Questions.SelectMany(q => q.Claims).GroupBy(c => (c.Exemption.Id, c.IsNeitherConfirmNorDeny)).Select(g => g.First()).ToArray();

    /// <summary>True when the question needs an answer: it is not withheld, not neither confirmed nor denied, and the request is not refused.</summary>
    public bool NeedsAnswer(QuestionDefinition question) => RefusedUnder is null && !question.IsWithheld && !question.IsNeitherConfirmedNorDenied && !question.IsRefusedOnCost;

    /// <summary>
    /// The s12 ground the response must estimate the cost for: the whole request's refusal under s12,
    /// or else the first question refused on cost in whole or in part; null when nothing is refused on cost.
    /// </summary>
    public ExemptionClaim? CostGround =>
        RefusedUnder is { IsCostGround: true } whole ? whole : Questions.Select(q => q.CostRefusal?.Ground).FirstOrDefault(g => g is not null);

    /// <summary>The questions refused on cost, as a whole or in part (s12), in number order.</summary>
    public IEnumerable<QuestionDefinition> RefusedOnCost => Questions.Where(q => q.CostRefusal is not null);

    /// <summary>
    /// Resolves a citation written in a section of the response (public interest test, evidence of harm,
    /// reasons) under the regime it belongs to: the one it names (<c>"EIR reg 12(5)(e)"</c>), else a
    /// regulation under the request's environmental regime and a section under its general one.
    /// </summary>
    /// <exception cref="ArgumentException">The citation names no ground; the message says why.</exception>
    public ExemptionClaim ParseSection(string citation) =>
        ExemptionClaim.ParseSection(citation, RegimeDefinition.ForCitation(Regime, citation));

    /// <summary>Finds a question by number.</summary>
    public QuestionDefinition? FindQuestion(int number) => Questions.FirstOrDefault(q => q.Number == number);
}
