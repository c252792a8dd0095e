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
    /// <param name="method">The method.</param>
    /// <param name="attribute">Its <c>[ResponseTo]</c>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <param name="parse">Reads the request the method answers; by default <see cref="RequestParser.Parse"/> (the rules pass their shared reading).</param>
    public static ResponseMethodSpec Of(IMethodSymbol method, AttributeData attribute, System.Threading.CancellationToken cancellationToken, System.Func<INamedTypeSymbol, AttributeData, RequestSpec?>? parse = null)
    {
        var request = RequestOf(attribute);
        var name = method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + CSharpText.Identifier(method.Name);
        var requestAttribute = FoiRequestOf(request);
        var reference = requestAttribute?.ConstructorArguments.FirstOrDefault().Value as string;
        return new ResponseMethodSpec(name, request?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) ?? string.Empty, FindProblem(method, request, requestAttribute, parse ?? ((type, found) => RequestParser.Parse(type, found, cancellationToken))))
        {
            Reference = reference ?? string.Empty,
        };
    }

    /// <summary>Why a method marked <c>[ResponseTo]</c> cannot be listed, or null: what <see cref="Of"/> finds, without the names the registry needs (FOI0036 asks for every method).</summary>
    public static string? ProblemOf(IMethodSymbol method, AttributeData attribute, System.Func<INamedTypeSymbol, AttributeData, RequestSpec?> parse)
    {
        var request = RequestOf(attribute);
        return FindProblem(method, request, FoiRequestOf(request), parse);
    }

    /// <summary>The request class named by <c>[ResponseTo(typeof(X))]</c>.</summary>
    public static INamedTypeSymbol? RequestOf(AttributeData attribute) => attribute.ConstructorArguments.FirstOrDefault().Value as INamedTypeSymbol;

    private static AttributeData? FoiRequestOf(INamedTypeSymbol? request) =>
        request?.GetAttributes().FirstOrDefault(a => RequestParser.IsNamed(a.AttributeClass, KnownNames.FoiRequestAttribute));

    private static string? FindProblem(IMethodSymbol method, INamedTypeSymbol? request, AttributeData? requestAttribute, System.Func<INamedTypeSymbol, AttributeData, RequestSpec?> parse)
    {
        if (!method.IsStatic || method.Parameters.Length > 0 || method.IsGenericMethod || !Returns.Any(r => RequestParser.IsNamed(method.ReturnType as INamedTypeSymbol, r)))
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

        if (request is null || requestAttribute is null)
        {
            return $"'{request?.Name ?? "the type named"}' is not a [FoiRequest] class: name the request this method answers, e.g. [ResponseTo(typeof(SocialMediaMonitoring))]";
        }

        if (!SymbolEqualityComparer.Default.Equals(request.ContainingAssembly, method.ContainingAssembly))
        {
            return $"'{request.Name}' is declared in another assembly; list its response there";
        }

        return RequestShape.HasProblems(request) || parse(request, requestAttribute) is not { CanGenerate: true }
            ? $"'{request.Name}' gets no response builder until the errors on its declaration are fixed"
            : null;
    }
}
