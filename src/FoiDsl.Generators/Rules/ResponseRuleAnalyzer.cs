using System.Collections.Immutable;
using System.Linq;
using FoiDsl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FoiDsl.Generators.Rules;

/// <summary>What a response rule sees at one <c>Build()</c> call.</summary>
internal sealed class BuildSite
{
    public BuildSite(OperationAnalysisContext context, INamedTypeSymbol requestType, RequestSpec request, ResponseChain chain)
    {
        Context = context;
        RequestType = requestType;
        Request = request;
        Chain = chain;
        var syntax = context.Operation.Syntax;
        Location = (syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } ? access.Name : syntax).GetLocation();
    }

    public OperationAnalysisContext Context { get; }

    public INamedTypeSymbol RequestType { get; }

    public RequestSpec Request { get; }

    public ResponseChain Chain { get; }

    /// <summary>Where the rules report: the <c>Build</c> of the call.</summary>
    public Location Location { get; }

    /// <summary>Reports at <c>Build()</c>, about the response as a whole.</summary>
    public void Report(DiagnosticDescriptor rule, params object[] arguments)
    {
        Context.ReportDiagnostic(FoiDiagnostic.Create(rule, Location, arguments));
    }

    /// <summary>Reports at <c>Build()</c>, pointing also at the declaration of <paramref name="question"/>.</summary>
    public void Report(DiagnosticDescriptor rule, QuestionSpec question, params object[] arguments) =>
        Report(rule, question, ImmutableDictionary<string, string?>.Empty, arguments);

    /// <summary>Reports at <c>Build()</c>, pointing also at the declaration of <paramref name="question"/>, with <paramref name="properties"/> for the code fixes.</summary>
    public void Report(DiagnosticDescriptor rule, QuestionSpec question, ImmutableDictionary<string, string?> properties, params object[] arguments)
    {
        var declaration = RequestType.GetMembers(question.Name).FirstOrDefault()?.Locations.FirstOrDefault();
        var additional = declaration is { IsInSource: true } ? new[] { declaration } : Enumerable.Empty<Location>();
        Context.ReportDiagnostic(FoiDiagnostic.Create(rule, Location, additional, properties, arguments));
    }
}

/// <summary>
/// Base of the rules that check a response: finds every <c>Build()</c> on a generated builder,
/// reads the request it answers and the calls made on the way, and hands them to the rule. Rules
/// that check one builder call on its own, wherever the builder goes, see each call with its request.
/// </summary>
public abstract class ResponseRuleAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // every response rule reads the requests and chains of this compilation from one shared analysis
            var shared = ResponseAnalysis.For(start.Compilation);
            if (shared.Symbols is null)
            {
                return;
            }

            shared.AddReader();
            start.RegisterOperationAction(ctx => AnalyzeInvocation(ctx, shared), OperationKind.Invocation);
        });
    }

    /// <summary>Checks one <c>Build()</c> whose whole chain of calls can be seen.</summary>
    private protected virtual void Analyze(BuildSite site)
    {
    }

    /// <summary>Checks one call on a generated builder other than <c>Build()</c>, with the request it answers.</summary>
    private protected virtual void AnalyzeCall(OperationAnalysisContext context, IInvocationOperation call, RequestSpec request)
    {
    }

    private void AnalyzeInvocation(OperationAnalysisContext context, ResponseAnalysis shared)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod is not { ContainingType: { Name: KnownNames.ResponseBuilder, ContainingType: { } requestType } builderType })
        {
            return;
        }

        if (shared.Request(requestType, context.CancellationToken) is not { } request)
        {
            return;
        }

        if (invocation.TargetMethod.Name != KnownNames.Build)
        {
            AnalyzeCall(context, invocation, request);
            return;
        }

        var chain = shared.Chain(invocation, builderType, context.CancellationToken);
        if (chain is not null)
        {
            Analyze(new BuildSite(context, requestType, request, chain));
        }
    }
}
