namespace FoiDsl.Tests.Catalogue;

/// <summary>Parsing citations the ways FOI responses write them.</summary>
public class CitationTests
{
    [TestCase("s31(1)(a)")]
    [TestCase("S31(1)(a)")]
    [TestCase("s.31(1)(a)")]
    [TestCase("section 31(1)(a)")]
    [TestCase("Section 31(1)(a)")]
    [TestCase("31 (1) (a)")]
    [TestCase("  s31(1)(A)  ")]
    public void Written_forms_canonicalise(string text)
    {
        var citation = Citation.TryParse(text);

        Assert.That(citation?.Canonical, Is.EqualTo("s31(1)(a)"));
    }

    [TestCase("s22A(1)", "s22A(1)")]
    [TestCase("s22a(1)", "s22A(1)")]
    [TestCase("s40(3a)", "s40(3A)")]
    [TestCase("s40(5B)(a)", "s40(5B)(a)")]
    [TestCase("s36(2)(B)(I)", "s36(2)(b)(i)")]
    [TestCase("s24", "s24")]
    public void Letters_take_their_statutory_case(string text, string canonical)
    {
        Assert.That(Citation.TryParse(text)?.Canonical, Is.EqualTo(canonical));
    }

    [Test]
    public void Section_and_path_are_split()
    {
        var citation = Citation.TryParse("s22A(1)(b)");

        Assert.That(citation, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(citation!.Section, Is.EqualTo("22A"));
            Assert.That(citation.Path, Is.EqualTo(new[] { "1", "b" }));
            Assert.That(citation.ToString(), Is.EqualTo("s22A(1)(b)"));
        }
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("abc")]
    [TestCase("s31(")]
    [TestCase("s31)(")]
    [TestCase("s31()")]
    [TestCase("s31(1")]
    [TestCase("s(1)")]
    [TestCase("s31(1)-a")]
    [TestCase(null)]
    public void Garbage_is_not_a_citation(string? text)
    {
        Assert.That(Citation.TryParse(text), Is.Null);
    }

    [Test]
    public void Normalize_returns_canonical_form_or_trimmed_text()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Citation.Normalize(" section 24 (1) "), Is.EqualTo("s24(1)"));
            Assert.That(Citation.Normalize(" national security "), Is.EqualTo("national security"));
        }
    }
}
