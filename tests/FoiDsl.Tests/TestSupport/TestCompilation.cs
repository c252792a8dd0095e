using System.Collections.Immutable;
using System.Linq;
using FoiDsl.Generators;
using FoiDsl.Generators.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FoiDsl.Tests.TestSupport;

/// <summary>In-memory compilations of DSL source against the FoiDsl runtime, with the generator and rules.</summary>
internal static class TestCompilation
{
    /// <summary>The usings every DSL test source starts with.</summary>
    public const string Usings = """
        using System;
        using FoiDsl;
        using static FoiDsl.Exemptions;
        using static FoiDsl.Answer;

        """;

    private static readonly ImmutableArray<MetadataReference> References =
        Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(FoiRequestAttribute).Assembly.Location))
            .ToImmutableArray();

    public static ImmutableArray<DiagnosticAnalyzer> AllRules { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(
        new UnansweredQuestionAnalyzer(),
        new MissingPublicInterestTestAnalyzer(),
        new MissingEvidenceOfHarmAnalyzer(),
        new DuplicateQuestionNumberAnalyzer(),
        new RequestNotPartialAnalyzer(),
        new UnknownExemptionAnalyzer(),
        new ConditionalAnswerAnalyzer(),
        new NoNeitherConfirmNorDenyLimbAnalyzer(),
        new MissingComplaintRightsAnalyzer(),
        new CostRefusalWithoutAdviceAnalyzer(),
        new QuestionNumberSequenceAnalyzer(),
        new AbsoluteExemptionPublicInterestTestAnalyzer(),
        new IncompletePublicInterestTestAnalyzer(),
        new UnclaimedExemptionInSectionAnalyzer(),
        new SecurityBodiesAndNationalSecurityAnalyzer(),
        new InvalidRequestMetadataAnalyzer(),
        new UnstatedHarmLikelihoodAnalyzer(),
        new PlaceholderLeftInResponseAnalyzer(),
        new MissingExemptionReasonsAnalyzer(),
        new InvalidWithheldPartAnalyzer(),
        new RefusedRequestWithExemptionsAnalyzer(),
        new SupersededCitationAnalyzer(),
        new RefusalWithoutReasonsAnalyzer(),
        new UnsupportedRequestShapeAnalyzer(),
        new CostWithinLimitAnalyzer(),
        new InvestigationsAndLawEnforcementAnalyzer(),
        new PolicyAndPublicAffairsAnalyzer(),
        new ImpossibleResponseDatesAnalyzer(),
        new LateResponseAnalyzer(),
        new UndatedResponseAnalyzer(),
        new InvalidResponseMethodAnalyzer(),
        new ExceptionUnavailableForEmissionsAnalyzer(),
        new TooGeneralWithoutAdviceAnalyzer(),
        new EnvironmentalInformationUnderWrongRegimeAnalyzer());

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp12);

    public static CSharpCompilation Create(params (string Path, string Source)[] files) =>
        CSharpCompilation.Create(
            "FoiDsl.TestInput",
            files.Select(f => CSharpSyntaxTree.ParseText(f.Source, ParseOptions, f.Path)),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static CSharpCompilation Create(string source) => Create(("Request.cs", source));

    public static GeneratorDriver CreateDriver(bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new RequestGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator; returns the compilation with its output and the run result.</summary>
    public static (Compilation Output, GeneratorDriverRunResult Run) Generate(Compilation input)
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(input, out var output, out _);
        return (output, driver.GetRunResult());
    }

    /// <summary>Generates, then returns compiler errors and warnings plus every rule's diagnostics, in source order.</summary>
    /// <remarks>
    /// FOI0035 (response not dated) is left out unless <paramref name="includeUndated"/> is set: most
    /// snippets leave out the date of the response to stay short, and FOI0035's own tests ask for it.
    /// </remarks>
    public static ImmutableArray<Diagnostic> Diagnose(Compilation input, bool includeUndated = false)
    {
        var (output, _) = Generate(input);
        var withRules = output.WithAnalyzers(AllRules);
        return withRules.GetAllDiagnosticsAsync().GetAwaiter().GetResult()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Where(d => includeUndated || d.Id != "FOI0035")
            .OrderBy(d => d.Location.SourceTree?.FilePath)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
    }
}
