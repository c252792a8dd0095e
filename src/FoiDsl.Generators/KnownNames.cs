namespace FoiDsl.Generators;

/// <summary>Names of the DSL's types and of the members the generator adds, in one place.</summary>
internal static class KnownNames
{
    public const string FoiRequestAttribute = "FoiDsl.FoiRequestAttribute";
    public const string QuestionAttribute = "FoiDsl.QuestionAttribute";
    public const string ExemptAttribute = "FoiDsl.ExemptAttribute";

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
}
