using System.Linq;
using Microsoft.CodeAnalysis;

namespace FoiDsl.Generators.Rules;

/// <summary>The DSL's attribute types in one compilation, resolved once when the compilation starts.</summary>
internal sealed class DslSymbols
{
    private DslSymbols(Compilation compilation, INamedTypeSymbol foiRequest)
    {
        FoiRequest = foiRequest;
        Question = compilation.GetTypeByMetadataName(KnownNames.QuestionAttribute);
        Exempt = compilation.GetTypeByMetadataName(KnownNames.ExemptAttribute);
        NeitherConfirmNorDeny = compilation.GetTypeByMetadataName(KnownNames.NeitherConfirmNorDenyAttribute);
        RefuseRequest = compilation.GetTypeByMetadataName(KnownNames.RefuseRequestAttribute);
        ExceedsCostLimit = compilation.GetTypeByMetadataName(KnownNames.ExceedsCostLimitAttribute);
    }

    public INamedTypeSymbol FoiRequest { get; }

    public INamedTypeSymbol? Question { get; }

    public INamedTypeSymbol? Exempt { get; }

    public INamedTypeSymbol? NeitherConfirmNorDeny { get; }

    public INamedTypeSymbol? RefuseRequest { get; }

    public INamedTypeSymbol? ExceedsCostLimit { get; }

    /// <summary>The DSL's symbols, or null when the compilation does not reference FoiDsl (the rules then have nothing to check).</summary>
    public static DslSymbols? Resolve(Compilation compilation) =>
        compilation.GetTypeByMetadataName(KnownNames.FoiRequestAttribute) is { } foiRequest ? new DslSymbols(compilation, foiRequest) : null;

    /// <summary>The application of <paramref name="attribute"/> on <paramref name="symbol"/>, if any.</summary>
    public static AttributeData? Find(ISymbol symbol, INamedTypeSymbol? attribute) =>
        attribute is null ? null : symbol.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));
}
