namespace FoiDsl.Generators.Rules;

/// <summary>The id of every FoiDsl rule, its category and its help page.</summary>
public static class RuleIds
{
    /// <summary>FOI0001: a question is not answered.</summary>
    public const string UnansweredQuestion = "FOI0001";

    /// <summary>FOI0002: a qualified exemption has no public interest test.</summary>
    public const string MissingPublicInterestTest = "FOI0002";

    /// <summary>FOI0003: a prejudice-based exemption has no evidence of harm.</summary>
    public const string MissingEvidenceOfHarm = "FOI0003";

    /// <summary>FOI0004: two questions share a number.</summary>
    public const string DuplicateQuestionNumber = "FOI0004";

    /// <summary>FOI0005: the request class is not partial.</summary>
    public const string RequestNotPartial = "FOI0005";

    /// <summary>FOI0006: a citation names no catalogue exemption.</summary>
    public const string UnknownExemption = "FOI0006";

    /// <summary>FOI0007: question numbers skip a number or are out of order.</summary>
    public const string QuestionNumberSequence = "FOI0007";

    /// <summary>FOI0009: a public interest test is given for an absolute exemption.</summary>
    public const string AbsoluteExemptionPublicInterestTest = "FOI0009";

    /// <summary>FOI0010: a public interest test lacks the factors on one side, or its balance test.</summary>
    public const string IncompletePublicInterestTest = "FOI0010";

    /// <summary>FOI0011: a response section names an exemption that no question claims.</summary>
    public const string UnclaimedExemptionInSection = "FOI0011";

    /// <summary>FOI0013: one question claims both s23(1) and s24(1).</summary>
    public const string SecurityBodiesAndNationalSecurity = "FOI0013";

    /// <summary>FOI0016: the request's reference is empty or its received date cannot be read.</summary>
    public const string InvalidRequestMetadata = "FOI0016";

    /// <summary>FOI0008: a conditional question answered against the answer to its condition.</summary>
    public const string InconsistentConditionalAnswer = "FOI0008";

    /// <summary>FOI0012: neither confirm nor deny under an exemption without an NCND limb.</summary>
    public const string NoNeitherConfirmNorDenyLimb = "FOI0012";

    /// <summary>FOI0014: a refusal whose complaint rights paragraph is left empty.</summary>
    public const string MissingComplaintRights = "FOI0014";

    /// <summary>FOI0015: a cost refusal without advice and assistance.</summary>
    public const string CostRefusalWithoutAdvice = "FOI0015";

    /// <summary>FOI0017: evidence of harm that does not state the likelihood.</summary>
    public const string UnstatedHarmLikelihood = "FOI0017";

    /// <summary>FOI0018: a placeholder is left in the response.</summary>
    public const string PlaceholderLeftInResponse = "FOI0018";

    /// <summary>FOI0019: the request class's shape or names leave no room for a generated builder.</summary>
    public const string UnsupportedRequestShape = "FOI0019";

    /// <summary>FOI0021: an exemption withheld under has no statement of why it applies.</summary>
    public const string MissingExemptionReasons = "FOI0021";

    /// <summary>FOI0022: a question withheld both as a whole and in part, or a part withheld that is not described.</summary>
    public const string InvalidWithheldPart = "FOI0022";

    /// <summary>FOI0023: a request refused as a whole under s12 or s14 also claims exemptions.</summary>
    public const string RefusedRequestWithExemptions = "FOI0023";

    /// <summary>FOI0024: a citation of s40 as it read before the Data Protection Act 2018.</summary>
    public const string SupersededCitation = "FOI0024";

    /// <summary>FOI0025: a refusal under s12 or s14 gives no reasons.</summary>
    public const string RefusalWithoutReasons = "FOI0025";
    /// <summary>FOI0030: a cost estimate behind a s12 refusal that does not exceed the appropriate limit.</summary>
    public const string CostWithinLimit = "FOI0030";

    /// <summary>FOI0031: one question claims both s30 and s31.</summary>
    public const string InvestigationsAndLawEnforcement = "FOI0031";

    /// <summary>FOI0032: one question claims both s35 and s36.</summary>
    public const string PolicyAndPublicAffairs = "FOI0032";

    /// <summary>FOI0033: the response's dates are impossible: dated before receipt, or clock dates out of order.</summary>
    public const string ImpossibleResponseDates = "FOI0033";

    /// <summary>FOI0034: a late response does not say why.</summary>
    public const string LateResponse = "FOI0034";

    /// <summary>FOI0035: a response to a request with a date of receipt is not dated.</summary>
    public const string UndatedResponse = "FOI0035";

    /// <summary>FOI0036: a [ResponseTo] method cannot be listed in the generated list of responses.</summary>
    public const string InvalidResponseMethod = "FOI0036";

    /// <summary>FOI0037: a question about emissions claims an exception the regulations deny it (EIR reg 12(9), EIR (Scotland) reg 10(6)).</summary>
    public const string ExceptionUnavailableForEmissions = "FOI0037";

    /// <summary>FOI0038: a request is refused as too general (EIR reg 12(4)(c)) but the response records no advice and assistance (reg 9).</summary>
    public const string TooGeneralWithoutAdvice = "FOI0038";

    /// <summary>FOI0039: a question withholds environmental information under FOIA s39 (FOISA s39(2)) instead of being answered under the EIR.</summary>
    public const string EnvironmentalInformationUnderWrongRegime = "FOI0039";

    /// <summary>Rules about the request declaration: its questions and the exemptions claimed.</summary>
    public const string RequestCategory = "FoiDsl.Request";

    /// <summary>Rules about the response built for a request.</summary>
    public const string ResponseCategory = "FoiDsl.Response";

    /// <summary>Where each rule's page lives; the page is <c>docs/rules/{id}.md</c>.</summary>
    public const string HelpBase = "https://github.com/foidsl/foidsl/blob/main/docs/rules/";

    /// <summary>The help page of <paramref name="id"/>.</summary>
    public static string HelpUri(string id) => HelpBase + id + ".md";
}
