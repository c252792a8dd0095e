using FoiDsl.Generators.Catalogue;

namespace FoiDsl.Generators;

/// <summary>Names of the DSL's types and of the members the generator adds, in one place.</summary>
internal static class KnownNames
{
    public const string FoiRequestAttribute = "FoiDsl.FoiRequestAttribute";
    public const string QuestionAttribute = "FoiDsl.QuestionAttribute";
    public const string ExemptAttribute = "FoiDsl.ExemptAttribute";
    public const string NeitherConfirmNorDenyAttribute = "FoiDsl.NeitherConfirmNorDenyAttribute";
    public const string RefuseRequestAttribute = "FoiDsl.RefuseRequestAttribute";
    public const string ExceedsCostLimitAttribute = "FoiDsl.ExceedsCostLimitAttribute";
    public const string PublicInterestExtensionAttribute = "FoiDsl.PublicInterestExtensionAttribute";
    public const string ComplexityExtensionAttribute = "FoiDsl.ComplexityExtensionAttribute";
    public const string FeesNoticeAttribute = "FoiDsl.FeesNoticeAttribute";
    public const string FoiAuthorityAttribute = "FoiDsl.FoiAuthorityAttribute";
    public const string ResponseToAttribute = "FoiDsl.ResponseToAttribute";
    public const string ReasonsForDelay = "ReasonsForDelay";
    public const string PreambleAttribute = "FoiDsl.PreambleAttribute";
    public const string ScopeAttribute = "FoiDsl.ScopeAttribute";
    public const string ClarificationAttribute = "FoiDsl.ClarificationAttribute";
    public const string Answer = "FoiDsl.Answer";
    public const string Placeholder = "FoiDsl.Placeholder";
    public const string Exemptions = "FoiDsl.Exemptions";

    /// <summary><c>Answer.ToBeWritten(whatToWrite)</c>: an answer still to be written.</summary>
    public const string PlaceholderAnswer = "ToBeWritten";

    /// <summary><c>Placeholder.Text(whatToWrite)</c>: text still to be written.</summary>
    public const string PlaceholderText = "Text";

    /// <summary>The nested builder class generated into every request class.</summary>
    public const string ResponseBuilder = "ResponseBuilder";

    /// <summary>The static method that starts a response.</summary>
    public const string Respond = "Respond";

    /// <summary>The static property holding the request definition.</summary>
    public const string Request = "Request";

    public const string Build = "Build";
    public const string PublicInterestTest = "PublicInterestTest";
    public const string EvidenceOfHarm = "EvidenceOfHarm";
    public const string BalanceTest = "BalanceTest";
    public const string ComplaintRights = "ComplaintRights";
    public const string AdviceAndAssistance = "AdviceAndAssistance";
    public const string RespondedOn = "RespondedOn";
    public const string ExtentOfSearches = "ExtentOfSearches";
    public const string Decision = "Decision";
    public const string ClosingNotes = "ClosingNotes";
    public const string Draft = "_draft";
    public const string WhyExempt = "WhyExempt";
    public const string RefusalReasons = "RefusalReasons";
    public const string ReasonsNotStated = "ReasonsNotStated";

    /// <summary>The members the generator adds to a request class; no member of the class or its base types may have these names.</summary>
    public static readonly string[] RequestMembers = { Request, Respond, ResponseBuilder };

    /// <summary>
    /// The members of the generated builder besides the answer methods: a question (whose answer
    /// method is named after it) may not have one of these names, or its answer would bind to a section.
    /// </summary>
    public static readonly string[] BuilderMembers =
    {
        ResponseBuilder, Build, Draft, RespondedOn, ExtentOfSearches, Decision, EvidenceOfHarm, PublicInterestTest, BalanceTest,
        RefusalReasons, AdviceAndAssistance, ClosingNotes, ComplaintRights, WhyExempt, ReasonsNotStated,
        nameof(ReasonSection.ReasonablyAccessible), nameof(ReasonSection.IntendedPublication), nameof(ReasonSection.QualifiedPersonsOpinion),
        nameof(ReasonSection.LegitimateInterestsTest), nameof(ReasonSection.InCourseOfCompletion), CostEstimate, ReasonsForDelay,
    };
    public const string CostEstimate = "CostEstimate";
    public const string CostEstimateType = "FoiDsl.CostEstimate";
    public const string AppropriateLimitType = "FoiDsl.AppropriateLimit";
}
