using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FoiDsl.Generators.Rules;

/// <summary>The constant citations written as the first argument of a response builder call.</summary>
internal static class CitationArguments
{
    /// <summary>
    /// When <paramref name="invocation"/> calls one of <paramref name="methods"/> on a generated
    /// <c>ResponseBuilder</c>, each constant citation in its first argument (a string, an array or a
    /// collection expression) with the operation that wrote it; otherwise nothing.
    /// </summary>
    public static IEnumerable<(IOperation Written, string Citation)> Of(IInvocationOperation invocation, params string[] methods)
    {
        if (invocation.TargetMethod.ContainingType?.Name != KnownNames.ResponseBuilder
            || !methods.Contains(invocation.TargetMethod.Name)
            || invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0) is not { } argument)
        {
            yield break;
        }

        var value = Unwrap(argument.Value);
        var elements = value switch
        {
            IArrayCreationOperation { Initializer: { } initializer } => initializer.ElementValues,
            _ when value.Type?.SpecialType == SpecialType.System_String => ImmutableArray.Create(value),
            _ => value.ChildOperations.ToImmutableArray(),
        };

        foreach (var element in elements.Select(Unwrap))
        {
            if (element.ConstantValue is { HasValue: true, Value: string citation })
            {
                yield return (element, citation);
            }
        }
    }

    private static IOperation Unwrap(IOperation operation) =>
        operation is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : operation;
}
