using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FoiDsl.Generators.Rules;

/// <summary>Source locations inside the DSL's attributes, for rules that report on declarations.</summary>
internal static class AttributeLocations
{
    /// <summary>The <paramref name="index"/>th argument of <paramref name="attribute"/>, else the attribute, else <paramref name="fallback"/>.</summary>
    public static Location Argument(AttributeData attribute, int index, Location fallback, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return fallback;
        }

        var arguments = syntax.ArgumentList?.Arguments;
        return arguments is { } list && index < list.Count && list[index].NameEquals is null
            ? list[index].GetLocation()
            : syntax.GetLocation();
    }
}
