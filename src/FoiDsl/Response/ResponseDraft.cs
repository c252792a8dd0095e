using System;
using System.Collections.Generic;
using System.Linq;

namespace FoiDsl;

/// <summary>
/// A response being written. The generated builder of each request wraps one; it can also be used
/// directly with a hand-made <see cref="FoiRequestDefinition"/>. <see cref="Build"/> checks the
/// response is complete and throws <see cref="IncompleteResponseException"/> listing everything missing.
/// </summary>
public sealed class ResponseDraft
{
    private readonly Dictionary<int, Answer> _answers = new();
    private readonly List<string> _extentOfSearches = new();
    private readonly List<string> _decision = new();
    private readonly List<EvidenceOfHarm> _harm = new();
    private readonly List<PublicInterestTest> _publicInterestTests = new();
    private readonly List<string> _balanceTest = new();
    private readonly List<string> _closingNotes = new();
    private readonly List<string> _refusalReasons = new();
    private readonly List<string> _adviceAndAssistance = new();
    private readonly List<ExemptionReasons> _reasons = new();
    private DateTime? _respondedOn;
    private readonly List<string> _reasonsForDelay = new();
    private ComplaintRights? _rights;
    private CostEstimate? _costEstimate;

    /// <summary>Starts a response to <paramref name="request"/>, with the standard complaint rights paragraph.</summary>
    public ResponseDraft(FoiRequestDefinition request)
    {
        Request = request ?? throw new ArgumentNullException(nameof(request));
        _rights = FoiDsl.ComplaintRights.For(request);
    }

    /// <summary>The request being answered.</summary>
    public FoiRequestDefinition Request { get; }

    /// <summary>Answers question <paramref name="number"/>; a later answer replaces an earlier one.</summary>
    /// <exception cref="ArgumentException">The request has no such question, or its information is withheld under an exemption.</exception>
    public ResponseDraft Answer(int number, Answer answer)
    {
        if (answer is null)
        {
            throw new ArgumentNullException(nameof(answer));
        }

        var question = Request.FindQuestion(number)
            ?? throw new ArgumentException($"{Request.Reference} has no question {number}.", nameof(number));
        if (!Request.NeedsAnswer(question))
        {
            var why = Request.RefusedUnder is { } ground ? $"the whole request is refused under {ground.Citation}"
                : question.IsWithheld ? $"it is withheld under {string.Join(" and ", question.Exemptions.Select(e => e.Citation))}"
                : $"the authority neither confirms nor denies holding it ({string.Join(" and ", question.NeitherConfirmNorDeny.Select(e => e.Citation))})";
            throw new ArgumentException($"{question.Label} ({question.Name}) cannot be answered: {why}.", nameof(number));
        }

        _answers[number] = answer;
        return this;
    }

    /// <summary>Sets the date of the response.</summary>
    public ResponseDraft RespondedOn(DateTime date)
    {
        _respondedOn = date.Date;
        return this;
    }

    /// <summary>
    /// Adds paragraphs saying why the response is late and apologising: <c>Build()</c> requires them
    /// for a response dated after its due date (FOIA s10(1), or as extended under s10(3)).
    /// </summary>
    public ResponseDraft ReasonsForDelay(params string[] paragraphs) => Add(_reasonsForDelay, paragraphs, nameof(ReasonsForDelay));

    /// <summary>Adds paragraphs to "Extent and Result of Searches to Locate Information".</summary>
    public ResponseDraft ExtentOfSearches(params string[] paragraphs) => Add(_extentOfSearches, paragraphs, nameof(ExtentOfSearches));

    /// <summary>Adds paragraphs to the "Decision" section, before the answers.</summary>
    public ResponseDraft Decision(params string[] paragraphs) => Add(_decision, paragraphs, nameof(Decision));

    /// <summary>
    /// Adds evidence of harm for the exemptions cited, stating how likely the harm is. Cite the
    /// exemption (<c>s31(1)</c>) for the harm of disclosing the information, or its NCND provision
    /// (<c>s31(3)</c>) for the harm of confirming or denying whether it is held; the two are argued
    /// separately. The likelihood is printed only for tests that have one (prejudice, endanger, inhibit).
    /// </summary>
    /// <exception cref="ArgumentException">An exemption is not a catalogue exemption, disclosure and NCND citations are mixed, or no paragraph is given.</exception>
    public ResponseDraft EvidenceOfHarm(IEnumerable<string> exemptions, HarmLikelihood likelihood, params string[] paragraphs) =>
        AddHarm(exemptions, likelihood, paragraphs);

    /// <summary>
    /// Adds evidence of harm without stating how likely the harm is. The ICO then assumes the lower
    /// level ("would be likely to"); rule FOI0017 asks for the likelihood to be stated.
    /// </summary>
    /// <exception cref="ArgumentException">An exemption is not a catalogue exemption, disclosure and NCND citations are mixed, or no paragraph is given.</exception>
    public ResponseDraft EvidenceOfHarm(IEnumerable<string> exemptions, params string[] paragraphs) =>
        AddHarm(exemptions, null, paragraphs);

    private ResponseDraft AddHarm(IEnumerable<string> exemptions, HarmLikelihood? likelihood, string[] paragraphs)
    {
        var claims = (exemptions ?? throw new ArgumentNullException(nameof(exemptions))).Select(Request.ParseSection).ToArray();
        if (claims.Length == 0)
        {
            throw new ArgumentException("Evidence of harm must name the exemption(s) it supports.", nameof(exemptions));
        }

        if (claims.Any(c => c.IsNeitherConfirmNorDeny) && claims.Any(c => !c.IsNeitherConfirmNorDeny))
        {
            var ncnd = claims.Where(c => c.IsNeitherConfirmNorDeny).Select(c => c.Citation);
            var disclosure = claims.Where(c => !c.IsNeitherConfirmNorDeny).Select(c => c.Citation);
            throw new ArgumentException(
                $"Evidence of harm mixes the harm of disclosing information ({string.Join(", ", disclosure)}) with the harm of confirming or denying whether it is held ({string.Join(", ", ncnd)}): call EvidenceOfHarm once for each.",
                nameof(exemptions));
        }

        _harm.Add(new EvidenceOfHarm(claims, likelihood, Paragraphs(paragraphs, nameof(EvidenceOfHarm))));
        return this;
    }

    /// <summary>
    /// Sets the public interest test for a qualified exemption; a later test citing the same provision
    /// replaces it, and one citing another limb of the same exemption is refused (one exemption, one test,
    /// so no factors are lost). Cite the exemption (<c>s31(1)</c>) to weigh disclosing the information
    /// (s2(2)(b)), or its NCND provision (<c>s31(3)</c>) to weigh confirming or denying whether it is
    /// held (s2(1)(b)): the factors are then for and against confirming or denying.
    /// </summary>
    /// <exception cref="ArgumentException">The exemption is not a catalogue exemption, either list of factors is empty, or another limb of the exemption already has its test.</exception>
    public ResponseDraft PublicInterestTest(string exemption, IEnumerable<string> favouringDisclosure, IEnumerable<string> favouringNonDisclosure)
    {
        var claim = Request.ParseSection(exemption);
        if (_publicInterestTests.FirstOrDefault(t => t.Exemption.Covers(claim) && t.Exemption.Citation != claim.Citation) is { } earlier)
        {
            throw new ArgumentException($"{claim.Citation} and {earlier.Exemption.Citation} are limbs of one exemption, {claim.Exemption}, which has one public interest test: weigh the factors of both in a single PublicInterestTest(\"{earlier.Exemption.Citation}\", ...).", nameof(exemption));
        }

        var test = new PublicInterestTest(
            claim,
            Paragraphs(favouringDisclosure?.ToArray(), "factors favouring disclosure"),
            Paragraphs(favouringNonDisclosure?.ToArray(), "factors favouring non-disclosure"));
        _publicInterestTests.RemoveAll(t => t.Exemption.Covers(claim));
        _publicInterestTests.Add(test);
        return this;
    }

    /// <summary>
    /// States why a class exemption applies to the information withheld (s17(1)(c)): why the
    /// information falls within the class, e.g. that it was held for a criminal investigation (s30(1)).
    /// Also accepted for s24 and s34 in place of evidence of harm, and for an NCND provision
    /// (<c>"s23(5)"</c>) to say why confirming or denying is excluded. A later call for the same exemption adds to it.
    /// </summary>
    /// <exception cref="ArgumentException">The exemption is not a catalogue exemption, or no paragraph is given.</exception>
    public ResponseDraft WhyExempt(string exemption, params string[] paragraphs) =>
        AddReasons(new WhyExempt(Request.ParseSection(exemption), Paragraphs(paragraphs, "statement of why " + exemption + " applies")));

    /// <summary>s21: states where and how the withheld information is reasonably accessible to the requester, with a web address or reference if there is one.</summary>
    /// <exception cref="ArgumentException">No place is given.</exception>
    public ResponseDraft ReasonablyAccessible(string where, string? link = null) =>
        AddReasons(new ReasonablyAccessible(ClaimOf("s21"), Text(where, "place where the information is accessible"), string.IsNullOrWhiteSpace(link) ? null : link!.Trim()));

    /// <summary>s22: states who intends to publish the withheld information and roughly when, and why it is reasonable to withhold it until then (s22(1)(a)–(c)).</summary>
    /// <exception cref="ArgumentException">The publisher, the expected time or the reasons are empty.</exception>
    public ResponseDraft IntendedPublication(string publisher, string expected, params string[] paragraphs) =>
        AddReasons(new IntendedPublication(ClaimOf("s22"), Text(publisher, "publisher"), Text(expected, "expected publication"), Paragraphs(paragraphs, "reasons to withhold until publication")));

    /// <summary>
    /// EIR reg 12(4)(d) (EIR (Scotland) reg 10(4)(d)): states why the information is still in the course of completion,
    /// who is preparing it (this authority's team, or another authority by name), and when it is expected to be finished —
    /// the refusal must name another authority preparing it and say when, where known (EIR reg 14(4), EIR (Scotland) reg 13(d)).
    /// </summary>
    /// <exception cref="ArgumentException">The request claims neither exception, or who, when or the reasons are empty.</exception>
    public ResponseDraft InCourseOfCompletion(string preparedBy, string expectedCompletion, params string[] paragraphs)
    {
        var claim = Request.ExemptionsClaimed.FirstOrDefault(c => c.Exemption.Reason == ReasonSection.InCourseOfCompletion && !c.IsNeitherConfirmNorDeny)
            ?? throw new ArgumentException($"{Request.Reference} claims no exception for material still in the course of completion (EIR reg 12(4)(d), EIR (Scotland) reg 10(4)(d)).", nameof(expectedCompletion));
        return AddReasons(new InCourseOfCompletion(claim, Text(preparedBy, "who is preparing the information"), Text(expectedCompletion, "expected completion"), Paragraphs(paragraphs, "reasons the information is unfinished")));
    }

    /// <summary>s36: states the reasonable opinion of the qualified person, who gave it and when; s36(2) is engaged only by that opinion.</summary>
    /// <exception cref="ArgumentException">The qualified person or the opinion is empty.</exception>
    public ResponseDraft QualifiedPersonsOpinion(string qualifiedPerson, DateTime givenOn, params string[] paragraphs) =>
        AddReasons(new QualifiedPersonsOpinion(ClaimOf("s36"), Text(qualifiedPerson, "qualified person"), givenOn, Paragraphs(paragraphs, "qualified person's opinion")));

    /// <summary>
    /// s40(2), first condition: the legitimate-interests test showing that disclosure would breach the
    /// data protection principles: the legitimate interest in disclosure, whether disclosure is necessary
    /// for it, and the balance against the data subjects' interests, rights and freedoms.
    /// </summary>
    /// <exception cref="ArgumentException">A part of the test is empty.</exception>
    public ResponseDraft LegitimateInterestsTest(string legitimateInterest, string necessity, string balance) =>
        AddReasons(new LegitimateInterestsTest(ClaimOf("s40.2a"), Text(legitimateInterest, "legitimate interest"), Text(necessity, "necessity test"), Text(balance, "balancing test")));

    /// <summary>s17(4): records that the response does not say why an exemption applies, because saying so would itself disclose exempt information.</summary>
    /// <exception cref="ArgumentException">The exemption is not a catalogue exemption.</exception>
    public ResponseDraft ReasonsNotStated(string exemption)
    {
        var claim = Request.ParseSection(exemption);
        if (RegimeDefinition.For(claim.Regime).ReasonsNotStatedProvision is null)
        {
            throw new ArgumentException($"{claim} is claimed under the {RegimeDefinition.For(claim.Regime).Name}, which does not excuse a refusal notice from saying why a ground applies: state the reasons (WhyExempt or the section the {RegimeDefinition.For(claim.Regime).GroundWord} calls for).", nameof(exemption));
        }

        return AddReasons(new ReasonsNotStated(claim));
    }

    /// <summary>Adds paragraphs to the balance test: the conclusion weighing the public interest.</summary>
    public ResponseDraft BalanceTest(params string[] paragraphs) => Add(_balanceTest, paragraphs, nameof(BalanceTest));

    /// <summary>Adds paragraphs explaining why the request is refused under s12 or s14 (e.g. the cost estimate).</summary>
    public ResponseDraft RefusalReasons(params string[] paragraphs) => Add(_refusalReasons, paragraphs, nameof(RefusalReasons));

    /// <summary>
    /// Sets the estimate behind a refusal under s12: the countable activities (Fees Regulations 2004
    /// reg 4(3)), their total against the appropriate limit, and any requests aggregated (reg 5).
    /// A later estimate replaces an earlier one.
    /// </summary>
    /// <exception cref="InvalidOperationException">Nothing in the request is refused under s12.</exception>
    public ResponseDraft CostEstimate(CostEstimate estimate)
    {
        if (Request.CostGround is null)
        {
            throw new InvalidOperationException($"{Request.Reference} is not refused under s12, so it has no cost estimate: declare [RefuseRequest(ProceduralGrounds.S12)] on the request, or [ExceedsCostLimit] on the question that costs too much.");
        }

        _costEstimate = estimate ?? throw new ArgumentNullException(nameof(estimate));
        return this;
    }

    /// <summary>Adds advice and assistance (FOIA s16), on any response: which body holds information that is not held here, how to narrow or rephrase a request, or after a cost refusal what could be provided within the limit.</summary>
    public ResponseDraft AdviceAndAssistance(params string[] paragraphs) => Add(_adviceAndAssistance, paragraphs, nameof(AdviceAndAssistance));

    /// <summary>Adds closing notes.</summary>
    public ResponseDraft ClosingNotes(params string[] paragraphs) => Add(_closingNotes, paragraphs, nameof(ClosingNotes));

    /// <summary>Replaces the internal review and Information Commissioner paragraph (s17(7)) with the authority's own wording.</summary>
    public ResponseDraft ComplaintRights(ComplaintRights rights)
    {
        _rights = rights ?? throw new ArgumentNullException(nameof(rights));
        return this;
    }

    /// <summary>Lists every part the response still lacks; empty when it is complete.</summary>
    public IReadOnlyList<MissingPart> FindMissingParts()
    {
        var missing = new List<MissingPart>();
        foreach (var question in Request.Questions.Where(q => Request.NeedsAnswer(q) && !_answers.ContainsKey(q.Number)))
        {
            missing.Add(new MissingPart(question.Number, null, $"{question.Label} \"{question.Wording}\" has no answer: call {question.Name}(...)."));
        }

        foreach (var question in Request.Questions.Where(q => _answers.TryGetValue(q.Number, out var a) && a.Kind == AnswerKind.Placeholder))
        {
            missing.Add(new MissingPart(question.Number, null, $"{question.Label} \"{question.Wording}\" still has a placeholder answer ({_answers[question.Number].Display}): replace it in {question.Name}(...)."));
        }

        foreach (var (section, found) in PlaceholderSections())
        {
            missing.Add(new MissingPart(null, null, $"The {section} still holds placeholder text (\"{found}\"): write it before the response is sent."));
        }

        foreach (var question in Request.Questions.Where(q => Placeholder.IsIn(q.Wording)))
        {
            missing.Add(new MissingPart(question.Number, null, $"{question.Label} ({question.Name}) is worded with placeholder text (\"{Placeholder.Find(question.Wording)}\"): quote the question as the requester wrote it."));
        }

        if (_costEstimate is not null && Request.CostGround is { } costGround)
        {
            missing.AddRange(_costEstimate.Problems(costGround).Select(p => new MissingPart(null, costGround.Citation, p)));
        }

        foreach (var claim in Request.ExemptionsClaimed)
        {
            var exemption = claim.Exemption;
            var questions = string.Join(", ", Request.Questions.Where(q => q.Claims.Any(c => c.Covers(claim))).Select(q => q.Label));
            var duty = claim.IsNeitherConfirmNorDeny ? "neither confirm nor deny" : "withhold";
            if (exemption.RequiresEvidenceOfHarm && !_harm.Any(h => h.Exemptions.Any(c => c.Covers(claim))))
            {
                var harm = claim.IsNeitherConfirmNorDeny ? "harm in confirming or denying whether the information is held" : "evidence of harm";
                missing.Add(new MissingPart(null, claim.Citation, $"{claim} is relied on to {duty} ({questions}) but the response shows no {harm}: call EvidenceOfHarm([\"{claim.Citation}\"], ...)."));
            }

            if (claim.RequiresPublicInterestTest && !_publicInterestTests.Any(t => t.Exemption.Covers(claim)))
            {
                missing.Add(new MissingPart(null, claim.Citation, $"{claim} is a qualified {RegimeDefinition.For(claim.Regime).GroundWord} relied on to {duty} ({questions}) but the response has no public interest test for it ({RegimeDefinition.For(claim.Regime).Cites.PublicInterest}): call PublicInterestTest(\"{claim.Citation}\", ...)."));
            }
        }

        foreach (var claim in Request.ExemptionsClaimed.Where(c => !c.IsNeitherConfirmNorDeny && c.Exemption.Reason != ReasonSection.EvidenceOfHarm && !HasReasons(c)))
        {
            var questions = string.Join(", ", Request.Questions.Where(q => q.Withheld.Any(c => c.Covers(claim))).Select(q => q.Label));
            var call = claim.Exemption.Reason != ReasonSection.WhyExempt ? claim.Exemption.Reason + "(...)"
                : claim.Exemption.Test == HarmTest.RequiredForPurpose ? $"EvidenceOfHarm([\"{claim.Citation}\"], ...) or WhyExempt(\"{claim.Citation}\", ...)"
                : $"WhyExempt(\"{claim.Citation}\", ...)";
            // The reasons a refusal owes (RuleCitations.Reasons); only a regime with a ReasonsNotStatedProvision (FOIA s17(4)) excuses them where stating them would disclose exempt information.
            var regime = RegimeDefinition.For(claim.Regime);
            var excuse = regime.ReasonsNotStatedProvision is { } provision ? $", or ReasonsNotStated(\"{claim.Citation}\") where saying why would itself disclose exempt information ({provision})" : string.Empty;
            missing.Add(new MissingPart(null, claim.Citation, $"{claim} withholds {questions} but the response does not say why it applies ({regime.RefusalNotice}): call {call}{excuse}."));
        }

        foreach (var opinion in _reasons.OfType<QualifiedPersonsOpinion>().Where(o => o.GivenOn == default))
        {
            missing.Add(new MissingPart(null, opinion.Exemption.Citation, "The qualified person's opinion has no date: pass the date it was given to QualifiedPersonsOpinion(...)."));
        }

        if (Request.RefusedUnder is { } ground && Request.Questions.Any(q => q.Claims.Any()))
        {
            // A refused request is not answered, so its exemptions would never reach the response (FOI0023 at compile time).
            var claimed = string.Join(", ", Request.Questions.Where(q => q.Claims.Any()).Select(q => q.Label));
            missing.Add(new MissingPart(null, null, $"The request is refused as a whole under {ground.Citation}, but {claimed} also claim exemptions that would never appear in the response: refuse the request or claim the exemptions, not both."));
        }

        if (Request.RefusedUnder is { } whole && Request.RefusedOnCost.Any())
        {
            var questions = string.Join(", ", Request.RefusedOnCost.Select(q => q.Label));
            missing.Add(new MissingPart(null, null, $"The request is refused as a whole under {whole.Citation}, so refusing {questions} on cost as well says nothing: keep the refusal of the whole request, or answer it and refuse only the questions that cost too much."));
        }

        missing.AddRange(Request.ExclusiveExemptionsClaimed().Select(problem => new MissingPart(null, null, problem)));
        missing.AddRange(DateProblems());

        if (Request.ExemptionsClaimed.Any(c => c.RequiresPublicInterestTest) && _balanceTest.Count == 0)
        {
            var weighed = Request.ExemptionsClaimed.Where(c => c.RequiresPublicInterestTest).Select(c => RegimeDefinition.For(c.Regime)).Distinct().ToList();
            var grounds = string.Join(" and ", weighed.Select(r => r.GroundWordPlural).Distinct());
            var provisions = string.Join("; ", weighed.Select(r => r.Cites.PublicInterest));
            missing.Add(new MissingPart(null, null, $"Qualified {grounds} are claimed but the response has no balance test concluding the public interest test ({provisions}): call BalanceTest(...)."));
        }

        if ((Request.ExemptionsClaimed.Count > 0 || Request.RefusedUnder is not null || Request.CostGround is not null) && (_rights is null || _rights.IsEmpty))
        {
            var regime = Request.RegimeDefinition;
            missing.Add(new MissingPart(null, null, $"The response refuses information, so it must tell the requester how to ask for {regime.ReviewAsked} and of the right to apply to the {regime.Regulator} ({regime.Cites.Rights}): restore ComplaintRights(...)."));
        }

        return missing;
    }

    /// <summary>Builds the finished response.</summary>
    /// <exception cref="IncompleteResponseException">Something is missing; the exception lists every missing part.</exception>
    public FoiResponse Build()
    {
        var missing = FindMissingParts();
        if (missing.Count > 0)
        {
            throw new IncompleteResponseException(Request.Reference, missing);
        }

        var questions = Request.Questions.Select(Respond).ToArray();
        return new FoiResponse(
            Request,
            _respondedOn,
            questions,
            _extentOfSearches.ToArray(),
            _decision.ToArray(),
            _harm.ToArray(),
            _publicInterestTests.ToArray(),
            _balanceTest.ToArray(),
            _closingNotes.ToArray(),
            _refusalReasons.ToArray(),
            _adviceAndAssistance.ToArray(),
            _rights,
            _reasons.ToArray())
        {
            CostEstimate = _costEstimate,
            ReasonsForDelay = _reasonsForDelay.ToArray(),
        };
    }

    /// <summary>
    /// What is wrong with the response's dates (FOIA s10): a date before receipt, clarification, fees or
    /// extension dates out of order, and a late response that does not say why (rule FOI0034 at compile time).
    /// Warnings of the clock (an extension longer than the ICO expects) do not stop the response.
    /// </summary>
    private IEnumerable<MissingPart> DateProblems()
    {
        if (_respondedOn is not { } respondedOn || Request.AssessTimeliness(respondedOn) is not { } timeliness)
        {
            yield break;
        }

        foreach (var problem in timeliness.Problems.Where(p => p.Severity == TimelinessSeverity.Error && p.Kind != TimelinessProblemKind.Late))
        {
            yield return new MissingPart(null, null, problem.Message + " Correct the dates.");
        }

        if (timeliness.IsLate && _reasonsForDelay.Count == 0)
        {
            var late = timeliness.Problems.First(p => p.Kind == TimelinessProblemKind.Late);
            yield return new MissingPart(null, null, late.Message + " Say why and apologise with ReasonsForDelay(...): the letter states that it is late.");
        }
    }

    /// <summary>The names of the sections whose text still holds a placeholder, each with the first placeholder found.</summary>
    private IEnumerable<(string Section, string Found)> PlaceholderSections()
    {
        var sections = new List<(string Name, IEnumerable<string> Paragraphs)>
        {
            ("extent of searches", _extentOfSearches),
            ("decision", _decision),
        };
        sections.AddRange(_harm.Select(h => ($"evidence of harm for {string.Join(" and ", h.Exemptions.Select(e => e.Citation))}", (IEnumerable<string>)h.Paragraphs)));
        sections.AddRange(_publicInterestTests.Select(t => ($"public interest test for {t.Exemption.Citation}", t.FavouringDisclosure.Concat(t.FavouringNonDisclosure))));
        sections.Add(("balance test", _balanceTest));
        sections.Add(("reasons for refusal", _refusalReasons));
        if (_costEstimate is not null)
        {
            sections.Add(("cost estimate", _costEstimate.Lines.Select(l => l.Description).Concat(_costEstimate.AggregatedWith)));
        }

        sections.Add(("advice and assistance", _adviceAndAssistance));
        sections.Add(("closing notes", _closingNotes));
        sections.Add(("reasons for delay", _reasonsForDelay));
        sections.AddRange(_reasons.Select(r => ($"reasons for {r.Exemption.Citation}", r.Texts)));
        if (_rights is not null)
        {
            sections.Add(("complaint rights paragraph", _rights.InternalReview.Concat(_rights.InformationCommissioner)));
        }

        foreach (var (name, paragraphs) in sections)
        {
            if (paragraphs.Select(Placeholder.Find).FirstOrDefault(f => f is not null) is { } found)
            {
                yield return (name, found);
            }
        }
    }

    private QuestionResponse Respond(QuestionDefinition question)
    {
        if (Request.RefusedUnder is not null)
        {
            return new QuestionResponse(question, QuestionOutcome.Refused, null);
        }

        if (question.IsWithheld)
        {
            return new QuestionResponse(question, QuestionOutcome.Withheld, null);
        }

        if (question.IsNeitherConfirmedNorDenied)
        {
            return new QuestionResponse(question, QuestionOutcome.NeitherConfirmNorDeny, null);
        }

        if (question.IsRefusedOnCost)
        {
            return new QuestionResponse(question, QuestionOutcome.Refused, null);
        }

        var answer = _answers[question.Number];
        var outcome = answer.Kind switch
        {
            _ when question.IsPartlyWithheld => QuestionOutcome.PartlyWithheld,
            _ when question.CostRefusal is not null => QuestionOutcome.PartlyRefused,
            AnswerKind.NotHeld => QuestionOutcome.NotHeld,
            AnswerKind.NotApplicable => QuestionOutcome.NotApplicable,
            _ => QuestionOutcome.Disclosed,
        };
        return new QuestionResponse(question, outcome, answer);
    }

    /// <summary>True when the response says why <paramref name="claim"/> applies: its own section, s17(4), or for s24 and s34 evidence of harm.</summary>
    private bool HasReasons(ExemptionClaim claim) =>
        _reasons.Any(r => r.Exemption.Covers(claim) && (r is ReasonsNotStated || Section(r) == claim.Exemption.Reason))
        || (claim.Exemption.Test == HarmTest.RequiredForPurpose && _harm.Any(h => h.Exemptions.Any(c => c.Covers(claim))));

    private static ReasonSection? Section(ExemptionReasons reasons) => reasons switch
    {
        FoiDsl.WhyExempt => ReasonSection.WhyExempt,
        FoiDsl.ReasonablyAccessible => ReasonSection.ReasonablyAccessible,
        FoiDsl.IntendedPublication => ReasonSection.IntendedPublication,
        FoiDsl.QualifiedPersonsOpinion => ReasonSection.QualifiedPersonsOpinion,
        FoiDsl.LegitimateInterestsTest => ReasonSection.LegitimateInterestsTest,
        FoiDsl.InCourseOfCompletion => ReasonSection.InCourseOfCompletion,
        _ => null,
    };

    /// <summary>The request's own claim of the entry <paramref name="id"/> (e.g. s36(2)(b)(i) for s36), or its main provision when the request does not claim it.</summary>
    private ExemptionClaim ClaimOf(string id) =>
        Request.ExemptionsClaimed.FirstOrDefault(c => c.Exemption.Id == id && !c.IsNeitherConfirmNorDeny)
        ?? ExemptionClaim.Parse(ExemptionCatalogue.FindById(id)!.Provision, ExemptionCatalogue.FindById(id)!.Regime);

    private ResponseDraft AddReasons(ExemptionReasons reasons)
    {
        _reasons.Add(reasons);
        return this;
    }

    private static string Text(string? text, string what) =>
        string.IsNullOrWhiteSpace(text) ? throw new ArgumentException($"The {what} needs some words.", nameof(text)) : text!.Trim();

    private ResponseDraft Add(List<string> section, string[]? paragraphs, string sectionName)
    {
        section.AddRange(Paragraphs(paragraphs, sectionName));
        return this;
    }

    private static string[] Paragraphs(string[]? paragraphs, string what)
    {
        if (paragraphs is null || paragraphs.Length == 0 || paragraphs.All(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"The {what} needs at least one paragraph of text.", nameof(paragraphs));
        }

        return paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToArray();
    }
}
