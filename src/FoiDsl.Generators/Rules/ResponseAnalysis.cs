using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using FoiDsl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// What the response rules share in one compilation: the DSL's symbols, each request read once and
/// each <c>Build()</c> chain found once, however many rules look at them. Every rule runs as its own
/// analyzer, but all see the same <see cref="Compilation"/>, so the work is kept with it and
/// dropped with it.
/// </summary>
internal sealed class ResponseAnalysis
{
    private static readonly ConditionalWeakTable<Compilation, ResponseAnalysis> PerCompilation = new();

    private readonly ConcurrentDictionary<INamedTypeSymbol, RequestSpec?> _requests = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxNode, ResponseChain?> _chains = new();

    private ResponseAnalysis(Compilation compilation)
    {
        Symbols = DslSymbols.Resolve(compilation);
    }

    /// <summary>The DSL's symbols; null when the compilation does not reference FoiDsl.</summary>
    public DslSymbols? Symbols { get; }

    /// <summary>The shared analysis of <paramref name="compilation"/>, made by the first rule that asks.</summary>
    public static ResponseAnalysis For(Compilation compilation) =>
        PerCompilation.GetValue(compilation, static c => new ResponseAnalysis(c));

    /// <summary>The request declared by <paramref name="type"/>, read once; null when it is not a <c>[FoiRequest]</c> class.</summary>
    public RequestSpec? Request(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (_requests.TryGetValue(type, out var known))
        {
            return known;
        }

        var request = Symbols is { } dsl && DslSymbols.Find(type, dsl.FoiRequest) is { } attribute
            ? RequestParser.Parse(type, attribute, cancellationToken)
            : null;
        return _requests.GetOrAdd(type, request);
    }

    /// <summary>The chain of builder calls ending in <paramref name="build"/>, found once; null when it cannot be seen whole.</summary>
    public ResponseChain? Chain(IInvocationOperation build, INamedTypeSymbol builderType, CancellationToken cancellationToken)
    {
        if (_chains.TryGetValue(build.Syntax, out var known))
        {
            return known;
        }

        return _chains.GetOrAdd(build.Syntax, ResponseChain.Find(build, builderType, cancellationToken));
    }
}
