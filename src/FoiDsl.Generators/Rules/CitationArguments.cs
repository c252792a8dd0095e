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

    /// <summary>
    /// Each citation written in the <c>[Exempt]</c> and <c>[NeitherConfirmNorDeny]</c> attributes among
    /// <paramref name="attributes"/> (of a question, or of a request neither confirmed nor denied as a
    /// whole), with where it is written and whether it withholds (<c>[Exempt]</c>) or neither confirms nor denies.
    /// </summary>
    public static IEnumerable<(AttributeData Attribute, int Index, string Citation, bool Withholds)> InAttributes(IEnumerable<AttributeData> attributes, DslSymbols dsl)
    {
        foreach (var attribute in attributes)
        {
            var withholds = SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, dsl.Exempt);
            if (!withholds && !SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, dsl.NeitherConfirmNorDeny))
            {
                continue;
            }

            var index = 0;
            foreach (var citation in RequestParser.ExemptCitations(attribute))
            {
                yield return (attribute, index++, citation, withholds);
            }
        }
    }

    private static IOperation Unwrap(IOperation operation) =>
        operation is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : operation;
}
