using System.Linq;
using FoiDsl.Generators.Catalogue;
using Microsoft.CodeAnalysis;

namespace FoiDsl.Generators.Rules;

/// <summary>How rules write a citation in the code they suggest.</summary>
public static class CitationText
{
    /// <summary>
    /// How to write <paramref name="citation"/> in code: its typed constant (<c>S31</c>, <c>Eir.R12_5_e</c>)
    /// when there is one, else the string (<c>"s24(2)"</c>, <c>"FOISA s18(1)"</c>). A citation without a
    /// regime prefix is a FOIA one.
    /// </summary>
    public static string AsWritten(Compilation compilation, string citation) =>
        Constant(compilation, citation) is { } found
            ? (found.Regime.Regime == Regime.Foia ? found.Field.Name : found.Regime.ConstantsHolder + "." + found.Field.Name)
            : "\"" + citation + "\"";

    /// <summary>
    /// The typed constant holding <paramref name="citation"/> (<c>Exemptions.S31</c>, <c>Eir.R12_5_e</c>) and
    /// its regime, or null when there is none. A citation without a regime prefix is a FOIA one.
    /// </summary>
    public static (IFieldSymbol Field, RegimeDefinition Regime)? Constant(Compilation compilation, string citation)
    {
        var (named, rest) = RegimeDefinition.SplitPrefix(citation);
        var regime = RegimeDefinition.For(named ?? Regime.Foia);
        var field = compilation.GetTypeByMetadataName(regime.ConstantsClass)?.GetMembers().OfType<IFieldSymbol>()
            .FirstOrDefault(f => f.IsConst && f.ConstantValue as string == regime.Typed(rest));
        return field is null ? null : (field, regime);
    }
}
