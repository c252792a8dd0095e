namespace FoiDsl.Generators;

/// <summary>Names of the DSL's types and of the members the generator adds, in one place.</summary>
internal static class KnownNames
{
    public const string FoiRequestAttribute = "FoiDsl.FoiRequestAttribute";
    public const string QuestionAttribute = "FoiDsl.QuestionAttribute";
    public const string ExemptAttribute = "FoiDsl.ExemptAttribute";
    public const string NeitherConfirmNorDenyAttribute = "FoiDsl.NeitherConfirmNorDenyAttribute";
    public const string RefuseRequestAttribute = "FoiDsl.RefuseRequestAttribute";
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

    /// <summary>The builder method taking a s12 cost estimate, and the estimate's types.</summary>
    public const string CostEstimate = "CostEstimate";
    public const string CostEstimateType = "FoiDsl.CostEstimate";
    public const string AppropriateLimitType = "FoiDsl.AppropriateLimit";
}
