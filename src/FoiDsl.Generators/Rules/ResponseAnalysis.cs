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
/// <remarks>
/// A chain holds operations, and an operation holds its whole method's bound tree. So a chain is kept
/// only until every response rule of the compilation has read it: keeping all of them until the
/// compilation is done would keep every response method's bound tree alive, and the compiler's
/// memory (and its time collecting garbage) would grow faster than the number of responses. A rule
/// that comes back later (an editor analysing one file again) finds the chain again.
/// </remarks>
internal sealed class ResponseAnalysis
{
    private static readonly ConditionalWeakTable<Compilation, ResponseAnalysis> PerCompilation = new();

    private readonly ConcurrentDictionary<INamedTypeSymbol, RequestSpec?> _requests = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxNode, SharedChain> _chains = new();
    private int _readers;

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

    /// <summary>Counts a rule that will read every <c>Build()</c> chain of the compilation; each rule calls it once, as it starts.</summary>
    public void AddReader() => Interlocked.Increment(ref _readers);

    /// <summary>
    /// The chain of builder calls ending in <paramref name="build"/>, found once for all the rules that read
    /// it and dropped when the last of them has; null when it cannot be seen whole.
    /// </summary>
    public ResponseChain? Chain(IInvocationOperation build, INamedTypeSymbol builderType, CancellationToken cancellationToken)
    {
        var readers = Volatile.Read(ref _readers);
        var shared = _chains.GetOrAdd(build.Syntax, _ => new SharedChain(ResponseChain.Find(build, builderType, cancellationToken), readers));
        if (shared.ReadOnce())
        {
            _chains.TryRemove(build.Syntax, out _);
        }

        return shared.Chain;
    }

    /// <summary>A chain and how many rules have still to read it.</summary>
    private sealed class SharedChain
    {
        public SharedChain(ResponseChain? chain, int readers)
        {
            Chain = chain;
            _unread = readers;
        }

        private int _unread;

        public ResponseChain? Chain { get; }

        /// <summary>Counts one reading; true for the last.</summary>
        public bool ReadOnce() => Interlocked.Decrement(ref _unread) <= 0;
    }
}
