using System.Linq;
using System.Reflection;

namespace FoiDsl.Tests.Catalogue;

/// <summary>The <see cref="Exemptions"/> constants name catalogue exemptions, in canonical form.</summary>
public class ExemptionConstantsTests
{
    private static string[] ConstantNames() =>
        typeof(Exemptions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => f.Name)
            .ToArray();

    [Test]
    public void There_are_constants_to_check()
    {
        Assert.That(ConstantNames(), Has.Length.GreaterThan(20));
    }

    [TestCaseSource(nameof(ConstantNames))]
    public void Constant_resolves_to_an_exemption_in_canonical_form(string name)
    {
        var value = (string)typeof(Exemptions).GetField(name)!.GetRawConstantValue()!;

        var resolution = ExemptionCatalogue.Resolve(value);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(resolution.Exemption?.Kind, Is.EqualTo(GroundKind.Exemption), resolution.Problem);
            Assert.That(value, Does.StartWith("FOIA "), "a FOIA constant names its regime, so it is never read as a FOISA section");
            Assert.That(resolution.Canonical, Is.EqualTo(value.Substring("FOIA ".Length)));
        }
    }

    [Test]
    public void Every_constant_names_a_different_entry()
    {
        var ids = ConstantNames()
            .Select(name => (string)typeof(Exemptions).GetField(name)!.GetRawConstantValue()!)
            .Select(value => ExemptionCatalogue.Resolve(value).Exemption?.Id);

        Assert.That(ids, Is.Unique);
    }

    [Test]
    public void Paragraph_appended_to_a_constant_names_the_limb()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ExemptionCatalogue.Resolve(Exemptions.S31 + "(a)").Canonical, Is.EqualTo("s31(1)(a)"));
            Assert.That(ExemptionCatalogue.Resolve(Exemptions.S31 + "(a)").Exemption?.Id, Is.EqualTo("s31"));
            Assert.That(ExemptionCatalogue.Resolve(Exemptions.S38 + "(b)").Exemption?.Id, Is.EqualTo("s38"));
        }
    }
}
