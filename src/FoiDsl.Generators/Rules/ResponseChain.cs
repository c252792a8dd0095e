using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace FoiDsl.Generators.Rules;

/// <summary>A builder call seen on the way to <c>Build()</c>.</summary>
/// <param name="Name">The method called.</param>
/// <param name="Invocation">The call.</param>
internal sealed record BuilderCall(string Name, IInvocationOperation Invocation);

/// <summary>
/// Every builder call that contributes to one <c>Build()</c>: a fluent chain from <c>Respond()</c>,
/// or the calls on one local builder variable in the same body. When the builder escapes (is
/// passed, returned, stored or captured) the calls cannot all be seen, so no chain is found and
/// the rules stay silent: <c>Build()</c> still checks at run time.
/// </summary>
internal sealed class ResponseChain
{
    private ResponseChain(ImmutableArray<BuilderCall> calls)
    {
        Calls = calls;
    }

    public ImmutableArray<BuilderCall> Calls { get; }

    public bool CallsMethod(string name) => Calls.Any(c => c.Name == name);

    /// <summary>
    /// The response's timeliness, worked out once for every rule that asks (FOI0033, FOI0034): counting
    /// working days is the dearest thing the rules do with a chain.
    /// </summary>
    public Clock.Timeliness? Timeliness(System.Func<ResponseChain, Clock.Timeliness?> assess)
    {
        if (!Volatile.Read(ref _assessed))
        {
            _timeliness = assess(this);
            Volatile.Write(ref _assessed, true);
        }

        return _timeliness;
    }

    private Clock.Timeliness? _timeliness;
    private bool _assessed;

    /// <summary>The constant citations given as the first argument of every call to <paramref name="method"/>; null when one of them is not constant (it may cover anything).</summary>
    public IReadOnlyList<IReadOnlyList<string>>? CitationsPassedTo(string method, CancellationToken cancellationToken)
    {
        var result = new List<IReadOnlyList<string>>();
        foreach (var call in Calls.Where(c => c.Name == method))
        {
            var argument = call.Invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0);
            var citations = argument is null ? null : ConstantStrings(argument.Value, cancellationToken);
            if (citations is null)
            {
                return null;
            }

            result.Add(citations);
        }

        return result;
    }

    /// <summary>Finds the chain ending in <paramref name="build"/>, or null when it cannot be seen whole.</summary>
    public static ResponseChain? Find(IInvocationOperation build, INamedTypeSymbol builderType, CancellationToken cancellationToken)
    {
        var calls = ImmutableArray.CreateBuilder<BuilderCall>();
        var root = WalkDown(build.Instance, builderType, calls);
        switch (root)
        {
            case IInvocationOperation when IsRespond(root, builderType):
                return new ResponseChain(calls.ToImmutable());
            case ILocalReferenceOperation local when CollectLocal(local.Local, build, builderType, calls, cancellationToken):
                return new ResponseChain(calls.ToImmutable());
            default:
                return null;
        }
    }

    /// <summary>Follows receivers from a call back to the start of the chain, recording builder calls.</summary>
    private static IOperation? WalkDown(IOperation? receiver, INamedTypeSymbol builderType, ImmutableArray<BuilderCall>.Builder calls)
    {
        while (receiver is IInvocationOperation invocation && IsBuilderCall(invocation, builderType))
        {
            calls.Add(new BuilderCall(invocation.TargetMethod.Name, invocation));
            receiver = invocation.Instance;
        }

        return receiver;
    }

    /// <summary>True for the request's own static <c>Respond()</c>, which starts a fresh builder.</summary>
    private static bool IsRespond(IOperation? operation, INamedTypeSymbol builderType) =>
        operation is IInvocationOperation { Instance: null, TargetMethod: { Name: KnownNames.Respond } method }
        && SymbolEqualityComparer.Default.Equals(method.ContainingType, builderType.ContainingType);

    private static bool IsBuilderCall(IInvocationOperation invocation, INamedTypeSymbol builderType) =>
        invocation.Instance is not null && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, builderType);

    /// <summary>Collects every call on <paramref name="local"/> in its body; false if the builder escapes.</summary>
    private static bool CollectLocal(ILocalSymbol local, IOperation build, INamedTypeSymbol builderType, ImmutableArray<BuilderCall>.Builder calls, CancellationToken cancellationToken)
    {
        var body = build;
        while (body.Parent is not null)
        {
            body = body.Parent;
        }

        calls.Clear();
        foreach (var operation in body.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    if (declarator.GetVariableInitializer() is { } initializer && !IsFreshChain(initializer.Value, builderType, calls))
                    {
                        return false;
                    }

                    break;

                case ILocalReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Local, local):
                    if (!IsContainedUse(reference, local, builderType, calls))
                    {
                        return false;
                    }

                    break;

                case IAnonymousFunctionOperation or ILocalFunctionOperation when UsesLocal(operation, local):
                    return false;
            }
        }

        return true;
    }

    /// <summary>A value that starts a builder from <c>Respond()</c>, recording its calls.</summary>
    private static bool IsFreshChain(IOperation value, INamedTypeSymbol builderType, ImmutableArray<BuilderCall>.Builder calls)
    {
        return IsRespond(WalkDown(Unwrap(value), builderType, calls), builderType);
    }

    /// <summary>A use of the local that keeps the builder in view: calls on it, or assigning it a chain.</summary>
    private static bool IsContainedUse(ILocalReferenceOperation reference, ILocalSymbol local, INamedTypeSymbol builderType, ImmutableArray<BuilderCall>.Builder calls)
    {
        var parent = reference.Parent;
        if (parent is ISimpleAssignmentOperation assignment && assignment.Target == reference)
        {
            var value = Unwrap(assignment.Value);
            var root = WalkDown(value, builderType, calls);
            return IsRespond(root, builderType)
                || (root is ILocalReferenceOperation other && SymbolEqualityComparer.Default.Equals(other.Local, local));
        }

        // b.X().Y()...: the calls themselves are recorded where their outermost call ends.
        IOperation current = reference;
        while (current.Parent is IInvocationOperation invocation && invocation.Instance == current && IsBuilderCall(invocation, builderType))
        {
            current = invocation;
        }

        if (current == reference)
        {
            return false;
        }

        WalkDown(current, builderType, calls);
        if (current.Type is not INamedTypeSymbol type || !SymbolEqualityComparer.Default.Equals(type, builderType))
        {
            return true; // the chain ends in Build() or another call that does not hand the builder on
        }

        return current.Parent is IExpressionStatementOperation
            || (current.Parent is ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } && SymbolEqualityComparer.Default.Equals(target.Local, local));
    }

    private static bool UsesLocal(IOperation function, ILocalSymbol local) =>
        function.Descendants().OfType<ILocalReferenceOperation>().Any(r => SymbolEqualityComparer.Default.Equals(r.Local, local));

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>The constant strings in a citation argument: one constant, an array, or a collection expression.</summary>
    private static IReadOnlyList<string>? ConstantStrings(IOperation value, CancellationToken cancellationToken)
    {
        value = Unwrap(value);
        if (value.ConstantValue is { HasValue: true, Value: string single })
        {
            return new[] { single };
        }

        IEnumerable<IOperation>? elements = value switch
        {
            IArrayCreationOperation { Initializer: { } initializer } => initializer.ElementValues,
            _ => null,
        };

        if (elements is null && value.Syntax is CollectionExpressionSyntax collection && value.SemanticModel is { } model)
        {
            var strings = new List<string>();
            foreach (var element in collection.Elements)
            {
                if (element is not ExpressionElementSyntax expression
                    || model.GetConstantValue(expression.Expression, cancellationToken) is not { HasValue: true, Value: string text })
                {
                    return null;
                }

                strings.Add(text);
            }

            return strings;
        }

        if (elements is null)
        {
            return null;
        }

        var result = new List<string>();
        foreach (var element in elements)
        {
            if (Unwrap(element).ConstantValue is not { HasValue: true, Value: string text })
            {
                return null;
            }

            result.Add(text);
        }

        return result;
    }
}
