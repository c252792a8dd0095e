// Lets records and init accessors compile for netstandard2.0 (the analyzers, and the runtime's
// netstandard2.0 build). A hand-written polyfill rather than a generated one keeps builds
// byte-for-byte reproducible.
#if !NET5_0_OR_GREATER
namespace System.Runtime.CompilerServices
{
    /// <summary>Marks init-only setters; defined by .NET 5 and later.</summary>
    internal static class IsExternalInit
    {
    }
}
#endif
