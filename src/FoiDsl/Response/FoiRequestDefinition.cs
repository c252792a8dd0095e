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
    public static ExemptionClaim Parse(string citation)
    {
        var resolution = ExemptionCatalogue.Resolve(citation);
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
    public static ExemptionClaim ParseNeitherConfirmNorDeny(string citation)
    {
        var resolution = ExemptionCatalogue.ResolveNeitherConfirmNorDeny(citation);
        return resolution.Exemption is null
            ? throw new ArgumentException(resolution.Problem, nameof(citation))
            : new ExemptionClaim(resolution.Canonical, resolution.Exemption);
    }

    /// <summary>Resolves the procedural ground a whole request is refused under (s12(1), s12(2), s14(1), s14(2)).</summary>
    /// <exception cref="ArgumentException">The citation is not such a ground; the message says why.</exception>
    public static ExemptionClaim ParseProceduralGround(string citation)
    {
        var resolution = ExemptionCatalogue.ResolveProceduralGround(citation);
        return resolution.Exemption is null
            ? throw new ArgumentException(resolution.Problem, nameof(citation))
            : new ExemptionClaim(resolution.Canonical, resolution.Exemption);
    }

    /// <summary>The citation with its title, e.g. <c>s24(1) – National security</c>.</summary>
    public override string ToString() => Citation + " – " + Exemption.Title;
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
    {
        if (number < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "Question numbers start at 1.");
        }

        Number = number;
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Wording = wording ?? throw new ArgumentNullException(nameof(wording));
        Condition = condition;
        Exemptions = (exemptions ?? Array.Empty<string>()).Select(ExemptionClaim.Parse).ToArray();
        NeitherConfirmNorDeny = Array.Empty<ExemptionClaim>();
    }

    private QuestionDefinition(int number, string name, string wording, int condition, IReadOnlyList<ExemptionClaim> neitherConfirmNorDeny)
        : this(number, name, wording, condition)
    {
        NeitherConfirmNorDeny = neitherConfirmNorDeny;
    }

    /// <summary>
    /// Declares a question whose information the authority neither confirms nor denies holding,
    /// under the NCND limbs of the exemptions cited (e.g. <c>Exemptions.S24</c> for s24(2)).
    /// </summary>
    /// <exception cref="ArgumentException">No citation is given, or one names no exemption with an NCND limb.</exception>
    public static QuestionDefinition NeitherConfirmedNorDenied(int number, string name, string wording, int condition, params string[] exemptions)
    {
        if (exemptions is null || exemptions.Length == 0)
        {
            throw new ArgumentException("Neither confirming nor denying needs at least one exemption with an NCND limb.", nameof(exemptions));
        }

        return new QuestionDefinition(number, name, wording, condition, exemptions.Select(ExemptionClaim.ParseNeitherConfirmNorDeny).ToArray());
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

    /// <summary>True when the information asked for is withheld under exemptions.</summary>
    public bool IsWithheld => Exemptions.Count > 0;

    /// <summary>True when the authority neither confirms nor denies holding the information.</summary>
    public bool IsNeitherConfirmedNorDenied => NeitherConfirmNorDeny.Count > 0;

    /// <summary>Every exemption relied on for this question, to withhold or to neither confirm nor deny.</summary>
    public IEnumerable<ExemptionClaim> Claims => Exemptions.Concat(NeitherConfirmNorDeny);

    /// <summary>The label used in responses, e.g. <c>Q6</c>.</summary>
    public string Label => "Q" + Number.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string ToString() => $"{Label}. {Wording}";
}

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
    /// <exception cref="ArgumentException">Two questions share a number, a condition names a question that does not come earlier, or the refusal ground is not s12 or s14.</exception>
    public FoiRequestDefinition(string reference, string? authority, string title, DateTime? received, IEnumerable<QuestionDefinition> questions, string? refusedUnder = null)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            throw new ArgumentException("A request needs the reference quoted to the requester.", nameof(reference));
        }

        Reference = reference;
        Authority = string.IsNullOrWhiteSpace(authority) ? null : authority;
        Title = title;
        Received = received?.Date;
        Questions = questions.OrderBy(q => q.Number).ToArray();
        RefusedUnder = refusedUnder is null ? null : ExemptionClaim.ParseProceduralGround(refusedUnder);

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

        RejectExclusiveExemptions(Questions);
    }

    /// <summary>
    /// Pairs of sections where the second applies only to information not exempt under the first, so
    /// both cannot withhold the same information: s31(1) opening words (s30, s31) and s36(1)(a) (s35,
    /// s36). Rules FOI0031 and FOI0032 report the same at compile time.
    /// </summary>
    private static readonly (string First, string Second, string Why)[] ExclusivePairs =
    {
        ("30", "31", "s31(1) applies only to information that is not exempt under s30"),
        ("35", "36", "s36 applies to a government department's information only where it is not exempt under s35 (s36(1)(a))"),
    };

    private static void RejectExclusiveExemptions(IEnumerable<QuestionDefinition> questions)
    {
        foreach (var question in questions)
        {
            foreach (var (first, second, why) in ExclusivePairs)
            {
                var a = question.Exemptions.FirstOrDefault(c => c.Exemption.Section == first);
                var b = question.Exemptions.FirstOrDefault(c => c.Exemption.Section == second);
                if (a is not null && b is not null)
                {
                    throw new ArgumentException($"{question.Label} ({question.Name}) claims both {a.Citation} and {b.Citation}, but {why}: claim the one that applies.", nameof(questions));
                }
            }
        }
    }

    /// <summary>The authority's reference.</summary>
    public string Reference { get; }

    /// <summary>The public authority answering, if named.</summary>
    public string? Authority { get; }

    /// <summary>A short title for the response.</summary>
    public string Title { get; }

    /// <summary>The date the request was received, if known.</summary>
    public DateTime? Received { get; }

    /// <summary>The questions, in number order.</summary>
    public IReadOnlyList<QuestionDefinition> Questions { get; }

    /// <summary>The procedural ground the whole request is refused under (s12 or s14), or null.</summary>
    public ExemptionClaim? RefusedUnder { get; }

    /// <summary>Every exemption claimed by any question (to withhold or to neither confirm nor deny), each once, in first-claimed order.</summary>
    public IReadOnlyList<ExemptionClaim> ExemptionsClaimed =>
        Questions.SelectMany(q => q.Claims).GroupBy(c => c.Exemption).Select(g => g.First()).ToArray();

    /// <summary>True when the question needs an answer: it is not withheld, not neither confirmed nor denied, and the request is not refused.</summary>
    public bool NeedsAnswer(QuestionDefinition question) => RefusedUnder is null && !question.IsWithheld && !question.IsNeitherConfirmedNorDenied;

    /// <summary>Finds a question by number.</summary>
    public QuestionDefinition? FindQuestion(int number) => Questions.FirstOrDefault(q => q.Number == number);
}
