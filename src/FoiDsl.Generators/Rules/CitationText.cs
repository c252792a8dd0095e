using System.Linq;
using Microsoft.CodeAnalysis;

namespace FoiDsl.Generators.Rules;

/// <summary>How rules write a citation in the code they suggest.</summary>
internal static class CitationText
{
    /// <summary>How to write <paramref name="citation"/> in code: its <c>Exemptions</c> constant (<c>S31</c>) when there is one, else the string (<c>"s24(2)"</c>).</summary>
    public static string AsWritten(Compilation compilation, string citation) =>
        compilation.GetTypeByMetadataName(KnownNames.Exemptions)?.GetMembers().OfType<IFieldSymbol>()
            .FirstOrDefault(f => f.IsConst && f.ConstantValue as string == citation)?.Name
        ?? "\"" + citation + "\"";
}
