using System.Linq;
using System.Threading.Tasks;
using FoiDsl.CodeFixes;
using FoiDsl.Generators.Rules;
using FoiDsl.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace FoiDsl.Tests.Rules;

/// <summary>
/// Harm and public interest tests for neither confirm nor deny are cited by the NCND provision
/// (s24(2), s31(3)): the rules ask for that citation, every rule accepts it, and the code fixes
/// that scaffold it leave nothing for any rule but FOI0018 (the placeholders) to report.
/// </summary>
public class NeitherConfirmNorDenySectionsTests
{
    private const string Request = """
        [FoiRequest("FOI 12/24", Authority = "Example Police")]
        public partial class CovertAccounts
        {
            [Question(1)] public const string Policy = "Do you have a policy on online research?";
            [Question(2)][NeitherConfirmNorDeny(S24, S31)] public const string Accounts = "Do you run covert accounts?";
        }

        """;

    private static Diagnostic[] Diagnose(string response) =>
        TestCompilation.Diagnose(TestCompilation.Create(TestCompilation.Usings + Request + response)).ToArray();

    [Test]
    public void Rules_ask_for_the_NCND_provisions_by_a_citation_that_compiles()
    {
        var diagnostics = Diagnose("""
            public static class Response
            {
                public static FoiResponse Write() => CovertAccounts.Respond().Policy(Yes).Build();
            }
            """);

        var messages = diagnostics.Select(d => d.Id + ": " + d.GetMessage()).ToArray();
        Assert.That(messages, Has.Some.StartsWith("FOI0002: s24(2) – National security (neither confirm nor deny) is a qualified exemption").And.Some.Contains("call PublicInterestTest(\"s24(2)\""));
        Assert.That(messages, Has.Some.StartsWith("FOI0003: s31(3) – Law enforcement (neither confirm nor deny)").And.Some.Contains("applies only if confirming or denying whether the information is held would"));
        Assert.That(messages, Has.None.Contains("s24(1)").And.None.Contains("s31(1)"));
    }

    [Test]
    public void Sections_cited_by_their_NCND_provisions_satisfy_every_rule() =>
        Assert.That(Diagnose("""
            public static class Response
            {
                public static FoiResponse Write() => CovertAccounts.Respond()
                    .Policy(Yes)
                    .EvidenceOfHarm(["s24(2)", "s31(3)"], HarmLikelihood.WouldBeLikelyTo, "Confirming would show where the force looks.")
                    .PublicInterestTest("s24(2)", ["For."], ["Against."])
                    .PublicInterestTest("s31(3)", ["For."], ["Against."])
                    .BalanceTest("The balance favours neither confirming nor denying.")
                    .Build();
            }
            """).Select(d => d.Id + ": " + d.GetMessage()), Is.Empty);

    [Test]
    public void A_disclosure_test_does_not_stand_in_for_the_NCND_one()
    {
        var diagnostics = Diagnose("""
            public static class Response
            {
                public static FoiResponse Write() => CovertAccounts.Respond()
                    .Policy(Yes)
                    .EvidenceOfHarm(["s31(3)"], HarmLikelihood.Would, "Harm.")
                    .PublicInterestTest(S24, ["For."], ["Against."])
                    .PublicInterestTest("s31(3)", ["For."], ["Against."])
                    .BalanceTest("Balance.")
                    .Build();
            }
            """);

        Assert.That(diagnostics.Select(d => d.Id), Is.EquivalentTo(new[] { "FOI0002", "FOI0011" }));
    }

    [Test]
    public void A_likelihood_is_not_asked_for_national_security_alone() =>
        Assert.That(Diagnose("""
            public static class Response
            {
                public static FoiResponse Write() => CovertAccounts.Respond()
                    .Policy(Yes)
                    .EvidenceOfHarm(["s24(2)"], "Confirming would harm national security.")
                    .EvidenceOfHarm(["s31(3)"], HarmLikelihood.Would, "Harm.")
                    .PublicInterestTest("s24(2)", ["For."], ["Against."])
                    .PublicInterestTest("s31(3)", ["For."], ["Against."])
                    .BalanceTest("Balance.")
                    .Build();
            }
            """).Select(d => d.Id), Is.Empty);

    [Test]
    public void A_shared_NCND_provision_without_its_limb_is_reported_on_the_declaration()
    {
        var diagnostics = TestCompilation.Diagnose(TestCompilation.Create(TestCompilation.Usings + """
            [FoiRequest("FOI 13/24")]
            public partial class Honours
            {
                [Question(1)][NeitherConfirmNorDeny("s37(2)")] public const string Nominated = "Was the chief constable nominated for an honour?";
            }
            """));

        var error = diagnostics.Single(d => d.Id == "FOI0006");
        Assert.That(error.GetMessage(), Does.Contain("s37(1)(a)").And.Contain("absolute").And.Contain("s37(1)(b)").And.Contain("qualified"));
    }

    [Test]
    public async Task Scaffolding_the_NCND_sections_converges_to_placeholders_only()
    {
        const string fixedResponse = """
            public static class Response
            {
                public static FoiResponse Write() => CovertAccounts.Respond()
                    .Policy(Yes)
                    .PublicInterestTest("s24(2)", favouringDisclosure: [Placeholder.Text("factors favouring confirming or denying under s24(2)")], favouringNonDisclosure: [Placeholder.Text("factors favouring neither confirming nor denying under s24(2)")])
                    .PublicInterestTest("s31(3)", favouringDisclosure: [Placeholder.Text("factors favouring confirming or denying under s31(3)")], favouringNonDisclosure: [Placeholder.Text("factors favouring neither confirming nor denying under s31(3)")])
                    .BalanceTest(Placeholder.Text("the balance of the public interest"))
                    .Build();
            }
            """;
        await new FixTest<MissingPublicInterestTestAnalyzer, AddPublicInterestTestCodeFix>(
            Request + """
            public static class Response
            {
                public static FoiResponse Write() => CovertAccounts.Respond()
                    .Policy(Yes)
                    .{|FOI0002:{|FOI0002:Build|}|}();
            }
            """,
            Request + fixedResponse).RunAsync();

        var afterFirstFix = Diagnose(fixedResponse);
        Assert.That(afterFirstFix.Select(d => d.Id).Distinct(), Is.EquivalentTo(new[] { "FOI0003", "FOI0018" }), "only the harm, a different rule, and the placeholders are left");

        var harmAdded = fixedResponse.Replace(
            "        .Build();",
            "        .EvidenceOfHarm([\"s31(3)\"], Placeholder.Text(\"the harm confirming or denying whether the information is held would cause to the interests protected by s31(3)\"))\n        .Build();");
        await new FixTest<MissingEvidenceOfHarmAnalyzer, AddEvidenceOfHarmCodeFix>(
            Request + fixedResponse.Replace(".Build()", ".{|FOI0003:Build|}()"),
            Request + harmAdded).RunAsync();

        Assert.That(Diagnose(harmAdded).Select(d => d.Id).Distinct(), Is.EquivalentTo(new[] { "FOI0017", "FOI0018" }), "nothing left but the likelihood and the placeholders, which are the officer's to write");
    }
}
