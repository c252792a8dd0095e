namespace FoiDsl.Tests.Catalogue;

/// <summary>Looking citations up: what resolves, and what an FOI officer is told when it does not.</summary>
public class ResolutionTests
{
    [TestCase("s24", "s24", "s24(1)")]
    [TestCase("section 31", "s31", "s31(1)")]
    [TestCase("s31(1)(a)", "s31", "s31(1)(a)")]
    [TestCase("S.31 (2)(j)", "s31", "s31(2)(j)")]
    [TestCase("s40(2)", "s40.2a", "s40(2)")]
    [TestCase("s40(3a)", "s40.2a", "s40(3A)")]
    [TestCase("s12", "s12", "s12(1)")]
    public void Citation_resolves(string text, string id, string canonical)
    {
        var resolution = ExemptionCatalogue.Resolve(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(resolution.IsResolved, Is.True, resolution.Problem);
            Assert.That(resolution.Exemption?.Id, Is.EqualTo(id));
            Assert.That(resolution.Canonical, Is.EqualTo(canonical));
            Assert.That(resolution.Problem, Is.Null);
        }
    }

    [TestCase("s25", "not an exemption", "ss.23 and 24")]
    [TestCase("s99(1)", "s99(1) is not an exemption", "ss.21–44")]
    [TestCase("s31(1)(z)", "no provision s31(1)(z)", "s31(1)(a)", "s31(2)(j)")]
    [TestCase("", "not a statutory citation")]
    [TestCase("national security", "not a statutory citation")]
    [TestCase("s37", "limbs that differ in status", "s37(1)(a)", "s37(1)(b)")]
    [TestCase("s40", "limbs that differ in status", "s40(1)", "s40(2)", "s40(3B)", "s40(4A)")]
    [TestCase("s27", "s27(1)", "s27(2)")]
    [TestCase("s30", "s30(1)", "s30(2)")]
    [TestCase("s43", "s43(1)", "s43(2)")]
    public void Citation_is_refused_with_a_reason(string text, params string[] reasons)
    {
        var resolution = ExemptionCatalogue.Resolve(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(resolution.IsResolved, Is.False);
            foreach (var reason in reasons)
            {
                Assert.That(resolution.Problem, Does.Contain(reason));
            }
        }
    }

    [TestCase("s24(2)", "s24(1)")]
    [TestCase("s23(5)", "s23(1)")]
    [TestCase("s31(3)", "s31(1)")]
    [TestCase("s40(5B)(a)", "s40(2)")]
    public void Neither_confirm_nor_deny_provision_is_refused(string text, string withholding)
    {
        var resolution = ExemptionCatalogue.Resolve(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(resolution.IsResolved, Is.False);
            Assert.That(resolution.Problem, Does.Contain("neither-confirm-nor-deny"));
            Assert.That(resolution.Problem, Does.Contain("cite " + withholding));
        }
    }
}
