using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace FoiDsl.Generators;

/// <summary>
/// The shapes of request class the generator cannot give a builder: generic classes or classes
/// nested in generic types, and names that would collide with the members it adds (<c>Request</c>,
/// <c>Respond</c>, <c>ResponseBuilder</c> on the class; the builder's sections for questions).
/// Shared by the generator, which then emits nothing, and rule FOI0019, which says why.
/// </summary>
internal static class RequestShape
{
    /// <summary>Every problem with the shape of <paramref name="type"/>, each at the declaration to change.</summary>
    public static IEnumerable<(Location Location, string Problem)> Problems(INamedTypeSymbol type)
    {
        var at = type.Locations.FirstOrDefault() ?? Location.None;
        if (type.IsGenericType)
        {
            yield return (at, $"'{type.Name}' is generic, but a request is one case file with one builder: remove its type parameters");
        }

        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (outer.IsGenericType)
            {
                yield return (at, $"'{type.Name}' is nested in the generic type '{outer.Name}': declare the request outside it");
            }
        }

        if (KnownNames.RequestMembers.Contains(type.Name))
        {
            yield return (at, $"a request class may not be named '{type.Name}', the name of a member FoiDsl adds to it: rename the class");
        }

        foreach (var member in type.GetMembers().Where(m => KnownNames.RequestMembers.Contains(m.Name) && IsDeclaredByUser(m)))
        {
            yield return (member.Locations.FirstOrDefault() ?? at, $"'{member.Name}' is the name of a member FoiDsl adds to every request class: rename it");
        }

        for (var baseType = type.BaseType; baseType is not null && baseType.SpecialType != SpecialType.System_Object; baseType = baseType.BaseType)
        {
            foreach (var member in baseType.GetMembers().Where(m => KnownNames.RequestMembers.Contains(m.Name) && m.DeclaredAccessibility != Accessibility.Private))
            {
                yield return (at, $"the base class '{baseType.Name}' has a member '{member.Name}', which the member FoiDsl adds to '{type.Name}' would hide: rename it or drop the base class");
            }
        }

        foreach (var field in type.GetMembers().OfType<IFieldSymbol>().Where(f => f.GetAttributes().Any(a => RequestParser.IsNamed(a.AttributeClass, KnownNames.QuestionAttribute))))
        {
            if (KnownNames.BuilderMembers.Contains(field.Name))
            {
                yield return (field.Locations.FirstOrDefault() ?? at, $"the question '{field.Name}' would share its name with the builder's '{field.Name}' section, so its answer could bind to the section: rename the field (e.g. '{field.Name}Question')");
            }
        }
    }

    /// <summary>True when the generator could not give <paramref name="type"/> a builder.</summary>
    public static bool HasProblems(INamedTypeSymbol type) => Problems(type).Any();

    /// <summary>True for members the user wrote, not the ones this generator added.</summary>
    private static bool IsDeclaredByUser(ISymbol member) =>
        member.DeclaringSyntaxReferences.Length == 0 || member.DeclaringSyntaxReferences.Any(r => !r.SyntaxTree.FilePath.EndsWith(".FoiResponse.g.cs", System.StringComparison.Ordinal));
}
