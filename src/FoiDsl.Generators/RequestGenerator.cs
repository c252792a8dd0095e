using System.Linq;
using FoiDsl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FoiDsl.Generators;

/// <summary>
/// Generates a typed response builder for every <c>[FoiRequest]</c> class. Invalid declarations
/// produce no output: the FOI000x rules report them, and the generator itself never reports.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class RequestGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var requests = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.FoiRequestAttribute,
                predicate: static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax,
                transform: static (ctx, ct) =>
                    ctx.TargetSymbol is INamedTypeSymbol type && !RequestShape.HasProblems(type) && ctx.Attributes.FirstOrDefault() is { } attribute
                        ? RequestParser.Parse(type, attribute, ct)
                        : null)
            .WithTrackingName(TrackingNames.Requests)
            .Where(static request => request is { CanGenerate: true })
            .WithTrackingName(TrackingNames.GeneratableRequests);

        // [assembly: FoiAuthority] once per assembly: requests depend only on whether it exists, so editing it regenerates one file.
        var profile = context.CompilationProvider.Select(static (compilation, _) => AuthorityProfileSpec.Of(compilation.Assembly))
            .WithTrackingName(TrackingNames.AuthorityProfile);
        context.RegisterSourceOutput(profile, static (spc, spec) =>
        {
            if (spec is not null)
            {
                spc.AddSource(ResponseBuilderEmitter.ProfileHintName, ResponseBuilderEmitter.EmitProfile(spec));
            }
        });

        var withProfile = requests
            .Combine(profile.Select(static (spec, _) => spec is not null))
            .Select(static (pair, _) => pair.Left! with { UsesAuthorityProfile = pair.Right })
            .WithTrackingName(TrackingNames.RequestsWithProfile);

        context.RegisterSourceOutput(withProfile, static (spc, request) =>
            spc.AddSource(ResponseBuilderEmitter.HintName(request), ResponseBuilderEmitter.Emit(request)));

        // Every [ResponseTo] method of the assembly, listed once for hosts (FOI0036 reports those that cannot be).
        var responses = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.ResponseToAttribute,
                predicate: static (node, _) => node is MethodDeclarationSyntax,
                transform: static (ctx, ct) => ctx.TargetSymbol is IMethodSymbol method && ctx.Attributes.FirstOrDefault() is { } attribute
                    ? ResponseMethodSpec.Of(method, attribute, ct)
                    : null)
            .Where(static spec => spec is { Problem: null })
            .Select(static (spec, _) => spec!)
            .Collect()
            .Select(static (all, _) => RegistryEmitter.Listable(all))
            .WithTrackingName(TrackingNames.ResponseMethods);
        context.RegisterSourceOutput(responses, static (spc, listed) =>
        {
            if (listed.Count > 0)
            {
                spc.AddSource(RegistryEmitter.HintName, RegistryEmitter.Emit(listed));
            }
        });
    }
}
