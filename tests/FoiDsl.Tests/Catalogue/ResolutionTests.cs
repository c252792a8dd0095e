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

    [Test]
    public void S25_is_refused_and_points_to_ss23_and_24()
    {
        var resolution = ExemptionCatalogue.Resolve("s25");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(resolution.IsResolved, Is.False);
            Assert.That(resolution.Problem, Does.Contain("not an exemption"));
            Assert.That(resolution.Problem, Does.Contain("ss.23 and 24"));
        }
    }

    [Test]
    public void Unknown_section_is_refused()
    {
        var resolution = ExemptionCatalogue.Resolve("s99(1)");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(resolution.IsResolved, Is.False);
            Assert.That(resolution.Canonical, Is.EqualTo("s99(1)"));
            Assert.That(resolution.Problem, Does.Contain("s99(1) is not an exemption"));
        }
    }

    [Test]
    public void Missing_subsection_is_refused_with_the_valid_provisions()
    {
        var resolution = ExemptionCatalogue.Resolve("s31(1)(z)");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(resolution.IsResolved, Is.False);
            Assert.That(resolution.Problem, Does.Contain("no provision s31(1)(z)"));
            Assert.That(resolution.Problem, Does.Contain("s31(1)(a)"));
            Assert.That(resolution.Problem, Does.Contain("s31(2)(j)"));
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

    [TestCase("s37", "s37(1)(a)", "s37(1)(b)")]
    [TestCase("s40", "s40(1)", "s40(2)", "s40(3B)", "s40(4A)")]
    public void Bare_section_with_limbs_of_different_status_is_ambiguous(string text, params string[] limbs)
    {
        var resolution = ExemptionCatalogue.Resolve(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(resolution.IsResolved, Is.False);
            Assert.That(resolution.Problem, Does.Contain("limbs that differ in status"));
            foreach (var limb in limbs)
            {
                Assert.That(resolution.Problem, Does.Contain(limb));
            }
        }
    }

    [TestCase("s27", "s27(1)", "s27(2)")]
    [TestCase("s30", "s30(1)", "s30(2)")]
    [TestCase("s43", "s43(1)", "s43(2)")]
    public void Bare_section_with_several_limbs_lists_them(string text, params string[] limbs)
    {
        var resolution = ExemptionCatalogue.Resolve(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(resolution.IsResolved, Is.False);
            foreach (var limb in limbs)
            {
                Assert.That(resolution.Problem, Does.Contain(limb));
            }
        }
    }

    [TestCase("")]
    [TestCase("national security")]
    public void Text_that_is_not_a_citation_is_refused(string text)
    {
        var resolution = ExemptionCatalogue.Resolve(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(resolution.IsResolved, Is.False);
            Assert.That(resolution.Problem, Does.Contain("not a statutory citation"));
        }
    }
}
