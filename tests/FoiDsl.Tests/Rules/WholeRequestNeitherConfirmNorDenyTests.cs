using System;
using System.Linq;
using FoiDsl.Rendering;
using FoiDsl.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace FoiDsl.Tests.Rules;

/// <summary>
/// [NeitherConfirmNorDeny] on the request class: every question is covered, the response makes one
/// statement for the request, and absolute (s23(5)) and qualified (s24(2), s31(3)) provisions mix.
/// </summary>
public class WholeRequestNeitherConfirmNorDenyTests
{
    private const string Request = """
        [FoiRequest("FOI 40/24", Authority = "Example Police")]
        [NeitherConfirmNorDeny(S23, S24, S31)]
        public partial class Informants
        {
            [Question(1)] public const string Used = "Did the force use informants at the rally?";
            [Question(2)] public const string Paid = "How much were they paid?";
        }

        """;

    private const string Complete = """
        public static class Response
        {
            public static FoiResponse Write() => Informants.Respond()
                .EvidenceOfHarm(["s31(3)"], HarmLikelihood.Would, "Saying either way would tell people at the rally whether they were watched.")
                .PublicInterestTest("s24(2)", ["For."], ["Against."])
                .PublicInterestTest("s31(3)", ["For."], ["Against."])
                .BalanceTest("The balance favours neither confirming nor denying.")
                .Build();
        }
        """;

    private static Diagnostic[] Diagnose(string source) =>
        TestCompilation.Diagnose(TestCompilation.Create(TestCompilation.Usings + source)).ToArray();

    [Test]
    public void Every_question_is_covered_and_only_the_qualified_provisions_need_tests()
    {
        Assert.That(Diagnose(Request + Complete).Select(d => d.Id + ": " + d.GetMessage()), Is.Empty);

        var missing = Diagnose(Request + "public static class Response { public static FoiResponse Write() => Informants.Respond().Build(); }");
        Assert.That(missing.Select(d => d.Id), Is.EquivalentTo(new[] { "FOI0002", "FOI0002", "FOI0003" }), "s23(5) is absolute: no test, no harm");
    }

    [Test]
    public void A_question_with_its_own_attribute_is_reported()
    {
        var diagnostics = Diagnose(Request.Replace("[Question(2)]", "[Question(2)][Exempt(S40)]") + Complete);

        var error = diagnostics.First(d => d.Id == "FOI0012");
        Assert.That(error.GetMessage(), Does.Contain("'Paid' has an attribute of its own"));
    }

    [Test]
    public void Class_citations_are_checked_like_question_citations()
    {
        var diagnostics = Diagnose(Request.Replace("[NeitherConfirmNorDeny(S23, S24, S31)]", "[NeitherConfirmNorDeny(S21, \"s99\")]"));

        Assert.That(diagnostics.Select(d => d.Id), Is.SupersetOf(new[] { "FOI0012", "FOI0006" }));
    }

    [Test]
    public void The_response_makes_one_statement_for_the_whole_request_and_no_searches_section()
    {
        var request = new FoiRequestDefinition("FOI 40/24", "Example Police", "Informants", null, new[]
        {
            QuestionDefinition.NeitherConfirmedNorDenied(1, "Used", "Did the force use informants?", 0, Exemptions.S23, Exemptions.S24),
            QuestionDefinition.NeitherConfirmedNorDenied(2, "Paid", "How much were they paid?", 0, Exemptions.S23, Exemptions.S24),
        });
        var response = new ResponseDraft(request)
            .PublicInterestTest("s24(2)", new[] { "For." }, new[] { "Against." })
            .BalanceTest("Balance.")
            .Build();

        var blocks = ResponseLayout.Police.Arrange(response).Blocks;
        var paragraphs = blocks.OfType<Paragraph>().Select(p => p.Text).ToList();

        Assert.That(response.Outcome, Is.EqualTo(OverallOutcome.NeitherConfirmNorDeny));
        Assert.That(paragraphs, Does.Contain(
            "We neither confirm nor deny whether we hold any of the information you asked for, as s23(5) – Information supplied by, or relating to, bodies dealing with security matters and s24(2) – National security apply. "
            + "This is not an indication that the information is, or is not, held."));
        Assert.That(blocks.OfType<Heading>().Select(h => h.Text), Has.None.StartsWith("Extent"));
        Assert.That(string.Join(" ", paragraphs), Does.Not.Contain("Q1").And.Not.Contain("withheld"));
    }
}
