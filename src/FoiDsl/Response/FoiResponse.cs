using System;
using System.Collections.Generic;
using System.Linq;

namespace FoiDsl;

/// <summary>The response to one question.</summary>
/// <param name="Question">The question as received.</param>
/// <param name="Outcome">What happened to it.</param>
/// <param name="Answer">The answer given, or null when the information is withheld.</param>
public sealed record QuestionResponse(QuestionDefinition Question, QuestionOutcome Outcome, Answer? Answer)
{
    /// <summary>The exemptions the information is withheld under, as a whole.</summary>
    public IReadOnlyList<ExemptionClaim> Exemptions => Question.Exemptions;

    /// <summary>The parts of the information withheld while the rest is answered.</summary>
    public IReadOnlyList<PartWithheld> PartsWithheld => Question.PartsWithheld;

    /// <summary>The NCND provisions relied on when the authority neither confirms nor denies holding the information.</summary>
    public IReadOnlyList<ExemptionClaim> NeitherConfirmNorDeny => Question.NeitherConfirmNorDeny;
}

/// <summary>
/// Evidence of harm: why disclosure would, or would be likely to, cause the harm an exemption
/// protects against (the prejudice test; FOIA s17(1)(c) reasons).
/// </summary>
/// <param name="Exemptions">The exemptions the harm is shown for.</param>
/// <param name="Likelihood">Would, or would be likely to; null when not stated (the ICO then assumes "would be likely to").</param>
/// <param name="Paragraphs">The argument, one paragraph each.</param>
public sealed record EvidenceOfHarm(IReadOnlyList<ExemptionClaim> Exemptions, HarmLikelihood? Likelihood, IReadOnlyList<string> Paragraphs)
{
    /// <summary>True when this is the harm of confirming or denying whether the information is held (NCND provisions such as s31(3)), not of disclosing it.</summary>
    public bool IsNeitherConfirmNorDeny => Exemptions.Count > 0 && Exemptions[0].IsNeitherConfirmNorDeny;
}

/// <summary>
/// The public interest test for one qualified exemption (FOIA s2(2)(b), s17(3)): the factors
/// favouring disclosure weighed against those favouring non-disclosure.
/// </summary>
/// <param name="Exemption">The exemption the test is for.</param>
/// <param name="FavouringDisclosure">Factors favouring disclosure, one paragraph each.</param>
/// <param name="FavouringNonDisclosure">Factors favouring non-disclosure (maintaining the exemption), one paragraph each.</param>
public sealed record PublicInterestTest(ExemptionClaim Exemption, IReadOnlyList<string> FavouringDisclosure, IReadOnlyList<string> FavouringNonDisclosure)
{
    /// <summary>
    /// True when the test weighs confirming or denying whether the information is held (s2(1)(b)),
    /// cited by the NCND provision (e.g. s31(3)); the factors are then for and against confirming or denying.
    /// </summary>
    public bool IsNeitherConfirmNorDeny => Exemption.IsNeitherConfirmNorDeny;
}

/// <summary>
/// The requester's rights after a refusal (FOIA s17(7)): the authority's internal review
/// procedure and the right to complain to the Information Commissioner under s50.
/// </summary>
/// <param name="InternalReview">How to ask for an internal review.</param>
/// <param name="InformationCommissioner">How to complain to the Information Commissioner.</param>
public sealed record ComplaintRights(IReadOnlyList<string> InternalReview, IReadOnlyList<string> InformationCommissioner)
{
    /// <summary>
    /// The standard wording: review requests within 40 working days (s45 Code of Practice), then a
    /// complaint to the Information Commissioner (s50). The letter speaks as the authority ("ask us"),
    /// so no authority name has to fit into the sentence.
    /// </summary>
    public static ComplaintRights Standard() => Standard(null);

    /// <summary>
    /// The standard wording, saying how to ask for the review (s17(7)(a)) through <paramref name="authority"/>'s
    /// review email or address when its profile gives them; "write to us" otherwise.
    /// </summary>
    public static ComplaintRights Standard(AuthorityProfile? authority) => Standard(authority, Regime.Foia);

    /// <summary>
    /// The rights under each of <paramref name="regimes"/>, worded by the regime's definition: FOIA internal
    /// review and s50; EIR reconsideration (reg 11) and reg 18; FOISA requirement for review (s20, s21) and
    /// s47; EIR (Scotland) review (reg 16) and reg 17. A mixed response states each regime's rights, saying
    /// which legislation each paragraph is under.
    /// </summary>
    public static ComplaintRights Standard(AuthorityProfile? authority, params Regime[] regimes)
    {
        var how = authority?.HowToAskForReview ?? "write to us";
        var definitions = (regimes is null || regimes.Length == 0 ? new[] { Regime.Foia } : regimes).Distinct().Select(RegimeDefinition.For).ToList();
        string For(RegimeDefinition regime, string text) =>
            definitions.Count == 1 ? text : $"For the information dealt with under the {regime.Name}: {char.ToLowerInvariant(text[0])}{text.Substring(1)}";
        // Regimes sharing a regulator (FOIA and the EIR) give its address once, in the last paragraph naming it.
        string Regulator(RegimeDefinition regime, int index) =>
            definitions.Skip(index + 1).Any(later => later.RegulatorContact == regime.RegulatorContact)
                ? regime.RegulatorRight.Replace(" " + regime.RegulatorContact, string.Empty)
                : regime.RegulatorRight;
        return new ComplaintRights(
            definitions.Select(r => For(r, r.ReviewRight.Replace("{how}", how))).ToArray(),
            definitions.Select((r, i) => For(r, Regulator(r, i))).ToArray());
    }

    /// <summary>The rights for <paramref name="request"/>: under every regime its questions are answered under, with its authority's way of asking for a review.</summary>
    public static ComplaintRights For(FoiRequestDefinition request) =>
        Standard((request ?? throw new ArgumentNullException(nameof(request))).Profile, request.Regimes.ToArray());

    /// <summary>True when either part has been left without any words.</summary>
    public bool IsEmpty => !InternalReview.Any(p => !string.IsNullOrWhiteSpace(p)) || !InformationCommissioner.Any(p => !string.IsNullOrWhiteSpace(p));
}

/// <summary>A finished FOI response: the request, the answer to every question and the reasons for anything withheld.</summary>
public sealed class FoiResponse
{
    internal FoiResponse(
        FoiRequestDefinition request,
        DateTime? respondedOn,
        IReadOnlyList<QuestionResponse> questions,
        IReadOnlyList<string> extentOfSearches,
        IReadOnlyList<string> decision,
        IReadOnlyList<EvidenceOfHarm> evidenceOfHarm,
        IReadOnlyList<PublicInterestTest> publicInterestTests,
        IReadOnlyList<string> balanceTest,
        IReadOnlyList<string> closingNotes,
        IReadOnlyList<string> refusalReasons,
        IReadOnlyList<string> adviceAndAssistance,
        ComplaintRights? rights,
        IReadOnlyList<ExemptionReasons> reasons)
    {
        Reasons = reasons;
        Request = request;
        RespondedOn = respondedOn;
        Questions = questions;
        ExtentOfSearches = extentOfSearches;
        Decision = decision;
        EvidenceOfHarm = evidenceOfHarm;
        PublicInterestTests = publicInterestTests;
        BalanceTest = balanceTest;
        ClosingNotes = closingNotes;
        RefusalReasons = refusalReasons;
        AdviceAndAssistance = adviceAndAssistance;
        Rights = rights;
        Outcome = DeriveOutcome(questions);
        Timeliness = respondedOn is { } date ? request.AssessTimeliness(date) : null;
    }

    /// <summary>The request as received.</summary>
    public FoiRequestDefinition Request { get; }

    /// <summary>The date of the response, if set.</summary>
    public DateTime? RespondedOn { get; }

    /// <summary>
    /// The response's dates judged by the FOIA clock (s10): due date, extension, lateness; null unless
    /// both the date of receipt and the date of the response are known.
    /// </summary>
    public Timeliness? Timeliness { get; }

    /// <summary>Why the response is late, as the officer wrote it; empty when it is on time or undated.</summary>
    public IReadOnlyList<string> ReasonsForDelay { get; init; } = Array.Empty<string>();

    /// <summary>The response to every question, in number order.</summary>
    public IReadOnlyList<QuestionResponse> Questions { get; }

    /// <summary>Where the authority searched and what it found; empty when not written.</summary>
    public IReadOnlyList<string> ExtentOfSearches { get; }

    /// <summary>The decision paragraph(s); empty when not written.</summary>
    public IReadOnlyList<string> Decision { get; }

    /// <summary>Why each withheld exemption applies (s17(1)(c)), where evidence of harm does not say it: class statements, s21 accessibility, s22 publication, the s36 opinion, the s40(2) legitimate-interests test, or s17(4).</summary>
    public IReadOnlyList<ExemptionReasons> Reasons { get; }

    /// <summary>Evidence of harm for prejudice-based exemptions.</summary>
    public IReadOnlyList<EvidenceOfHarm> EvidenceOfHarm { get; }

    /// <summary>Public interest tests for qualified exemptions, one per exemption.</summary>
    public IReadOnlyList<PublicInterestTest> PublicInterestTests { get; }

    /// <summary>The balance test: the conclusion weighing the public interest.</summary>
    public IReadOnlyList<string> BalanceTest { get; }

    /// <summary>Closing notes (e.g. that figures are not comparable with other forces).</summary>
    public IReadOnlyList<string> ClosingNotes { get; }

    /// <summary>Why the whole request is refused under s12 or s14; empty when not written or not refused.</summary>
    public IReadOnlyList<string> RefusalReasons { get; }

    /// <summary>The estimate behind a refusal under s12 (Fees Regulations 2004); null when none is given.</summary>
    public CostEstimate? CostEstimate { get; internal init; }

    /// <summary>Advice and assistance (s16), e.g. how to narrow a request refused on cost.</summary>
    public IReadOnlyList<string> AdviceAndAssistance { get; }

    /// <summary>The internal review and Information Commissioner paragraph (s17(7)); null when removed.</summary>
    public ComplaintRights? Rights { get; }

    /// <summary>The outcome of the whole request.</summary>
    public OverallOutcome Outcome { get; }

    /// <summary>True when anything is withheld, neither confirmed nor denied, or refused: the response is then a refusal notice under s17.</summary>
    public bool IsRefusal => Questions.Any(q => q.Outcome is QuestionOutcome.Withheld or QuestionOutcome.PartlyWithheld or QuestionOutcome.NeitherConfirmNorDeny or QuestionOutcome.Refused or QuestionOutcome.PartlyRefused);

    /// <summary>Every exemption claimed, each once, in first-claimed order.</summary>
    public IReadOnlyList<ExemptionClaim> ExemptionsClaimed => Request.ExemptionsClaimed;

    private static OverallOutcome DeriveOutcome(IReadOnlyList<QuestionResponse> questions)
    {
        int Count(QuestionOutcome outcome) => questions.Count(q => q.Outcome == outcome);

        // A question answered in part counts on both sides: something was disclosed, something withheld or refused.
        var partly = Count(QuestionOutcome.PartlyWithheld);
        var partlyRefused = Count(QuestionOutcome.PartlyRefused);
        var disclosed = Count(QuestionOutcome.Disclosed) + partly + partlyRefused;
        var withheld = Count(QuestionOutcome.Withheld) + partly;
        var ncnd = Count(QuestionOutcome.NeitherConfirmNorDeny);
        var refused = Count(QuestionOutcome.Refused) + partlyRefused;

        // Refused as a whole (s12, s14), or on cost with nothing released: the procedural refusal is the outcome.
        if (refused > 0 && disclosed == 0)
        {
            return OverallOutcome.Refused;
        }

        if (withheld + ncnd + refused > 0)
        {
            return disclosed > 0 ? OverallOutcome.PartiallyWithheld
                : withheld > 0 ? OverallOutcome.WithheldInFull
                : OverallOutcome.NeitherConfirmNorDeny;
        }

        return disclosed == 0 && Count(QuestionOutcome.NotHeld) > 0 ? OverallOutcome.NotHeld : OverallOutcome.GrantedInFull;
    }
}
