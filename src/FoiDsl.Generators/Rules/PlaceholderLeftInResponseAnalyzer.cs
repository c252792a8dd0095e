using System.Collections.Immutable;
using System.Linq;
using FoiDsl.Generators.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// FOI0018: code fixes scaffold missing answers and sections with placeholders so the response
/// compiles while it is being written. A placeholder is never an answer: a response sent with one
/// does not meet the duty to confirm or deny and communicate (FOIA s1(1)) or give the reasons a
/// refusal needs (s17). <c>Build()</c> refuses it at run time; this rule shows every one at
/// compile time so none is forgotten.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PlaceholderLeftInResponseAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.PlaceholderLeftInResponse,
        title: "Placeholder left in the response",
        messageFormat: "Still to be written: {0}. Build() will refuse the response until this placeholder is replaced.",
        RuleIds.ResponseCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Answer.ToBeWritten(...), Placeholder.Text(...) and text starting \"[to be written: \" mark parts of a response still to be written, and text left from a template (\"[List of suppliers]\", \"[insert date]\", \"<<Name>>\", \"XXX\", \"TBC\") in response text or question wording is not finished either; replace each with the real text before the response is sent.",
        helpLinkUri: RuleIds.HelpUri(RuleIds.PlaceholderLeftInResponse));

    /// <summary>The text every placeholder starts with (<c>FoiDsl.Placeholder.Marker</c>).</summary>
    internal const string Marker = Placeholder.Marker;

    /// <summary>What the message says when the placeholder's text is only known at run time.</summary>
    private const string UnknownText = "the text this placeholder stands for";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var answer = start.Compilation.GetTypeByMetadataName(KnownNames.Answer);
            var placeholder = start.Compilation.GetTypeByMetadataName(KnownNames.Placeholder);
            if (answer is null || placeholder is null)
            {
                return;
            }

            start.RegisterOperationAction(ctx => AnalyzeCall(ctx, answer, placeholder), OperationKind.Invocation);
            if (start.Compilation.GetTypeByMetadataName(KnownNames.QuestionAttribute) is { } question)
            {
                start.RegisterSymbolAction(ctx => AnalyzeQuestion(ctx, question), SymbolKind.Field);
            }
        });
    }

    /// <summary>
    /// What a placeholder's text says is still to be written, or for text left from a template the
    /// leftover itself (<c>the template text "[List of suppliers]"</c>); null when <paramref name="text"/> holds none.
    /// </summary>
    internal static string? WhatToWrite(string text)
    {
        var start = text.IndexOf(Marker, System.StringComparison.Ordinal);
        if (start < 0)
        {
            return Placeholder.Find(text) is { } leftover ? $"the template text \"{leftover}\"" : null;
        }

        start += Marker.Length;
        var end = text.IndexOf(']', start);
        var hint = (end < 0 ? text.Substring(start) : text.Substring(start, end - start)).Trim();
        return hint.Length == 0 ? UnknownText : hint;
    }

    private static void AnalyzeCall(OperationAnalysisContext context, INamedTypeSymbol answer, INamedTypeSymbol placeholder)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if ((method.Name == KnownNames.PlaceholderAnswer && SymbolEqualityComparer.Default.Equals(method.ContainingType, answer))
            || (method.Name == KnownNames.PlaceholderText && SymbolEqualityComparer.Default.Equals(method.ContainingType, placeholder)))
        {
            var hint = invocation.Arguments.Length > 0 && invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string text } && text.Trim().Length > 0
                ? text.Trim()
                : UnknownText;
            context.ReportDiagnostic(FoiDiagnostic.Create(Rule, invocation.Syntax.GetLocation(), hint));
            return;
        }

        if (method.ContainingType is { Name: KnownNames.ResponseBuilder, ContainingType: not null })
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    ReportMarkedConstants(context, argument.Value);
                }
            }
        }
    }

    /// <summary>A <c>[Question]</c> worded with template text: the wording is quoted to the requester as received.</summary>
    private static void AnalyzeQuestion(SymbolAnalysisContext context, INamedTypeSymbol question)
    {
        var field = (IFieldSymbol)context.Symbol;
        if (field.HasConstantValue && field.ConstantValue is string wording
            && WhatToWrite(wording) is { } hint
            && field.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, question)))
        {
            var location = field.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(context.CancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } value }
                ? value.GetLocation()
                : field.Locations[0];
            context.ReportDiagnostic(Diagnostic.Create(Rule, location, hint));
        }
    }

    /// <summary>
    /// Reports each outermost constant string written under <paramref name="operation"/> that holds the
    /// marker. The operation tree carries every constant the compiler folded, so nothing is asked of the
    /// semantic model; lambdas are not looked into, nor the literal text and format strings of an interpolated string.
    /// </summary>
    private static void ReportMarkedConstants(OperationAnalysisContext context, IOperation operation)
    {
        if (operation is IAnonymousFunctionOperation or IInterpolatedStringTextOperation)
        {
            return;
        }

        if (operation is IInterpolationOperation interpolation)
        {
            ReportMarkedConstants(context, interpolation.Expression); // not its format string, which is no text of the response
            return;
        }

        if (operation.ConstantValue is { HasValue: true, Value: string text })
        {
            if (WhatToWrite(text) is { } hint)
            {
                var syntax = operation.Syntax;
                while (syntax.Parent is ParenthesizedExpressionSyntax parenthesized)
                {
                    syntax = parenthesized;
                }

                context.ReportDiagnostic(FoiDiagnostic.Create(Rule, syntax.GetLocation(), hint));
            }

            return;
        }

        foreach (var child in operation.ChildOperations)
        {
            ReportMarkedConstants(context, child);
        }
    }
}
