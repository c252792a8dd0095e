using FoiDsl.Generators.Shared;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using FoiDsl.Generators.Catalogue;
using FoiDsl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FoiDsl.Generators;

/// <summary>Reads a <c>[FoiRequest]</c> class into a <see cref="RequestSpec"/>. Shared by the generator and the rules.</summary>
internal static class RequestParser
{
    public static RequestSpec Parse(INamedTypeSymbol type, AttributeData requestAttribute, CancellationToken cancellationToken)
    {
        var reference = requestAttribute.ConstructorArguments.Length > 0 ? requestAttribute.ConstructorArguments[0].Value as string : null;
        string? authority = null, received = null, title = null;
        foreach (var named in requestAttribute.NamedArguments)
        {
            switch (named.Key)
            {
                case "Authority": authority = named.Value.Value as string; break;
                case "Received": received = named.Value.Value as string; break;
                case "Title": title = named.Value.Value as string; break;
            }
        }

        var regime = RegimeOf(type);

        // [NeitherConfirmNorDeny] on the class covers every question (FOI0012 reports a question that also has its own).
        var wholeRequest = type.GetAttributes().FirstOrDefault(a => IsNamed(a.AttributeClass, KnownNames.NeitherConfirmNorDenyAttribute));
        var questions = new List<QuestionSpec>();
        var texts = new List<RequestTextSpec>();
        foreach (var member in type.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member is IFieldSymbol field && TryParseQuestion(field, wholeRequest, regime) is { } question)
            {
                questions.Add(question);
            }
            else if (member is IFieldSymbol textField && TryParseText(textField) is { } text)
            {
                texts.Add(text);
            }
        }

        RefusalSpec? refusal = null;
        if (type.GetAttributes().FirstOrDefault(a => IsNamed(a.AttributeClass, KnownNames.RefuseRequestAttribute)) is { } refuse)
        {
            var ground = ExemptionCatalogue.ResolveProceduralGround(refuse.ConstructorArguments.FirstOrDefault().Value as string, regime);
            refusal = new RefusalSpec(ground.Canonical, ground.IsResolved) { IsCostRefusal = ExemptionCatalogue.IsCostGround(ground), Regime = regime };
        }

        // FOIA extends for the public interest (s10(3)), the environmental regimes for complexity and volume (reg 7(1)); FOI0016 reports the wrong one.
        var extension = DatesOf(type, KnownNames.PublicInterestExtensionAttribute, "NoticeGiven", "NewDueDate")
            ?? DatesOf(type, KnownNames.ComplexityExtensionAttribute, "NoticeGiven", "NewDueDate");
        var fees = DatesOf(type, KnownNames.FeesNoticeAttribute, "Given", "Paid");

        var containing = new List<string>();
        var allPartial = IsPartial(type, cancellationToken);
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            containing.Insert(0, Declaration(outer) + " " + CSharpText.Identifier(outer.Name));
            allPartial &= IsPartial(outer, cancellationToken);
        }

        return new RequestSpec(
            NamespaceOf(type),
            type.Name,
            containing.ToEquatableArray(),
            allPartial,
            reference ?? string.Empty,
            string.IsNullOrWhiteSpace(authority) ? null : authority,
            string.IsNullOrWhiteSpace(title) ? InWords(type.Name) : title!,
            ParseDate(received),
            refusal,
            questions.OrderBy(q => q.Number).ToEquatableArray())
        {
            Texts = texts.ToEquatableArray(),
            Keyword = Declaration(type),
            Extension = extension,
            FeesNotice = fees,
            Regime = regime,
            RegimeIsDeclared = RegimeDeclaredOn(requestAttribute) is not null,
            Layout = LayoutDeclaredOn(requestAttribute),
        };
    }

    /// <summary>The <c>Layout</c> named on <c>[FoiRequest]</c> or <c>[assembly: FoiAuthority]</c>, or null when it names none (or one FoiDsl does not know).</summary>
    public static DocumentLayout? LayoutDeclaredOn(AttributeData? attribute) => NamedEnum<DocumentLayout>(attribute, "Layout");

    /// <summary>The enum value set by the named argument <paramref name="name"/> of <paramref name="attribute"/>, or null when unset or not a member of <typeparamref name="TEnum"/>.</summary>
    private static TEnum? NamedEnum<TEnum>(AttributeData? attribute, string name)
        where TEnum : struct, System.Enum =>
        attribute?.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value is int value && System.Enum.IsDefined(typeof(TEnum), value)
            ? (TEnum)(object)value
            : null;

    /// <summary>
    /// The regime a request class is answered under: its own <c>[FoiRequest(Regime = ...)]</c>, else the
    /// assembly's <c>[assembly: FoiAuthority(Regime = ...)]</c>, else FOIA.
    /// </summary>
    public static Regime RegimeOf(INamedTypeSymbol type) =>
        RegimeDeclaredOn(type.GetAttributes().FirstOrDefault(a => IsNamed(a.AttributeClass, KnownNames.FoiRequestAttribute)))
        ?? RegimeDeclaredOn(type.ContainingAssembly.GetAttributes().FirstOrDefault(a => IsNamed(a.AttributeClass, KnownNames.FoiAuthorityAttribute)))
        ?? Regime.Foia;

    /// <summary>True for a question marked <c>OnEmissions = true</c>: the information asked for is on emissions (EIR reg 12(9)).</summary>
    public static bool IsOnEmissions(AttributeData question) =>
        question.NamedArguments.FirstOrDefault(a => a.Key == "OnEmissions").Value.Value is true;

    /// <summary>The regime of the request whose generated builder is <paramref name="builder"/> (a type nested in the request class); FOIA for any other type.</summary>
    public static Regime RegimeOfBuilder(INamedTypeSymbol? builder) =>
        builder?.ContainingType is { } request ? RegimeOf(request) : Regime.Foia;

    /// <summary>The regime a question field is answered under: its own <c>[Question(Regime = ...)]</c>, else its request's.</summary>
    public static Regime RegimeOf(IFieldSymbol field) =>
        RegimeDeclaredOn(field.GetAttributes().FirstOrDefault(a => IsNamed(a.AttributeClass, KnownNames.QuestionAttribute)))
        ?? RegimeOf(field.ContainingType);

    /// <summary>The <c>Regime</c> named on an attribute, or null when it names none (or one FoiDsl does not know).</summary>
    public static Regime? RegimeDeclaredOn(AttributeData? attribute) => NamedEnum<Regime>(attribute, "Regime");

    /// <summary>
    /// True when <paramref name="type"/> is the DSL type <paramref name="fullName"/> (<c>FoiDsl.QuestionAttribute</c>):
    /// what comparing its display string would say, read from the symbol's names without building the string.
    /// </summary>
    internal static bool IsNamed(INamedTypeSymbol? type, string fullName)
    {
        if (type is null || type.Arity != 0 || type.ContainingType is not null)
        {
            return false;
        }

        var end = fullName.Length;
        for (ISymbol part = type; part is not INamespaceSymbol { IsGlobalNamespace: true }; part = part.ContainingNamespace)
        {
            var name = part.Name;
            var start = end - name.Length;
            if (start < 0 || string.CompareOrdinal(fullName, start, name, 0, name.Length) != 0)
            {
                return false;
            }

            if (part.ContainingNamespace is null or { IsGlobalNamespace: true })
            {
                return start == 0;
            }

            if (start == 0 || fullName[start - 1] != '.')
            {
                return false;
            }

            end = start - 1;
        }

        return false;
    }

    /// <summary>The namespace as C#, each part a valid identifier (<c>Probe.@class</c>); null for the global namespace.</summary>
    private static string? NamespaceOf(INamedTypeSymbol type)
    {
        var parts = new List<string>();
        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            parts.Insert(0, CSharpText.Identifier(ns.Name));
        }

        return parts.Count == 0 ? null : string.Join(".", parts);
    }

    /// <summary>How a partial declaration of <paramref name="type"/> starts: <c>static partial class</c>, <c>partial record</c>, <c>partial struct</c>, …</summary>
    private static string Declaration(INamedTypeSymbol type) => (type.IsStatic ? "static " : string.Empty) + "partial " + TypeKeyword(type);

    /// <summary>A <c>[Preamble]</c>, <c>[Scope]</c> or <c>[Clarification]</c> constant, or null.</summary>
    private static RequestTextSpec? TryParseText(IFieldSymbol field)
    {
        foreach (var attribute in field.GetAttributes())
        {
            var kind = IsNamed(attribute.AttributeClass, KnownNames.PreambleAttribute) ? "Preamble"
                : IsNamed(attribute.AttributeClass, KnownNames.ScopeAttribute) ? "Scope"
                : IsNamed(attribute.AttributeClass, KnownNames.ClarificationAttribute) ? "Clarification"
                : null;
            if (kind is not null && field.HasConstantValue && field.ConstantValue is string text)
            {
                var received = attribute.NamedArguments.FirstOrDefault(a => a.Key == "Received").Value.Value as string;
                return new RequestTextSpec(kind, text, ParseDate(received));
            }
        }

        return null;
    }

    /// <summary>The two dates named <paramref name="first"/> and <paramref name="second"/> of the class attribute <paramref name="attributeName"/>, when both parse.</summary>
    private static DatePair? DatesOf(INamedTypeSymbol type, string attributeName, string first, string second)
    {
        var attribute = type.GetAttributes().FirstOrDefault(a => IsNamed(a.AttributeClass, attributeName));
        ReceivedDate? Date(string name) => ParseDate(attribute?.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value as string);
        return Date(first) is { } a && Date(second) is { } b ? new DatePair(a, b) : null;
    }

    /// <summary>The date if <paramref name="text"/> is a real date written <c>yyyy-MM-dd</c>.</summary>
    public static ReceivedDate? ParseDate(string? text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new ReceivedDate(date.Year, date.Month, date.Day)
            : null;

    private static QuestionSpec? TryParseQuestion(IFieldSymbol field, AttributeData? wholeRequestNcnd, Regime requestRegime)
    {
        AttributeData? question = null, exempt = null, ncnd = null, cost = null;
        var partsWithheld = new List<(string Part, AttributeData Attribute)>();
        var wholeExempts = 0;
        foreach (var attribute in field.GetAttributes())
        {
            var type = attribute.AttributeClass;
            if (IsNamed(type, KnownNames.QuestionAttribute))
            {
                question = attribute;
            }
            else if (IsNamed(type, KnownNames.ExemptAttribute))
            {
                if (PartOf(attribute) is { } part)
                {
                    partsWithheld.Add((part, attribute));
                }
                else
                {
                    exempt = attribute;
                    wholeExempts++;
                }
            }
            else if (IsNamed(type, KnownNames.NeitherConfirmNorDenyAttribute))
            {
                ncnd = attribute;
            }
            else if (IsNamed(type, KnownNames.ExceedsCostLimitAttribute))
            {
                cost = attribute;
            }
        }

        if (question is null)
        {
            return null;
        }

        // [Question] with no number is a request of one unnumbered question: number 1, printed without a label.
        var unnumbered = question.ConstructorArguments.Length == 0;
        var number = unnumbered ? 1 : question.ConstructorArguments[0].Value as int? ?? 0;
        if (!unnumbered && question.ConstructorArguments[0].Value is not int)
        {
            return null;
        }

        var label = unnumbered ? string.Empty : question.NamedArguments.FirstOrDefault(a => a.Key == "Label").Value.Value as string;
        var regime = RegimeDeclaredOn(question) ?? requestRegime;

        // Under a whole-request [NeitherConfirmNorDeny] a question may have no [Exempt] or [NeitherConfirmNorDeny] of its own (FOI0012).
        var conflictsWithRequest = wholeRequestNcnd is not null && (exempt is not null || ncnd is not null || partsWithheld.Count > 0 || cost is not null);
        if (wholeRequestNcnd is not null)
        {
            ncnd = wholeRequestNcnd;
            exempt = null;
            partsWithheld.Clear();
        }

        var ifSo = question.NamedArguments.FirstOrDefault(a => a.Key == "If").Value.Value as int? ?? 0;
        var ifNot = question.NamedArguments.FirstOrDefault(a => a.Key == "IfNot").Value.Value as int? ?? 0;
        var condition = ifSo != 0 ? ifSo : ifNot;
        var citations = new List<string>();
        // One whole-question [Exempt] at most; parts only beside an answer, never beside a whole withholding or NCND (FOI0022).
        var valid = (exempt is null || ncnd is null) && !conflictsWithRequest && wholeExempts <= 1 && (ifSo == 0 || ifNot == 0)
            && (partsWithheld.Count == 0 || (exempt is null && ncnd is null && partsWithheld.All(p => p.Part.Trim().Length > 0)));
        foreach (var text in ExemptCitations(exempt))
        {
            var resolution = ExemptionCatalogue.Resolve(text, regime);
            valid &= resolution.Exemption is { Kind: GroundKind.Exemption };
            citations.Add(resolution.Canonical);
        }

        var parts = new List<PartSpec>();
        foreach (var (part, attribute) in partsWithheld)
        {
            var partCitations = new List<string>();
            foreach (var text in ExemptCitations(attribute))
            {
                var resolution = ExemptionCatalogue.Resolve(text, regime);
                valid &= resolution.Exemption is { Kind: GroundKind.Exemption };
                partCitations.Add(resolution.Canonical);
            }

            valid &= partCitations.Count > 0;
            parts.Add(new PartSpec(part, partCitations.ToEquatableArray()));
        }

        var costRefusal = CostRefusalOf(cost, regime);
        if (costRefusal is not null)
        {
            // FOI0006 reports a ground other than s12; FOI0022 a blank part, or a whole question refused on cost that also claims exemptions.
            valid &= costRefusal.IsValid && (costRefusal.Part is null
                ? exempt is null && ncnd is null && partsWithheld.Count == 0
                : costRefusal.Part.Trim().Length > 0 && exempt is null && ncnd is null);
        }

        var ncndCitations = new List<string>();
        foreach (var text in ExemptCitations(ncnd))
        {
            // Kept as written (canonical form): s37(1)(b) names the limb that the shared NCND provision s37(2) alone would not.
            var resolution = ExemptionCatalogue.ResolveNeitherConfirmNorDeny(text, regime);
            valid &= resolution.IsResolved;
            ncndCitations.Add(Citation.TryParse(RegimeDefinition.SplitPrefix(text).Citation)?.Canonical ?? resolution.Canonical);
        }

        // EIR reg 12(9): information on emissions cannot be withheld under 12(5)(d) to (g) (FOI0037 reports it).
        valid &= !(IsOnEmissions(question) && citations.Concat(parts.SelectMany(p => p.Citations)).Concat(ncndCitations)
            .Any(c => ExemptionCatalogue.Resolve(c, regime).Exemption is { } e && EnvironmentalCatalogue.UnavailableForEmissions(e)));

        return new QuestionSpec(
            number,
            field.Name,
            field.HasConstantValue && field.ConstantValue is string wording ? wording : string.Empty,
            condition,
            citations.ToEquatableArray(),
            ncndCitations.ToEquatableArray(),
            valid)
        {
            Parts = parts.ToEquatableArray(),
            CostRefusal = costRefusal,
            AsReceived = label?.Trim(),
            ConditionIsNo = ifSo == 0 && ifNot != 0,
            Regime = regime,
            OnEmissions = IsOnEmissions(question),
        };
    }

    /// <summary>An <c>[ExceedsCostLimit]</c> read: its ground (s12(1) when none is written) and part.</summary>
    public static CostRefusalSpec? CostRefusalOf(AttributeData? cost, Regime regime)
    {
        if (cost is null)
        {
            return null;
        }

        var written = cost.ConstructorArguments.Length == 0 ? "s12(1)" : cost.ConstructorArguments[0].Value as string;
        var ground = ExemptionCatalogue.ResolveProceduralGround(written, regime);
        return new CostRefusalSpec(ground.Canonical, PartOf(cost), ExemptionCatalogue.IsCostGround(ground));
    }

    /// <summary>The <c>Part</c> named on an <c>[Exempt]</c> or <c>[ExceedsCostLimit]</c>, or null when it covers the whole question.</summary>
    public static string? PartOf(AttributeData exempt) =>
        exempt.NamedArguments.FirstOrDefault(a => a.Key == "Part").Value is { IsNull: false, Value: var value } ? value as string ?? string.Empty : null;

    /// <summary>The citations written in an <c>[Exempt(...)]</c> or <c>[NeitherConfirmNorDeny(...)]</c> attribute, null ones included as empty text.</summary>
    public static IEnumerable<string> ExemptCitations(AttributeData? exempt)
    {
        if (exempt is null || exempt.ConstructorArguments.Length == 0)
        {
            yield break;
        }

        var argument = exempt.ConstructorArguments[0];
        if (argument.Kind == TypedConstantKind.Array && argument.IsNull)
        {
            yield return string.Empty; // [Exempt(null)]: one citation that names nothing (FOI0006)
        }
        else if (argument.Kind == TypedConstantKind.Array)
        {
            foreach (var value in argument.Values)
            {
                yield return value.Value as string ?? string.Empty;
            }
        }
        else
        {
            yield return argument.Value as string ?? string.Empty;
        }
    }

    private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        type.DeclaringSyntaxReferences.Length > 0
        && type.DeclaringSyntaxReferences.All(r =>
            r.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration
            && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

    private static string TypeKeyword(INamedTypeSymbol type) => (type.IsRecord, type.TypeKind) switch
    {
        (true, TypeKind.Struct) => "record struct",
        (true, _) => "record",
        (_, TypeKind.Struct) => "struct",
        (_, TypeKind.Interface) => "interface",
        _ => "class",
    };

    /// <summary>"SocialMediaMonitoring" becomes "Social media monitoring".</summary>
    internal static string InWords(string name)
    {
        var words = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '_')
            {
                words.Append(' ');
                continue;
            }

            var startsWord = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (startsWord && words.Length > 0 && words[words.Length - 1] != ' ')
            {
                words.Append(' ');
            }

            var isAcronym = char.IsUpper(c) && ((i + 1 < name.Length && char.IsUpper(name[i + 1])) || (i > 0 && char.IsUpper(name[i - 1]) && (i + 1 == name.Length || !char.IsLower(name[i + 1]))));
            words.Append(i == 0 || isAcronym ? c : char.ToLowerInvariant(c));
        }

        return words.ToString().Trim();
    }
}
