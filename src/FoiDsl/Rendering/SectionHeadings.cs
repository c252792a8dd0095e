using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace FoiDsl.Rendering;

/// <summary>
/// The words a layout prints for its sections and labels. Authorities name sections their own way
/// ("Extent of Searches" or "Extent and Result of Searches to Locate Information"): change one with
/// <c>ResponseLayout.Police with { Headings = ResponseLayout.Police.Headings with { ExtentOfSearches = "Extent of Searches" } }</c>,
/// or without code in a layout file (docs/layouts.md). Headings that carry law (the factors of a
/// public interest test, the provisions cited) are not here: they are written from the response.
/// </summary>
public sealed record SectionHeadings
{
    /// <summary>The placeholder in <see cref="Reasons"/> replaced by what the grounds are called, in lower case: <c>exemptions</c>, <c>exceptions</c> or both.</summary>
    public const string GroundsPlaceholder = "{grounds}";

    /// <summary>The same placeholder for title case: <c>Exemptions</c>, <c>Exceptions</c>, <c>Exceptions and Exemptions</c>.</summary>
    public const string GroundsTitlePlaceholder = "{Grounds}";

    /// <summary>The police (NPCC) headings.</summary>
    public static SectionHeadings Police { get; } = new();

    /// <summary>The letter's headings, in sentence case.</summary>
    public static SectionHeadings Letter { get; } = new()
    {
        Request = "Your request",
        Response = "Our response",
        ExtentOfSearches = "Our searches",
        Decision = "Our decision",
        Reasons = "Why the " + GroundsPlaceholder + " apply",
        EvidenceOfHarm = "The harm disclosure would cause",
        EvidenceOfHarmInConfirmingOrDenying = "The harm confirming or denying would cause",
        PublicInterestTest = "The public interest",
        PublicInterestTestInConfirmingOrDenying = "The public interest in confirming or denying",
        BalanceTest = "Weighing the public interest",
        AdviceAndAssistance = "Advice and assistance",
        Notes = "Notes",
        Rights = "If you are unhappy with this response",
        Annex = "Annex: the reasons for our decision",
    };

    /// <summary>Over the questions as received.</summary>
    public string Request { get; init; } = "Request";

    /// <summary>Over the response and its sections.</summary>
    public string Response { get; init; } = "Response";

    /// <summary>Over where the authority looked and what it found.</summary>
    public string ExtentOfSearches { get; init; } = "Extent and Result of Searches to Locate Information";

    /// <summary>Over the decision and the answers.</summary>
    public string Decision { get; init; } = "Decision";

    /// <summary>Over why each exemption applies (s17(1)(c)); <c>{Grounds}</c> becomes <c>Exemptions</c>, <c>Exceptions</c> or both, <c>{grounds}</c> the same in lower case.</summary>
    public string Reasons { get; init; } = "Why the " + GroundsTitlePlaceholder + " Apply";

    /// <summary>Over the harm of disclosure.</summary>
    public string EvidenceOfHarm { get; init; } = "Evidence of Harm";

    /// <summary>Over the harm of confirming or denying whether information is held.</summary>
    public string EvidenceOfHarmInConfirmingOrDenying { get; init; } = "Evidence of Harm in Confirming or Denying";

    /// <summary>Over the public interest tests for withholding (s2(2)(b)).</summary>
    public string PublicInterestTest { get; init; } = "Public Interest Test";

    /// <summary>Over the public interest tests for neither confirming nor denying (s2(1)(b)).</summary>
    public string PublicInterestTestInConfirmingOrDenying { get; init; } = "Public Interest Test in Confirming or Denying";

    /// <summary>Over the officer's weighing of the factors.</summary>
    public string BalanceTest { get; init; } = "Balance Test";

    /// <summary>Over advice and assistance (s16).</summary>
    public string AdviceAndAssistance { get; init; } = "Advice and Assistance";

    /// <summary>Over closing notes.</summary>
    public string Notes { get; init; } = "Notes";

    /// <summary>Over the right to a review and to complain to the regulator (s17(7)).</summary>
    public string Rights { get; init; } = "Your Right to Request a Review";

    /// <summary>Over the reasons when a layout puts them in an annex.</summary>
    public string Annex { get; init; } = "Annex: Reasons for Withholding Information";

    /// <summary>Before each question when questions are printed with their answers.</summary>
    public string YouAsked { get; init; } = "You asked";

    /// <summary>Before each answer when questions are printed with their answers.</summary>
    public string WeAnswered { get; init; } = "We answered";

    /// <summary>Before the applicant's name in a letter: <c>Dear</c>.</summary>
    public string Salutation { get; init; } = "Dear";

    /// <summary>The close of a letter, before the signature: <c>Yours sincerely</c>.</summary>
    public string Closing { get; init; } = "Yours sincerely";

    /// <summary>The names of the headings a layout file may set, as written there (camel case): <c>request</c>, <c>extentOfSearches</c> ….</summary>
    public static IReadOnlyList<string> Names { get; } = Properties().Select(p => CamelCase(p.Name)).ToArray();

    /// <summary>
    /// A copy with the headings named in <paramref name="changes"/> (by <see cref="Names"/>, ignoring case) set to their text.
    /// </summary>
    /// <exception cref="ArgumentException">A name is not a heading, or a text is blank or, for <see cref="Reasons"/>, has a brace other than <c>{grounds}</c>.</exception>
    public SectionHeadings With(IEnumerable<KeyValuePair<string, string>> changes)
    {
        var copy = this with { };
        foreach (var change in changes ?? throw new ArgumentNullException(nameof(changes)))
        {
            var property = Properties().FirstOrDefault(p => string.Equals(p.Name, change.Key, StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentException($"\"{change.Key}\" is not a heading; the headings are {string.Join(", ", Names)}.", nameof(changes));
            var text = change.Value?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                throw new ArgumentException($"The heading \"{CamelCase(property.Name)}\" is blank; write its text, or leave it out to keep \"{property.GetValue(this)}\".", nameof(changes));
            }

            var rest = property.Name == nameof(Reasons) ? text!.Replace(GroundsPlaceholder, string.Empty).Replace(GroundsTitlePlaceholder, string.Empty) : text!;
            if (rest.IndexOfAny(new[] { '{', '}' }) >= 0)
            {
                throw new ArgumentException(property.Name == nameof(Reasons)
                    ? $"The heading \"reasons\" may hold {GroundsTitlePlaceholder} or {GroundsPlaceholder} (what the grounds are called) and no other braces: \"{text}\"."
                    : $"The heading \"{CamelCase(property.Name)}\" cannot hold braces: \"{text}\".", nameof(changes));
            }

            property.SetValue(copy, text);
        }

        return copy;
    }

    /// <summary>The reasons heading for grounds called <paramref name="grounds"/> in lower case (<c>exemptions</c>, <c>exceptions and exemptions</c>).</summary>
    internal string ReasonsFor(string grounds) =>
        Reasons.Replace(GroundsPlaceholder, grounds)
            .Replace(GroundsTitlePlaceholder, string.Join(" and ", grounds.Split(new[] { " and " }, StringSplitOptions.None).Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1))));

    private static IEnumerable<PropertyInfo> Properties() =>
        typeof(SectionHeadings).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string) && p.CanWrite)
            .OrderBy(p => p.MetadataToken);

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
}
