using System.Linq;
using FoiDsl.Tests.TestSupport;

namespace FoiDsl.Tests.Rules;

/// <summary>Citations of s40 as it read before 2018 are accepted, printed as today's provision, and warned about.</summary>
public class SupersededCitationTests
{
    [TestCase("s40(5)", "s40(5B)(a)", "s40.2a")]
    [TestCase("s40(5)(a)", "s40(5A)", "s40.1")]
    [TestCase("section 40(5)(b)(i)", "s40(5B)(a)", "s40.2a")]
    public void Old_NCND_citations_resolve_to_todays_provision(string written, string today, string id)
    {
        var resolution = ExemptionCatalogue.ResolveNeitherConfirmNorDeny(written);

        Assert.That(resolution.Exemption?.Id, Is.EqualTo(id));
        Assert.That(resolution.Canonical, Is.EqualTo(today));
        Assert.That(resolution.Replaces, Is.Not.Null);
    }

    [TestCase("s40(3)(a)(i)", "s40(3A)(a)")]
    [TestCase("s40(4)", "s40(4A)")]
    public void Old_withholding_citations_resolve_to_todays_provision(string written, string today) =>
        Assert.That(ExemptionClaim.Parse(written).Citation, Is.EqualTo(today));

    [Test]
    public void The_response_prints_todays_provision_and_the_source_is_warned()
    {
        var question = QuestionDefinition.NeitherConfirmedNorDenied(1, "Discipline", "Has PC Smith been disciplined?", 0, "s40(5)");
        Assert.That(question.NeitherConfirmNorDeny.Single().Citation, Is.EqualTo("s40(5B)(a)"));

        var diagnostics = TestCompilation.Diagnose(TestCompilation.Create(TestCompilation.Usings + """
            [FoiRequest("FOI 80/24")]
            public partial class Discipline
            {
                [Question(1)][NeitherConfirmNorDeny("s40(5)")] public const string Smith = "Has PC Smith been disciplined?";
            }

            public static class Response
            {
                public static FoiResponse Write() => Discipline.Respond().Build();
            }
            """));

        Assert.That(diagnostics.Select(d => d.Id + ": " + d.GetMessage()), Is.EqualTo(new[]
        {
            "FOI0024: 's40(5)' is how s40 read before the Data Protection Act 2018; today's provision is s40(5B)(a), which the response prints: cite \"s40(5B)(a)\"",
        }));
    }
}
