using System.Threading.Tasks;
using FoiDsl.Generators.Rules;
using Microsoft.CodeAnalysis.Testing;
using DuplicateNumbers = FoiDsl.Tests.TestSupport.RuleTest<FoiDsl.Generators.Rules.DuplicateQuestionNumberAnalyzer>;
using NotPartial = FoiDsl.Tests.TestSupport.RuleTest<FoiDsl.Generators.Rules.RequestNotPartialAnalyzer>;
using UnknownExemption = FoiDsl.Tests.TestSupport.RuleTest<FoiDsl.Generators.Rules.UnknownExemptionAnalyzer>;

namespace FoiDsl.Tests.Rules;

public class DuplicateQuestionNumberTests
{
    [Test]
    public Task Second_use_of_a_number_is_reported_at_its_attribute() =>
        DuplicateNumbers.Check("""
            [FoiRequest("FOI 4/24")]
            public partial class Budget
            {
                [Question(1)] public const string Total = "What is the total?";
                [Question({|#0:1|})] public const string Holder = "Who holds it?";
            }
            """,
            new DiagnosticResult(DuplicateQuestionNumberAnalyzer.Rule).WithLocation(0).WithLocation(8, 39).WithArguments(1, "Total", "Holder"));

    [Test]
    public Task Distinct_numbers_are_clean() =>
        DuplicateNumbers.Check("""
            [FoiRequest("FOI 4/24")]
            public partial class Budget
            {
                [Question(1)] public const string Total = "What is the total?";
                [Question(2)] public const string Holder = "Who holds it?";
            }
            """);
}

public class RequestNotPartialTests
{
    [Test]
    public Task Request_class_without_partial_is_reported() =>
        NotPartial.Check("""
            [FoiRequest("FOI 5/24")]
            public class {|#0:Budget|}
            {
                [Question(1)] public const string Total = "What is the total?";
            }
            """,
            new DiagnosticResult(RequestNotPartialAnalyzer.Rule).WithLocation(0).WithArguments("Budget", "FOI 5/24"));

    [Test]
    public Task Containing_class_without_partial_is_reported() =>
        NotPartial.Check("""
            public static class {|FOI0005:Requests|}
            {
                [FoiRequest("FOI 5/24")]
                public partial class Budget
                {
                    [Question(1)] public const string Total = "What is the total?";
                }
            }
            """);

    [Test]
    public Task Partial_request_nested_in_partial_class_is_clean() =>
        NotPartial.Check("""
            public static partial class Requests
            {
                [FoiRequest("FOI 5/24")]
                public partial class Budget
                {
                    [Question(1)] public const string Total = "What is the total?";
                }

                public static FoiResponse Write() => Budget.Respond().Total("£10").Build();
            }
            """);
}

public class UnknownExemptionTests
{
    [TestCase("\"s25\"", "s25 is not an exemption")]
    [TestCase("\"s31(1)(z)\"", "Section 31 has no provision s31(1)(z)")]
    [TestCase("\"s24(2)\"", "s24(2) is the neither-confirm-nor-deny provision of s24(1)")]
    [TestCase("\"s40\"", "s40 has limbs that differ in status")]
    [TestCase("\"s12(1)\"", "s12(1) (Cost of compliance exceeds the appropriate limit) is a procedural ground")]
    [TestCase("\"national security\"", "'national security' is not a statutory citation")]
    public async Task Citation_that_names_no_exemption_is_reported(string citation, string problemStart)
    {
        var test = new UnknownExemption($$"""
            [FoiRequest("FOI 6/24")]
            public partial class Budget
            {
                [Question(1)][Exempt(S21, {|#0:{{citation}}|})] public const string Total = "What is the total?";
            }
            """);
        var text = citation.Trim('"');
        var problem = UnknownExemptionAnalyzer.Problem(text, FoiDsl.Generators.Catalogue.Regime.Foia);
        Assert.That(problem, Does.StartWith(problemStart));

        test.ExpectedDiagnostics.Add(new DiagnosticResult(UnknownExemptionAnalyzer.Rule).WithLocation(0).WithArguments(text, problem!.TrimEnd('.')));
        await test.RunAsync();
    }

    [Test]
    public Task Catalogue_citations_are_clean() =>
        UnknownExemption.Check("""
            [FoiRequest("FOI 6/24")]
            public partial class Budget
            {
                [Question(1)][Exempt(S24, S31 + "(a)", "section 40(3B)", "s37(1)(b)")] public const string Total = "What is the total?";
            }
            """);

    [Test]
    public Task Citation_in_a_public_interest_test_is_checked() =>
        UnknownExemption.Check("""
            [FoiRequest("FOI 6/24")]
            public partial class Budget
            {
                [Question(1)][Exempt(S31)] public const string Total = "What is the total?";
            }

            public static class Response
            {
                public static FoiResponse Write() => Budget.Respond()
                    .PublicInterestTest({|FOI0006:"s31(9)"|}, ["For."], ["Against."])
                    .EvidenceOfHarm([S31, {|FOI0006:"s99"|}], HarmLikelihood.Would, "Harm.")
                    .BalanceTest("Withhold.")
                    .Build();
            }
            """);
}
