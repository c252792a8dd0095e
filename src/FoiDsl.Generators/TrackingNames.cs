namespace FoiDsl.Generators;

/// <summary>Names of the generator's pipeline steps, for incremental caching tests.</summary>
internal static class TrackingNames
{
    public const string Requests = nameof(Requests);
    public const string GeneratableRequests = nameof(GeneratableRequests);
    public const string AuthorityProfile = nameof(AuthorityProfile);
    public const string RequestsWithProfile = nameof(RequestsWithProfile);
    public const string ResponseMethods = nameof(ResponseMethods);
}
