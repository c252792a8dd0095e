using System;
using System.Threading.Tasks;
using FoiDsl.CodeFixes;
using FoiDsl.Generators.Rules;
using FoiDsl.Tests.TestSupport;
using Microsoft.CodeAnalysis.Testing;
using InvestigationsRule = FoiDsl.Tests.TestSupport.RuleTest<FoiDsl.Generators.Rules.InvestigationsAndLawEnforcementAnalyzer>;
using PolicyRule = FoiDsl.Tests.TestSupport.RuleTest<FoiDsl.Generators.Rules.PolicyAndPublicAffairsAnalyzer>;

namespace FoiDsl.Tests.Rules;

public class ExclusiveExemptionsTests
{
    [TestCase("S30, S40, {|#0:S31|}")]
    [TestCase("S31, {|#0:S30|}")]
    [TestCase("\"s30(1)(a)\", {|#0:\"section 31(1)(a)\"|}")]
    [TestCase("\"s30(2)\", {|#0:\"s31(1)(b)\"|}")]
    public Task S30_with_s31_on_one_question_is_reported_at_the_second(string citations) =>
        InvestigationsRule.Check($$"""
            [FoiRequest("FOI 31/24")]
            public partial class Operation
            {
                [Question(1)] public const string Budget = "What did the operation cost?";
                [Question(2)][Exempt({{citations}})] public const string Suspects = "Who was investigated?";
            }
            """,
            new DiagnosticResult(InvestigationsAndLawEnforcementAnalyzer.Rule).WithLocation(0).WithArguments(2, "Suspects"));

    [Test]
    public Task S30_and_s31_on_different_questions_are_clean() =>
        InvestigationsRule.Check("""
            [FoiRequest("FOI 31/24")]
            public partial class Operation
            {
                [Question(1)][Exempt(S31)] public const string Protocol = "What is your protocol for armed deployments?";
                [Question(2)][Exempt(S30)] public const string Arrest = "What happened at the arrest?";
            }
            """);

    [Test]
    public Task S30_and_s31_neither_confirmed_nor_denied_together_are_clean() =>
        InvestigationsRule.Check("""
            [FoiRequest("FOI 31/24")]
            public partial class Operation
            {
                [Question(1)][NeitherConfirmNorDeny(S30, S31)] public const string Informant = "Did an informant help?";
            }
            """);

    [TestCase("S35, {|#0:S36|}")]
    [TestCase("\"s36(2)(b)(i)\", {|#0:\"s35(1)(a)\"|}")]
    public Task S35_with_s36_on_one_question_is_reported_at_the_second(string citations) =>
        PolicyRule.Check($$"""
            [FoiRequest("DfX 35/24")]
            public partial class Policy
            {
                [Question(1)][Exempt({{citations}})] public const string Submissions = "Send the submissions to the minister.";
            }
            """,
            new DiagnosticResult(PolicyAndPublicAffairsAnalyzer.Rule).WithLocation(0).WithArguments(1, "Submissions"));

    [Test]
    public Task S35_alone_is_clean_for_the_s35_s36_rule() =>
        PolicyRule.Check("""
            [FoiRequest("DfX 35/24")]
            public partial class Policy
            {
                [Question(1)][Exempt(S35)] public const string Submissions = "Send the submissions to the minister.";
                [Question(2)][Exempt(S36)] public const string Minutes = "Send the board minutes.";
            }
            """);

    private const string Before = """
        [FoiRequest("FOI 31/24")]
        public partial class Operation
        {
            [Question(1)][Exempt(S30, S40, {|FOI0031:S31|})] public const string Suspects = "Who was investigated?";
        }
        """;

    [TestCase(0, "S30, S40")]
    [TestCase(1, "S40, S31")]
    public Task Code_fix_offers_removing_either_section(int action, string kept) =>
        new FixTest<InvestigationsAndLawEnforcementAnalyzer, RemoveExclusiveExemptionCodeFix>(
            Before,
            $$"""
            [FoiRequest("FOI 31/24")]
            public partial class Operation
            {
                [Question(1)][Exempt({{kept}})] public const string Suspects = "Who was investigated?";
            }
            """)
        {
            CodeActionIndex = action,
            CodeActionEquivalenceKey = action == 0 ? "FoiDsl.KeepExemption.s30" : "FoiDsl.KeepExemption.s31",
        }.RunAsync();

    [TestCase("s30(1)(a)", "s31(1)(a)", "s31(1) applies only")]
    [TestCase("s36(2)(b)(i)", "s35(1)(a)", "s36(1)(a)")]
    public void Build_refuses_the_pair_on_one_question(string a, string b, string why)
    {
        var question = new QuestionDefinition(1, "Files", "Send the files.", 0, a, b);
        var draft = new ResponseDraft(new FoiRequestDefinition("FOI 1/24", "Example Constabulary", "Files", null, new[] { question }));
        var error = Assert.Throws<IncompleteResponseException>(() => draft.Build());
        Assert.That(error!.Message, Does.Contain("Q1 (Files) claims both").And.Contain(why));
    }

    [Test]
    public void Runtime_definition_accepts_the_pair_on_different_questions()
    {
        var questions = new[]
        {
            new QuestionDefinition(1, "Protocol", "Send the protocol.", 0, "s31(1)(a)"),
            new QuestionDefinition(2, "Arrest", "Send the arrest log.", 0, "s30(1)(a)"),
        };
        Assert.That(new FoiRequestDefinition("FOI 1/24", null, "Files", null, questions).Questions, Has.Count.EqualTo(2));
    }
}
