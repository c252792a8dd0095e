// Shared with the analyzers: see Exemption.cs. A regime is data — its catalogue, clock, wording and
// rights — read by one mechanism: the generator, the rules and the layout never branch on a regime's name.
using System;
using System.Collections.Generic;
using System.Linq;
#if FOIDSL_ANALYZERS
using FoiDsl.Generators.Clock;
#endif

#if FOIDSL_ANALYZERS
namespace FoiDsl.Generators.Catalogue;
#else
namespace FoiDsl;
#endif

/// <summary>
/// One access regime as data: its statute, the catalogue of grounds it withholds under, its clock, the
/// words a response uses under it, and the requester's rights after a refusal.
/// </summary>
public sealed class RegimeDefinition
{
    private RegimeDefinition(Regime regime, string name, string shortName, string groundWord, IReadOnlyList<Exemption> catalogue, ClockRegime clock)
    {
        Regime = regime;
        Name = name;
        ShortName = shortName;
        GroundWord = groundWord;
        Catalogue = catalogue;
        Clock = clock;
    }

    /// <summary>Which regime this is.</summary>
    public Regime Regime { get; }

    /// <summary>The statute's title, e.g. <c>Environmental Information Regulations 2004</c>.</summary>
    public string Name { get; }

    /// <summary>The short name, e.g. <c>EIR</c>; typed citations start with it (<c>"EIR reg 12(5)(e)"</c>).</summary>
    public string ShortName { get; }

    /// <summary>The short name with the statute's year, e.g. <c>FOIA 2000</c>, <c>EIR (Scotland) 2004</c>: the regime column of a disclosure log.</summary>
    public string ShortTitle => ShortName + " " + Name.Substring(Name.Length - 4);

    /// <summary>What a ground for withholding is called: <c>exemption</c> (FOIA, FOISA) or <c>exception</c> (EIR).</summary>
    public string GroundWord { get; }

    /// <summary>Every entry of the regime's catalogue, in statute order.</summary>
    public IReadOnlyList<Exemption> Catalogue { get; }

    /// <summary>The regime's statutory clock.</summary>
    public ClockRegime Clock { get; }

    /// <summary>The regime environmental information goes to instead (FOIA s39 → EIR; FOISA s39(2) → EIR (Scotland)); null for the environmental regimes.</summary>
    public Regime? EnvironmentalRegime { get; private init; }

    /// <summary>
    /// True for the ground that routes environmental information out of this general regime (FOIA s39,
    /// FOISA s39(2)): the question is then answered under <see cref="EnvironmentalRegime"/> instead.
    /// </summary>
    public static bool RoutesToEnvironmentalRegime(Exemption entry) =>
        For(entry.Regime).EnvironmentalRouteId == entry.Id;

    /// <summary>True for the environmental regimes, which an authority answers alongside a general one (a mixed request).</summary>
    public bool IsEnvironmental { get; private init; }

    /// <summary>True in Scotland: the default regime of a Scottish authority, the Scottish Information Commissioner, Scotland's bank holidays.</summary>
    public bool IsScottish { get; private init; }

    /// <summary>The provision requiring a refusal notice, in words, e.g. <c>section 17 of the Freedom of Information Act 2000</c>.</summary>
    public string RefusalNotice { get; private init; } = "";

    /// <summary>The provisions the rules cite, short, as their messages print them (see <see cref="RuleCitations"/>).</summary>
    public RuleCitations Cites { get; private init; } = RuleCitations.None;

    /// <summary>The provision for a notice refusing a whole request under a procedural ground (FOIA s17(5)), in words; null where the regime has no procedural grounds.</summary>
    public string? ProceduralRefusalNotice { get; private init; }

    /// <summary>The provision requiring the public interest test, in words, e.g. <c>regulation 12(1)(b)</c>.</summary>
    public string PublicInterestProvision { get; private init; } = "";

    /// <summary>The statement of the presumption in favour of disclosure every refusal under the regime makes (EIR reg 12(2)); null where there is none.</summary>
    public string? PresumptionInFavourOfDisclosure { get; private init; }

    /// <summary>The provision excusing a statement of why a ground applies where the statement would itself disclose exempt information (FOIA s17(4)); null where the regime has none.</summary>
    public string? ReasonsNotStatedProvision { get; private init; }

    /// <summary>The single provision for neither confirming nor denying shared by every ground that allows it (FOISA s18(1)); null where each ground has its own.</summary>
    public string? SharedNeitherConfirmNorDeny { get; private init; }

    /// <summary>Why a request cannot be refused as a whole under this regime when it has no procedural grounds; null where it has them.</summary>
    public string? NoProceduralGrounds { get; private init; }

    /// <summary>The id of the cost ground (FOIA s12, FOISA s12); null where there is none.</summary>
    public string? CostGroundId { get; private init; }

    /// <summary>The limits an estimate under the cost ground is made against (FOIA: £450 and £600 at £25 an hour; FOISA: £600 at £15); empty where there is no cost ground.</summary>
    public IReadOnlyList<CostLimitFigures> CostLimits { get; private init; } = Array.Empty<CostLimitFigures>();

    /// <summary>What the regime calls its cost limit: <c>appropriate limit</c> (FOIA s12), <c>prescribed amount</c> (FOISA s12); <c>cost limit</c> where there is none.</summary>
    public string CostLimitName => CostLimits.Count > 0 ? CostLimits[0].Name : "cost limit";

    /// <summary>The limits as code writes them, e.g. <c>AppropriateLimit.Standard or AppropriateLimit.CentralGovernment</c>.</summary>
    public string CostLimitsWritten => string.Join(" or ", CostLimits.Select(l => l.Written));

    /// <summary>The provision for neither confirming nor denying because confirming alone would cost too much (FOIA s12(2)); null where there is none.</summary>
    public string? CostNeitherConfirmNorDeny { get; private init; }

    /// <summary>The review paragraph; <c>{how}</c> is replaced by how to ask (the authority profile's email or address, or "write to us").</summary>
    public string ReviewRight { get; private init; } = "";

    /// <summary>The regulator paragraph.</summary>
    public string RegulatorRight { get; private init; } = "";

    /// <summary>How to reach the regulator, a sentence of <see cref="RegulatorRight"/>; a mixed letter states it once.</summary>
    public string RegulatorContact => IsScottish ? SicContact : IcoContact;

    /// <summary>A citation of the regime as messages show one, e.g. <c>s31(1)(a)</c>, <c>reg 12(5)(e)</c>.</summary>
    public string CitationExample { get; private init; } = "";

    /// <summary>The regulator, e.g. <c>Information Commissioner</c>.</summary>
    public string Regulator { get; private init; } = "";

    /// <summary>What the review is called: <c>internal review</c>, <c>reconsideration</c>, <c>review</c>.</summary>
    public string ReviewName { get; private init; } = "";

    /// <summary>The review as something a requester asks for, e.g. <c>an internal review</c>, <c>reconsideration</c>, <c>a review</c>.</summary>
    public string ReviewAsked { get; private init; } = "";

    /// <summary>The words that withhold information under a ground: "is exempt from disclosure under" or "is excepted from disclosure under".</summary>
    public string WithheldUnder => "is " + (GroundWord == "exception" ? "excepted" : "exempt") + " from disclosure under";

    /// <summary>The provision setting the time limit, in words, e.g. <c>section 10(1) of the Freedom of Information Act 2000</c>.</summary>
    public string TimeLimitProvision { get; private init; } = "";

    /// <summary>The provision extending the time limit, short, e.g. <c>section 10(3)</c>; null where there is none.</summary>
    public string? ExtensionProvision { get; private init; }

    /// <summary>Why and under what the time was extended, in words, e.g. <c>to consider the public interest (section 10(3) of the Freedom of Information Act 2000)</c>.</summary>
    public string? ExtensionPurpose { get; private init; }

    /// <summary>The cost ground in words, e.g. <c>section 12(1) of the Freedom of Information Act 2000</c>; null where there is none.</summary>
    public string? CostProvision { get; private init; }

    /// <summary>Notes for provisions that look like grounds but are not, by section (FOIA s25).</summary>
    public IReadOnlyDictionary<string, string> NotGrounds { get; private init; } = new Dictionary<string, string>();

    /// <summary>Where a citation outside the catalogue should be looked for, e.g. "FOIA exemptions are ss.21–44 (Part II)".</summary>
    public string CatalogueScope { get; private init; } = "";

    /// <summary>The class of typed citations of this regime in the DSL, e.g. <c>FoiDsl.Eir</c>.</summary>
    public string ConstantsClass { get; private init; } = "";

    /// <summary>The class of typed citations without its namespace, as code writes it: <c>Eir</c>, <c>Exemptions</c>.</summary>
    public string ConstantsHolder => ConstantsClass.Substring(ConstantsClass.LastIndexOf('.') + 1);

    /// <summary>The provision denying some exceptions for information on emissions (EIR reg 12(9)); null where there is none.</summary>
    public string? EmissionsProvision { get; private init; }

    /// <summary>
    /// The provision requiring a refusal for material still in the course of completion to name, if known, any other
    /// authority preparing it and when it will be finished (EIR reg 14(4); EIR (Scotland) reg 13(d)); null where there is none.
    /// </summary>
    public string? CompletionNoticeProvision { get; private init; }

    /// <summary>The id of the ground that routes environmental information out of this regime (FOIA s39, FOISA s39(2)); null where there is none.</summary>
    public string? EnvironmentalRouteId { get; private init; }

    /// <summary>A canonical citation of this regime as its typed constants write it, e.g. <c>EIR reg 12(5)(e)</c>.</summary>
    public string Typed(string canonical) => CitationPrefix + canonical;

    /// <summary>The prefix a typed citation of this regime starts with, e.g. <c>"EIR "</c>.</summary>
    public string CitationPrefix => ShortName + " ";

    /// <summary>"exemptions" or "exceptions".</summary>
    public string GroundWordPlural => GroundWord + "s";

    /// <inheritdoc />
    public override string ToString() => Name;

    private const string IcoContact = "The Information Commissioner's Office can be contacted at Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, or through its website, ico.org.uk.";
    private const string SicContact = "The Scottish Information Commissioner can be contacted at Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS, or through the website foi.scot.";

    /// <summary>
    /// FOIA 2000: s17 refusal notices, s2(2)(b) public interest, s17(4) reasons not stated, s12 and s14,
    /// internal review under the s45 Code of Practice and a complaint to the Information Commissioner under s50.
    /// </summary>
    public static RegimeDefinition Foia { get; } = new(Regime.Foia, "Freedom of Information Act 2000", "FOIA", "exemption", FoiaCatalogue.Rows(), StatutoryClock.Foia)
    {
        EnvironmentalRegime = Regime.Eir,
        EnvironmentalRouteId = "s39",
        CitationExample = "s31(1)(a)",
        ConstantsClass = "FoiDsl.Exemptions",
        RefusalNotice = "section 17 of the Freedom of Information Act 2000",
        Cites = new RuleCitations(
            Reasons: "FOIA s17(1)(c)",
            PublicInterest: "FOIA s2(2)(b), s17(3)",
            AbsoluteGrounds: "FOIA s2(3)",
            Advice: "FOIA s16",
            Rights: "FOIA s17(7)",
            TimeLimit: "FOIA s10(1)"),
        ProceduralRefusalNotice = "section 17(5) of the Freedom of Information Act 2000",
        PublicInterestProvision = "section 2(2)(b) of the Freedom of Information Act 2000",
        ReasonsNotStatedProvision = "section 17(4) of the Freedom of Information Act 2000",
        CostGroundId = "s12",
        CostLimits = new[]
        {
            new CostLimitFigures("Standard", 450m, 25m, "appropriate limit"),
            new CostLimitFigures("CentralGovernment", 600m, 25m, "appropriate limit"),
        },
        CostNeitherConfirmNorDeny = "s12(2)",
        CostProvision = "section 12(1) of the Freedom of Information Act 2000",
        TimeLimitProvision = "section 10(1) of the Freedom of Information Act 2000",
        ExtensionProvision = "section 10(3)",
        ExtensionPurpose = "to consider the public interest (section 10(3) of the Freedom of Information Act 2000)",
        ReviewName = "internal review",
        ReviewAsked = "an internal review",
        Regulator = "Information Commissioner",
        ReviewRight = "If you are unhappy with how your request was handled, you can ask us for an internal review. Please {how} within 40 working days of the date of this response, saying which parts of the decision you would like reviewed and why. The review will be carried out by someone not involved in the original decision, normally within 20 working days.",
        RegulatorRight = "If you remain dissatisfied after the internal review, you have the right under section 50 of the Freedom of Information Act 2000 to apply to the Information Commissioner for a decision. " + IcoContact + " The Commissioner will usually expect the internal review to have been completed first.",
        NotGrounds = new Dictionary<string, string>
        {
            ["25"] = "s25 is not an exemption: it only supplements the ministerial certificates of ss.23 and 24. Cite s23 or s24 instead.",
        },
        CatalogueScope = "FOIA exemptions are ss.21–44 (Part II), and the procedural grounds are s8, s12 and s14",
    };

    /// <summary>
    /// EIR 2004: reg 14 refusal notices, reg 12(1)(b) public interest and the reg 12(2) presumption, no
    /// procedural grounds (burden is reg 12(4)(b)), reconsideration under reg 11 and the Information
    /// Commissioner under reg 18 (which applies FOIA s50).
    /// </summary>
    public static RegimeDefinition Eir { get; } = new(Regime.Eir, "Environmental Information Regulations 2004", "EIR", "exception", EnvironmentalCatalogue.Eir(), StatutoryClock.Eir)
    {
        IsEnvironmental = true,
        ConstantsClass = "FoiDsl.Eir",
        EmissionsProvision = "EIR reg 12(9)",
        CitationExample = "reg 12(5)(e)",
        CompletionNoticeProvision = "regulation 14(4)",
        RefusalNotice = "regulation 14 of the Environmental Information Regulations 2004",
        Cites = new RuleCitations(
            Reasons: "EIR reg 14(3)",
            PublicInterest: "EIR reg 12(1)(b), reg 14(3)(b)",
            AbsoluteGrounds: "EIR reg 13(1)(a)",
            Advice: "EIR reg 9",
            Rights: "EIR reg 14(5)",
            TimeLimit: "EIR reg 5(2)"),
        TimeLimitProvision = "regulation 5(2) of the Environmental Information Regulations 2004",
        ExtensionProvision = "regulation 7(1)",
        ExtensionPurpose = "because of the complexity and volume of the information you asked for (regulation 7(1) of the Environmental Information Regulations 2004)",
        PublicInterestProvision = "regulation 12(1)(b) of the Environmental Information Regulations 2004",
        PresumptionInFavourOfDisclosure = "The Environmental Information Regulations 2004 presume that environmental information is disclosed (regulation 12(2)): we may withhold it only where an exception applies and, in all the circumstances, the public interest in maintaining the exception outweighs the public interest in disclosure.",
        NoProceduralGrounds = "The Environmental Information Regulations 2004 have no procedural grounds: a request that would cost too much to answer, or that is vexatious, is manifestly unreasonable, an exception with a public interest test — withhold its questions with [Exempt(Eir.R12_4_b)].",
        ReviewName = "reconsideration",
        ReviewAsked = "reconsideration",
        Regulator = "Information Commissioner",
        ReviewRight = "If you are unhappy with how your request was handled, you can ask us to reconsider it under regulation 11 of the Environmental Information Regulations 2004. Please {how} within 40 working days of the date of this response, saying why you think we have not complied with the Regulations. We will reconsider your request free of charge and tell you our decision as soon as possible, and no later than 40 working days after we receive your representations.",
        RegulatorRight = "If you remain dissatisfied after our reconsideration, you have the right to apply to the Information Commissioner for a decision: regulation 18 of the Environmental Information Regulations 2004 applies section 50 of the Freedom of Information Act 2000 to environmental information. " + IcoContact + " If you disagree with the Commissioner's decision, you may appeal to the First-tier Tribunal (section 57 of that Act, as applied by regulation 18).",
        CatalogueScope = "EIR exceptions are regulations 12(4)(a)–(e) and 12(5)(a)–(g), and personal data is regulation 13",
    };

    /// <summary>
    /// FOISA 2002: s16 refusal notices, s2(1)(b) public interest, "substantial" prejudice, the single s18
    /// neither-confirm-nor-deny power, s12 and s14, a requirement for review (s20; answered within 20
    /// working days, s21) and an application to the Scottish Information Commissioner (s47).
    /// </summary>
    public static RegimeDefinition Foisa { get; } = new(Regime.Foisa, "Freedom of Information (Scotland) Act 2002", "FOISA", "exemption", FoisaCatalogue.Rows(), StatutoryClock.Foisa)
    {
        EnvironmentalRegime = Regime.EirScotland,
        EnvironmentalRouteId = "foisa.s39.2",
        CitationExample = "s35(1)(a)",
        ConstantsClass = "FoiDsl.Foisa",
        IsScottish = true,
        RefusalNotice = "section 16 of the Freedom of Information (Scotland) Act 2002",
        Cites = new RuleCitations(
            Reasons: "FOISA s16(1)(d)",
            PublicInterest: "FOISA s2(1)(b), s16(2)",
            AbsoluteGrounds: "FOISA s2(2)",
            Advice: "FOISA s15",
            Rights: "FOISA s19",
            TimeLimit: "FOISA s10(1)"),
        ProceduralRefusalNotice = "section 16 of the Freedom of Information (Scotland) Act 2002",
        PublicInterestProvision = "section 2(1)(b) of the Freedom of Information (Scotland) Act 2002",
        SharedNeitherConfirmNorDeny = "s18(1)",
        CostGroundId = "foisa.s12",
        CostLimits = new[] { new CostLimitFigures("Scotland", 600m, 15m, "prescribed amount") },
        CostProvision = "section 12(1) of the Freedom of Information (Scotland) Act 2002",
        TimeLimitProvision = "section 10(1) of the Freedom of Information (Scotland) Act 2002",
        ReviewName = "review",
        ReviewAsked = "a review",
        Regulator = "Scottish Information Commissioner",
        ReviewRight = "If you are unhappy with how we dealt with your request, you can require us to review our decision under section 20 of the Freedom of Information (Scotland) Act 2002. Please {how} within 40 working days of receiving this response, saying why you are dissatisfied. We will reply within 20 working days of receiving your requirement for review (section 21).",
        RegulatorRight = "If you remain dissatisfied after the review, or we do not reply to it in time, you have the right to apply to the Scottish Information Commissioner for a decision under section 47 of the Act, generally within six months of receiving our review response. " + SicContact + " If you disagree with the Commissioner's decision, you may appeal to the Court of Session on a point of law (section 56 of the Freedom of Information (Scotland) Act 2002).",
        CatalogueScope = "FOISA exemptions are ss.25–41 (Part 2), and the procedural grounds are s12 and s14",
    };

    /// <summary>
    /// EIR (Scotland) 2004: reg 13 refusal notices, reg 10(1)(b) public interest and the reg 10(2)
    /// presumption, no procedural grounds (burden is reg 10(4)(b)), review under reg 16 and the Scottish
    /// Information Commissioner under FOISA s47 as applied by reg 17.
    /// </summary>
    public static RegimeDefinition EirScotland { get; } = new(Regime.EirScotland, "Environmental Information (Scotland) Regulations 2004", "EIR (Scotland)", "exception", EnvironmentalCatalogue.EirScotland(), StatutoryClock.EirScotland)
    {
        IsEnvironmental = true,
        IsScottish = true,
        ConstantsClass = "FoiDsl.EirScotland",
        EmissionsProvision = "EIR (Scotland) reg 10(6)",
        CitationExample = "reg 10(5)(e)",
        CompletionNoticeProvision = "regulation 13(d)",
        RefusalNotice = "regulation 13 of the Environmental Information (Scotland) Regulations 2004",
        Cites = new RuleCitations(
            Reasons: "EIR (Scotland) reg 13(c)",
            PublicInterest: "EIR (Scotland) reg 10(1)(b), reg 13(b)",
            AbsoluteGrounds: "EIR (Scotland) reg 11(2)(a)",
            Advice: "EIR (Scotland) reg 9",
            Rights: "EIR (Scotland) reg 13(e)",
            TimeLimit: "EIR (Scotland) reg 5(2)(a)"),
        TimeLimitProvision = "regulation 5(2)(a) of the Environmental Information (Scotland) Regulations 2004",
        ExtensionProvision = "regulation 7(1)",
        ExtensionPurpose = "because of the volume and complexity of the information you asked for (regulation 7(1) of the Environmental Information (Scotland) Regulations 2004)",
        PublicInterestProvision = "regulation 10(1)(b) of the Environmental Information (Scotland) Regulations 2004",
        PresumptionInFavourOfDisclosure = "The Environmental Information (Scotland) Regulations 2004 presume that environmental information is disclosed (regulation 10(2)): we may withhold it only where an exception applies and, in all the circumstances, the public interest in maintaining the exception outweighs the public interest in disclosure.",
        NoProceduralGrounds = "The Environmental Information (Scotland) Regulations 2004 have no procedural grounds: a request that would cost too much to answer, or that is vexatious, is manifestly unreasonable, an exception with a public interest test — withhold its questions with [Exempt(EirScotland.R10_4_b)].",
        ReviewName = "review",
        ReviewAsked = "a review",
        Regulator = "Scottish Information Commissioner",
        ReviewRight = "If you are unhappy with how we dealt with your request, you can ask us to review our decision under regulation 16 of the Environmental Information (Scotland) Regulations 2004. Please {how} within 40 working days of receiving this response, saying why you are dissatisfied. We will tell you the outcome within 20 working days of receiving your request for review.",
        RegulatorRight = "If you remain dissatisfied after the review, you have the right to apply to the Scottish Information Commissioner for a decision under section 47 of the Freedom of Information (Scotland) Act 2002, which regulation 17 applies to environmental information, generally within six months of receiving our review response. " + SicContact + " If you disagree with the Commissioner's decision, you may appeal to the Court of Session on a point of law (section 56 of the Freedom of Information (Scotland) Act 2002).",
        CatalogueScope = "EIR (Scotland) exceptions are regulations 10(4)(a)–(e) and 10(5)(a)–(g), and personal data is regulation 11",
    };

    /// <summary>Every regime, in the order of <see cref="FoiDsl.Regime"/>.</summary>
    public static IReadOnlyList<RegimeDefinition> All { get; } = new[] { Foia, Eir, Foisa, EirScotland };

    /// <summary>The regimes, longest citation prefix first, so that <c>EIR (Scotland)</c> is tried before <c>EIR</c>.</summary>
    private static readonly RegimeDefinition[] ByPrefixLength = All.OrderByDescending(r => r.ShortName.Length).ToArray();

    /// <summary>The definition of <paramref name="regime"/>.</summary>
    public static RegimeDefinition For(Regime regime) => All.FirstOrDefault(r => r.Regime == regime)
        ?? throw new ArgumentOutOfRangeException(nameof(regime), regime, "Not a regime FoiDsl knows: use Foia, Eir, Foisa or EirScotland.");

    /// <summary>
    /// True when questions under <paramref name="a"/> and <paramref name="b"/> can share one response: the
    /// same regime, or a general regime and its environmental counterpart (FOIA s39, FOISA s39(2)).
    /// </summary>
    public static bool AnswerableTogether(Regime a, Regime b) =>
        a == b || For(a).EnvironmentalRegime == b || For(b).EnvironmentalRegime == a;

    /// <summary>Which regimes may share a response, in words.</summary>
    public const string MixingRule = "a response may mix FOIA with EIR questions, or FOISA with EIR (Scotland) questions, and no other regimes.";

    /// <summary>
    /// The regime a citation written in a response is read under, for a request answered under
    /// <paramref name="request"/>: the regime it names (<c>"EIR reg 12(5)(e)"</c>); else a regulation is read
    /// under the environmental regime and a section under the general one.
    /// </summary>
    public static Regime ForCitation(Regime request, string? text)
    {
        var (named, rest) = SplitPrefix(text);
        if (named is { } written)
        {
            return written;
        }

        var definition = For(request);
        var isRegulation = Citation.TryParse(rest)?.IsRegulation ?? definition.IsEnvironmental;
        if (isRegulation == definition.IsEnvironmental)
        {
            return request;
        }

        return isRegulation
            ? definition.EnvironmentalRegime ?? request
            : All.FirstOrDefault(r => r.EnvironmentalRegime == request)?.Regime ?? request;
    }

    /// <summary>
    /// Splits a typed citation into the regime it names and the citation itself: <c>"EIR reg 12(5)(e)"</c>
    /// is EIR and <c>reg 12(5)(e)</c>. A citation without a prefix names no regime (it is read under the
    /// request's). The longest prefix wins, so <c>EIR (Scotland)</c> is not read as <c>EIR</c>.
    /// </summary>
    public static (Regime? Named, string Citation) SplitPrefix(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        foreach (var regime in ByPrefixLength)
        {
            if (trimmed.StartsWith(regime.CitationPrefix, StringComparison.OrdinalIgnoreCase))
            {
                return (regime.Regime, trimmed.Substring(regime.CitationPrefix.Length).Trim());
            }
        }

        return (null, trimmed);
    }
}

/// <summary>
/// The provisions of one regime that the rules cite, short, as their messages print them. The rules read
/// them from the regime of the request or claim they report on, so no message names FOIA for an EIR or
/// FOISA response. Provisions marked † in docs/regimes.md are from the statute as known, not yet checked
/// against legislation.gov.uk.
/// </summary>
/// <param name="Reasons">The duty to say why each ground applies: FOIA s17(1)(c), EIR reg 14(3), FOISA s16(1)(d), EIR (Scotland) reg 13(c) †.</param>
/// <param name="PublicInterest">The public interest test and the duty to give its reasons: FOIA s2(2)(b) and s17(3), EIR reg 12(1)(b) and 14(3)(b), FOISA s2(1)(b) and s16(2), EIR (Scotland) reg 10(1)(b) and 13(b) †.</param>
/// <param name="AbsoluteGrounds">What takes a ground out of the public interest test: FOIA s2(3), FOISA s2(2), and for personal data under the first condition EIR reg 13(1)(a) and EIR (Scotland) reg 11(2)(a).</param>
/// <param name="Advice">The duty to advise and assist: FOIA s16, FOISA s15, EIR reg 9, EIR (Scotland) reg 9.</param>
/// <param name="Rights">The duty to tell the requester of the review and the regulator: FOIA s17(7), EIR reg 14(5), FOISA s19, EIR (Scotland) reg 13(e) †.</param>
/// <param name="TimeLimit">The time for compliance: FOIA s10(1), EIR reg 5(2), FOISA s10(1), EIR (Scotland) reg 5(2)(a).</param>
public sealed record RuleCitations(string Reasons, string PublicInterest, string AbsoluteGrounds, string Advice, string Rights, string TimeLimit)
{
    /// <summary>No citations: only before a regime sets its own.</summary>
    public static RuleCitations None { get; } = new("", "", "", "", "", "");
}
