using System.Linq;
using Microsoft.CodeAnalysis;

namespace FoiDsl.Generators.Model;

/// <summary>A <c>[ResponseTo(typeof(X))]</c> method reduced to the names the registry needs.</summary>
/// <param name="Method">The method, fully qualified: <c>global::Ns.XResponse.Write</c>.</param>
/// <param name="Request">The request class, fully qualified: <c>global::Ns.X</c>.</param>
/// <param name="Problem">Why the method cannot be listed (FOI0036), or null.</param>
internal sealed record ResponseMethodSpec(string Method, string Request, string? Problem)
{
    /// <summary>The request's reference, which orders the list.</summary>
    public string Reference { get; init; } = string.Empty;

    /// <summary>
    /// What a response method may return: the response, or the letter as sent (the response addressed to its
    /// applicant). The registry passes the method to the matching <c>RegisteredResponse</c> constructor.
    /// </summary>
    private static readonly string[] Returns = { "FoiDsl.FoiResponse", "FoiDsl.ResponseLetter" };

    /// <summary>Reads a method marked <c>[ResponseTo]</c>: its names, or the reason it cannot be listed.</summary>
    public static ResponseMethodSpec Of(IMethodSymbol method, AttributeData attribute, System.Threading.CancellationToken cancellationToken)
    {
        var request = attribute.ConstructorArguments.FirstOrDefault().Value as INamedTypeSymbol;
        var name = method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + CSharpText.Identifier(method.Name);
        var reference = request?.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == KnownNames.FoiRequestAttribute)?.ConstructorArguments.FirstOrDefault().Value as string;
        return new ResponseMethodSpec(name, request?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) ?? string.Empty, FindProblem(method, request, cancellationToken))
        {
            Reference = reference ?? string.Empty,
        };
    }

    private static string? FindProblem(IMethodSymbol method, INamedTypeSymbol? request, System.Threading.CancellationToken cancellationToken)
    {
        if (!method.IsStatic || method.Parameters.Length > 0 || method.IsGenericMethod || !Returns.Contains(method.ReturnType.ToDisplayString()))
        {
            return "a response method is static, takes no parameters, is not generic and returns FoiResponse or ResponseLetter: write it as 'public static FoiResponse Write()' (or 'public static ResponseLetter Write()' for the letter as sent)";
        }

        for (ISymbol? symbol = method; symbol is IMethodSymbol or INamedTypeSymbol; symbol = symbol.ContainingType)
        {
            if (symbol.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal
                || (symbol is INamedTypeSymbol { IsGenericType: true }))
            {
                return $"'{symbol.Name}' is private, protected or generic, so the generated list of responses cannot call the method: make it internal or public";
            }
        }

        if (request is null || request.GetAttributes().All(a => a.AttributeClass?.ToDisplayString() != KnownNames.FoiRequestAttribute))
        {
            return $"'{request?.Name ?? "the type named"}' is not a [FoiRequest] class: name the request this method answers, e.g. [ResponseTo(typeof(SocialMediaMonitoring))]";
        }

        if (!SymbolEqualityComparer.Default.Equals(request.ContainingAssembly, method.ContainingAssembly))
        {
            return $"'{request.Name}' is declared in another assembly; list its response there";
        }

        var requestAttribute = request.GetAttributes().First(a => a.AttributeClass?.ToDisplayString() == KnownNames.FoiRequestAttribute);
        return RequestShape.HasProblems(request) || !RequestParser.Parse(request, requestAttribute, cancellationToken).CanGenerate
            ? $"'{request.Name}' gets no response builder until the errors on its declaration are fixed"
            : null;
    }
}
