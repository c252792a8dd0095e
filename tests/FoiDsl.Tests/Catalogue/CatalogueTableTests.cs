using System.Linq;

namespace FoiDsl.Tests.Catalogue;

/// <summary>
/// The catalogue against the exemption table of the FOI reference (§1.2): one row per citable
/// ground, with its status (s2(3)), harm test and neither-confirm-nor-deny provision.
/// </summary>
public class CatalogueTableTests
{
    private static readonly string[] TableIds =
    [
        "s21", "s22", "s22A", "s23", "s24", "s26", "s27.1", "s27.2", "s28", "s29", "s30.1", "s30.2",
        "s31", "s32", "s33", "s34", "s35", "s36", "s37.abs", "s37.qual", "s38", "s39",
        "s40.1", "s40.2a", "s40.2m", "s40.2b", "s40.2c", "s41", "s42", "s43.1", "s43.2", "s44",
    ];

    [TestCase("s21", "s21(1)", ExemptionStatus.Absolute, HarmTest.Class, null)]
    [TestCase("s22", "s22(1)", ExemptionStatus.Qualified, HarmTest.Class, "s22(2)")]
    [TestCase("s22A", "s22A(1)", ExemptionStatus.Qualified, HarmTest.Prejudice, "s22A(2)")]
    [TestCase("s23", "s23(1)", ExemptionStatus.Absolute, HarmTest.Class, "s23(5)")]
    [TestCase("s24", "s24(1)", ExemptionStatus.Qualified, HarmTest.RequiredForPurpose, "s24(2)")]
    [TestCase("s26", "s26(1)", ExemptionStatus.Qualified, HarmTest.Prejudice, "s26(3)")]
    [TestCase("s27.1", "s27(1)", ExemptionStatus.Qualified, HarmTest.Prejudice, "s27(4)(a)")]
    [TestCase("s27.2", "s27(2)", ExemptionStatus.Qualified, HarmTest.Class, "s27(4)(b)")]
    [TestCase("s28", "s28(1)", ExemptionStatus.Qualified, HarmTest.Prejudice, "s28(3)")]
    [TestCase("s29", "s29(1)", ExemptionStatus.Qualified, HarmTest.Prejudice, "s29(2)")]
    [TestCase("s30.1", "s30(1)", ExemptionStatus.Qualified, HarmTest.Class, "s30(3)")]
    [TestCase("s30.2", "s30(2)", ExemptionStatus.Qualified, HarmTest.Class, "s30(3)")]
    [TestCase("s31", "s31(1)", ExemptionStatus.Qualified, HarmTest.Prejudice, "s31(3)")]
    [TestCase("s32", "s32(1)", ExemptionStatus.Absolute, HarmTest.Class, "s32(3)")]
    [TestCase("s33", "s33(2)", ExemptionStatus.Qualified, HarmTest.Prejudice, "s33(3)")]
    [TestCase("s34", "s34(1)", ExemptionStatus.Absolute, HarmTest.RequiredForPurpose, "s34(2)")]
    [TestCase("s35", "s35(1)", ExemptionStatus.Qualified, HarmTest.Class, "s35(3)")]
    [TestCase("s36", "s36(2)", ExemptionStatus.Qualified, HarmTest.Prejudice, "s36(3)")]
    [TestCase("s37.abs", "s37(1)(a)", ExemptionStatus.Absolute, HarmTest.Class, "s37(2)")]
    [TestCase("s37.qual", "s37(1)(b)", ExemptionStatus.Qualified, HarmTest.Class, "s37(2)")]
    [TestCase("s38", "s38(1)", ExemptionStatus.Qualified, HarmTest.Endangerment, "s38(2)")]
    [TestCase("s39", "s39(1)", ExemptionStatus.Qualified, HarmTest.Class, "s39(2)")]
    [TestCase("s40.1", "s40(1)", ExemptionStatus.Absolute, HarmTest.Class, "s40(5A)")]
    [TestCase("s40.2a", "s40(2)", ExemptionStatus.Absolute, HarmTest.Class, "s40(5B)(a)")]
    [TestCase("s40.2m", "s40(3A)(b)", ExemptionStatus.Qualified, HarmTest.Class, "s40(5B)(a)(ii)")]
    [TestCase("s40.2b", "s40(3B)", ExemptionStatus.Qualified, HarmTest.Class, "s40(5B)(b)")]
    [TestCase("s40.2c", "s40(4A)", ExemptionStatus.Qualified, HarmTest.Class, "s40(5B)(c)")]
    [TestCase("s41", "s41(1)", ExemptionStatus.Absolute, HarmTest.Class, "s41(2)")]
    [TestCase("s42", "s42(1)", ExemptionStatus.Qualified, HarmTest.Class, "s42(2)")]
    [TestCase("s43.1", "s43(1)", ExemptionStatus.Qualified, HarmTest.Class, null)]
    [TestCase("s43.2", "s43(2)", ExemptionStatus.Qualified, HarmTest.Prejudice, "s43(3)")]
    [TestCase("s44", "s44(1)", ExemptionStatus.Absolute, HarmTest.Class, "s44(2)")]
    public void Table_row_is_in_the_catalogue(string id, string provision, ExemptionStatus status, HarmTest test, string? ncnd)
    {
        var entry = ExemptionCatalogue.FindById(id);

        Assert.That(entry, Is.Not.Null, $"{id} is missing from the catalogue");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(entry!.Kind, Is.EqualTo(GroundKind.Exemption));
            Assert.That(entry.Provision, Is.EqualTo(provision));
            Assert.That(entry.Status, Is.EqualTo(status));
            Assert.That(entry.Test, Is.EqualTo(test));
            Assert.That(entry.NeitherConfirmNorDeny, Is.EqualTo(ncnd));
        }
    }

    [Test]
    public void Catalogue_exemptions_are_exactly_the_table_rows()
    {
        var ids = ExemptionCatalogue.All.Where(e => e.Kind == GroundKind.Exemption).Select(e => e.Id);

        Assert.That(ids, Is.EquivalentTo(TableIds));
    }

    [Test]
    public void Section_25_is_not_in_the_catalogue()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ExemptionCatalogue.FindById("s25"), Is.Null);
            Assert.That(ExemptionCatalogue.All.Where(e => e.Section == "25"), Is.Empty);
        }
    }

    [TestCase("s8", "s8(1)", null)]
    [TestCase("s12", "s12(1)", "s12(2)")]
    [TestCase("s14.1", "s14(1)", null)]
    [TestCase("s14.2", "s14(2)", null)]
    public void Procedural_grounds_have_no_public_interest_or_harm_test(string id, string provision, string? ncnd)
    {
        var entry = ExemptionCatalogue.FindById(id);

        Assert.That(entry, Is.Not.Null, $"{id} is missing from the catalogue");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(entry!.Kind, Is.EqualTo(GroundKind.ProceduralGround));
            Assert.That(entry.Provision, Is.EqualTo(provision));
            Assert.That(entry.Status, Is.EqualTo(ExemptionStatus.NotApplicable));
            Assert.That(entry.Test, Is.EqualTo(HarmTest.None));
            Assert.That(entry.NeitherConfirmNorDeny, Is.EqualTo(ncnd));
        }
    }

    [Test]
    public void Absolute_exemptions_are_exactly_those_listed_in_s2_3()
    {
        var absolute = ExemptionCatalogue.All
            .Where(e => e.Kind == GroundKind.Exemption && e.Status == ExemptionStatus.Absolute)
            .Select(e => e.Id);

        // s21, s23, s32, s34, s37(1)(a)-(ab), s40(1), s40(2) first condition, s41, s44
        Assert.That(absolute, Is.EquivalentTo(new[] { "s21", "s23", "s32", "s34", "s37.abs", "s40.1", "s40.2a", "s41", "s44" }));
    }

    [TestCase("s37(1)(a)", ExemptionStatus.Absolute)]
    [TestCase("s37(1)(aa)", ExemptionStatus.Absolute)]
    [TestCase("s37(1)(ab)", ExemptionStatus.Absolute)]
    [TestCase("s37(1)(ac)", ExemptionStatus.Qualified)]
    [TestCase("s37(1)(ad)", ExemptionStatus.Qualified)]
    [TestCase("s37(1)(b)", ExemptionStatus.Qualified)]
    [TestCase("s40(3A)", ExemptionStatus.Absolute)]
    [TestCase("s40(3B)", ExemptionStatus.Qualified)]
    [TestCase("s40(4A)", ExemptionStatus.Qualified)]
    [TestCase("s36(2)(b)(i)", ExemptionStatus.Qualified)]
    public void Limbs_resolve_to_their_own_status(string citation, ExemptionStatus status)
    {
        var resolution = ExemptionCatalogue.Resolve(citation);

        Assert.That(resolution.Exemption?.Status, Is.EqualTo(status), resolution.Problem);
    }

    [Test]
    public void Evidence_of_harm_is_needed_for_prejudice_based_exemptions_and_s38()
    {
        var harmBased = ExemptionCatalogue.All.Where(e => e.RequiresEvidenceOfHarm).Select(e => e.Id);

        // the ICO's prejudice-based list (s26, s27(1), s28, s29, s31, s33, s36, s43(2)), plus s22A(1)(b) and s38 (endanger)
        Assert.That(harmBased, Is.EquivalentTo(new[] { "s22A", "s26", "s27.1", "s28", "s29", "s31", "s33", "s36", "s38", "s43.2" }));
    }

    [Test]
    public void Citations_are_unique_across_the_catalogue()
    {
        var citations = ExemptionCatalogue.All.SelectMany(e => e.Citations);

        Assert.That(citations, Is.Unique);
    }

    [Test]
    public void Every_citation_is_canonical_and_resolves_to_its_entry()
    {
        using (Assert.EnterMultipleScope())
        {
            foreach (var entry in ExemptionCatalogue.All)
            {
                Assert.That(entry.Citations[0], Is.EqualTo(entry.Provision), $"{entry.Id}: main provision comes first");
                foreach (var citation in entry.Citations)
                {
                    Assert.That(Citation.TryParse(citation)?.Canonical, Is.EqualTo(citation), $"{entry.Id}: {citation} is not canonical");
                    Assert.That(ExemptionCatalogue.Resolve(citation).Exemption?.Id, Is.EqualTo(entry.Id), citation);
                }
            }
        }
    }
}
