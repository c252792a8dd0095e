using System.Threading.Tasks;
using FoiDsl.Generators.Rules;
using Microsoft.CodeAnalysis.Testing;
using Rule = FoiDsl.Tests.TestSupport.RuleTest<FoiDsl.Generators.Rules.SecurityBodiesAndNationalSecurityAnalyzer>;

namespace FoiDsl.Tests.Rules;

public class SecurityBodiesAndNationalSecurityTests
{
    [TestCase("S23, S31, {|#0:S24|}")]
    [TestCase("S24, {|#0:S23|}")]
    [TestCase("\"section 24(1)\", {|#0:\"s23\"|}")]
    public Task Both_claimed_for_one_question_is_reported_at_the_second(string citations) =>
        Rule.Check($$"""
            [FoiRequest("FOI 13/24")]
            public partial class CounterTerrorism
            {
                [Question(1)] public const string Budget = "What is your counter-terrorism budget?";
                [Question(2)][Exempt({{citations}})] public const string Briefings = "Which agencies briefed you?";
            }
            """,
            new DiagnosticResult(SecurityBodiesAndNationalSecurityAnalyzer.Rule).WithLocation(0).WithArguments(2, "Briefings"));

    [Test]
    public Task Each_on_a_different_question_is_clean() =>
        Rule.Check("""
            [FoiRequest("FOI 13/24")]
            public partial class CounterTerrorism
            {
                [Question(1)][Exempt(S24)] public const string Budget = "What is your counter-terrorism budget?";
                [Question(2)][Exempt(S23, S31)] public const string Briefings = "Which agencies briefed you?";
                [Question(3)] public const string Staff = "How many staff work on it?";
            }
            """);
}
