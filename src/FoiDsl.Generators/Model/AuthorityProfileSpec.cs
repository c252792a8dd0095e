using FoiDsl.Generators.Shared;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace FoiDsl.Generators.Model;

/// <summary>The assembly's <c>[assembly: FoiAuthority(...)]</c> reduced to plain values, so the pipeline caches it.</summary>
internal sealed record AuthorityProfileSpec(string Name, string? Article, string? Address, string? ReviewEmail, string? ReviewAddress, string? Website)
{
    /// <summary>The regime the authority's requests default to (<c>Regime = Regime.Foisa</c> for a Scottish authority).</summary>
    public Catalogue.Regime Regime { get; init; }

    /// <summary>The layout the authority's documents take (<c>Layout = DocumentLayout.Letter</c>); police when unset.</summary>
    public DocumentLayout Layout { get; init; }

    /// <summary>The generated class that holds the profile, in the assembly's own <c>FoiDsl.Generated</c> namespace.</summary>
    public const string HolderClass = "AssemblyAuthority";

    /// <summary>True when the runtime profile can be built from it: a name, and a review email with an <c>@</c> (FOI0016 reports the rest).</summary>
    public bool IsValid => !string.IsNullOrWhiteSpace(Name) && (ReviewEmail is null || ReviewEmail.Contains("@"));

    public static AuthorityProfileSpec From(AttributeData attribute)
    {
        string? Named(string name) => attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value as string is { } text && text.Trim().Length > 0 ? text.Trim() : null;
        var name = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null;
        return new AuthorityProfileSpec(name?.Trim() ?? string.Empty, Named("Article"), Named("Address"), Named("ReviewEmail"), Named("ReviewAddress"), Named("Website"))
        {
            Regime = RequestParser.RegimeDeclaredOn(attribute) ?? Catalogue.Regime.Foia,
            Layout = RequestParser.LayoutDeclaredOn(attribute) ?? DocumentLayout.Police,
        };
    }

    /// <summary>The profile of <paramref name="assembly"/>, or null when it declares none or an invalid one.</summary>
    public static AuthorityProfileSpec? Of(IAssemblySymbol assembly) =>
        assembly.GetAttributes().FirstOrDefault(a => RequestParser.IsNamed(a.AttributeClass, KnownNames.FoiAuthorityAttribute)) is { } attribute
        && From(attribute) is { IsValid: true } spec
            ? spec
            : null;
}
