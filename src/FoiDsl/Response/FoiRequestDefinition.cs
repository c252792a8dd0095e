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

    /// <summary>True when the information asked for is withheld under exemptions.</summary>
    public bool IsWithheld => Exemptions.Count > 0;

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
    /// <exception cref="ArgumentException">Two questions share a number, or a condition names a question that does not come earlier.</exception>
    public FoiRequestDefinition(string reference, string? authority, string title, DateTime? received, IEnumerable<QuestionDefinition> questions)
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

    /// <summary>Every exemption claimed by any question, each once, in first-claimed order.</summary>
    public IReadOnlyList<ExemptionClaim> ExemptionsClaimed =>
        Questions.SelectMany(q => q.Exemptions).GroupBy(c => c.Exemption).Select(g => g.First()).ToArray();

    /// <summary>Finds a question by number.</summary>
    public QuestionDefinition? FindQuestion(int number) => Questions.FirstOrDefault(q => q.Number == number);
}
