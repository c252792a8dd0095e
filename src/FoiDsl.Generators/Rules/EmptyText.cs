using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace FoiDsl.Generators.Rules;

/// <summary>Recognises text arguments written so that they hold no words: null, blank strings, empty collections or collections of blank strings.</summary>
internal static class EmptyText
{
    public static bool IsEmpty(IOperation value, System.Threading.CancellationToken cancellationToken)
    {
        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        if (value.ConstantValue is { HasValue: true } constant)
        {
            return constant.Value is null || (constant.Value is string text && string.IsNullOrWhiteSpace(text));
        }

        switch (value)
        {
            case IArrayCreationOperation { Initializer: { } initializer }:
                return initializer.ElementValues.All(e => IsEmpty(e, cancellationToken));
            case IArrayCreationOperation creation:
                return creation.DimensionSizes.All(d => d.ConstantValue is { HasValue: true, Value: 0 });
            case IInvocationOperation { TargetMethod: { Name: "Empty", IsGenericMethod: true, ContainingType: { } type }, Arguments.Length: 0 }:
                return type.ToDisplayString() is "System.Array" or "System.Linq.Enumerable";
        }

        if (value.Syntax is CollectionExpressionSyntax collection && value.SemanticModel is { } model)
        {
            return collection.Elements.All(element =>
                element is ExpressionElementSyntax expression
                && model.GetConstantValue(expression.Expression, cancellationToken) is { HasValue: true, Value: var v }
                && (v is null || (v is string s && string.IsNullOrWhiteSpace(s))));
        }

        return false;
    }
}
