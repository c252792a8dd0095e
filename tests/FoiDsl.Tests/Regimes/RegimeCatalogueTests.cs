using System.Linq;

namespace FoiDsl.Tests.Regimes;

/// <summary>The EIR, FOISA and EIR (Scotland) catalogues, row by row, against the fact sheet's lists (§3, §4).</summary>
public class RegimeCatalogueTests
{
    private static Exemption Entry(Regime regime, string citation) =>
        ExemptionCatalogue.Resolve(citation, regime).Exemption ?? throw new System.InvalidOperationException(ExemptionCatalogue.Resolve(citation, regime).Problem);

    [TestCase("reg 12(4)(a)", "Information not held when the request was received")]
    [TestCase("reg 12(4)(b)", "Manifestly unreasonable request")]
    [TestCase("reg 12(4)(c)", "Request formulated in too general a manner")]
    [TestCase("reg 12(4)(d)", "Material still in the course of completion, unfinished documents or incomplete data")]
    [TestCase("reg 12(4)(e)", "Internal communications")]
    public void Eir_12_4_exceptions_are_qualified_and_engaged_by_their_class(string citation, string title)
    {
        var entry = Entry(Regime.Eir, citation);
        Assert.That((entry.Title, entry.Status, entry.Test, entry.NeitherConfirmNorDeny), Is.EqualTo((title, ExemptionStatus.Qualified, HarmTest.Class, (string?)null)));
    }

    [TestCase("a", "reg 12(6)", false)]
    [TestCase("b", null, false)]
    [TestCase("c", null, false)]
    [TestCase("d", null, true)]
    [TestCase("e", null, true)]
    [TestCase("f", null, true)]
    [TestCase("g", null, true)]
    public void Eir_12_5_exceptions_need_an_adverse_effect_and_only_12_5_a_may_neither_confirm_nor_deny(string paragraph, string? ncnd, bool notForEmissions)
    {
        var entry = Entry(Regime.Eir, $"reg 12(5)({paragraph})");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(entry.Status, Is.EqualTo(ExemptionStatus.Qualified), "reg 12(1)(b): every exception is qualified");
            Assert.That(entry.WordingFor(entry.Provision), Is.EqualTo(HarmWording.AdverselyAffect));
            Assert.That(entry.HasLikelihood, Is.False, "reg 12(5) has one standard, \"would\"");
            Assert.That(entry.RequiresEvidenceOfHarm, Is.True);
            Assert.That(entry.NeitherConfirmNorDeny, Is.EqualTo(ncnd));
            Assert.That(EnvironmentalCatalogue.UnavailableForEmissions(entry), Is.EqualTo(notForEmissions), "reg 12(9)");
        }
    }

    [Test]
    public void Eir_personal_data_first_condition_needs_no_public_interest_test_and_the_others_do()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Entry(Regime.Eir, Eir.R13).RequiresPublicInterestTest, Is.False);
            Assert.That(Entry(Regime.Eir, Eir.R13).Reason, Is.EqualTo(ReasonSection.LegitimateInterestsTest));
            Assert.That(Entry(Regime.Eir, Eir.R13Objection).RequiresPublicInterestTest, Is.True);
            Assert.That(Entry(Regime.Eir, Eir.R13SubjectAccess).RequiresPublicInterestTest, Is.True);
        }
    }

    [Test]
    public void No_eir_exception_is_absolute_but_personal_data_under_its_first_condition()
    {
        var absolute = ExemptionCatalogue.For(Regime.Eir).Concat(ExemptionCatalogue.For(Regime.EirScotland))
            .Where(e => e.Status != ExemptionStatus.Qualified).Select(e => e.Provision);
        Assert.That(absolute, Is.EquivalentTo(new[] { "reg 13(2A)", "reg 11(2)" }));
    }

    [Test]
    public void Eir_scotland_has_the_same_exceptions_under_regulation_10()
    {
        var eir = ExemptionCatalogue.For(Regime.Eir).Select(e => (e.Title, e.Status)).ToList();
        var scotland = ExemptionCatalogue.For(Regime.EirScotland).Select(e => (e.Title, e.Status)).ToList();
        Assert.That(scotland, Is.EqualTo(eir));
        Assert.That(Entry(Regime.EirScotland, EirScotland.R10_5_a).NeitherConfirmNorDeny, Is.EqualTo("reg 10(8)"));
    }

    [Test]
    public void Eir_scotland_10_5_needs_substantial_prejudice_with_a_likelihood()
    {
        // Unlike the EIR's single "would adversely affect", reg 10(5) is "would, or would be likely to, prejudice substantially".
        var entry = Entry(Regime.EirScotland, EirScotland.R10_5_e);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(entry.WordingFor(entry.Provision), Is.EqualTo(HarmWording.PrejudiceSubstantially));
            Assert.That(entry.HasLikelihood, Is.True);
            Assert.That(EnvironmentalCatalogue.UnavailableForEmissions(entry), Is.True, "reg 10(6)");
            Assert.That(EnvironmentalCatalogue.UnavailableForEmissions(Entry(Regime.EirScotland, EirScotland.R10_4_d)), Is.False);
        }
    }

    // FOISA s2(2): s25, s26, s36(2), s37, s38(1)(a), (c), (d), and (b) under the first condition.
    [TestCase(Foisa.S25, "Information otherwise accessible")]
    [TestCase(Foisa.S26 + "(a)", "Prohibitions on disclosure")]
    [TestCase(Foisa.S36Confidence, "Information obtained in confidence")]
    [TestCase(Foisa.S37, "Court records, etc.")]
    [TestCase(Foisa.S38Applicant, "Personal information of the applicant")]
    [TestCase(Foisa.S38, "Personal information of others (disclosure would breach the data protection principles)")]
    [TestCase("s38(1)(c)", "Personal census information and deceased persons' health records")]
    [TestCase("s38(1)(d)", "Personal census information and deceased persons' health records")]
    public void Foisa_absolute_exemptions_are_those_of_section_2_2(string citation, string title)
    {
        var entry = Entry(Regime.Foisa, citation);
        Assert.That((entry.Title, entry.Status), Is.EqualTo((title, ExemptionStatus.Absolute)));
    }

    [Test]
    public void Every_other_foisa_exemption_is_qualified()
    {
        var absolute = new[] { "foisa.s25", "foisa.s26", "foisa.s36.2", "foisa.s37", "foisa.s38.1a", "foisa.s38.1b", "foisa.s38.1cd" };
        var others = ExemptionCatalogue.For(Regime.Foisa).Where(e => e.Kind == GroundKind.Exemption && !absolute.Contains(e.Id));
        Assert.That(others.Select(e => e.Status), Is.All.EqualTo(ExemptionStatus.Qualified));
    }

    [TestCase(Foisa.S28, HarmWording.PrejudiceSubstantially)]
    [TestCase(Foisa.S33, HarmWording.PrejudiceSubstantially)]
    [TestCase(Foisa.S35 + "(a)", HarmWording.PrejudiceSubstantially)]
    [TestCase(Foisa.S40, HarmWording.PrejudiceSubstantially)]
    [TestCase(Foisa.S30 + "(b)(i)", HarmWording.InhibitSubstantially)]
    [TestCase(Foisa.S30 + "(c)", HarmWording.PrejudiceSubstantially)]
    [TestCase(Foisa.S39, HarmWording.Endanger)]
    [TestCase(Foisa.S31, HarmWording.RequiredForPurpose)]
    [TestCase(Foisa.S34, HarmWording.None)]
    public void Foisa_harm_is_substantial(string citation, HarmWording wording)
    {
        var resolution = ExemptionCatalogue.Resolve(citation, Regime.Foisa);
        Assert.That(resolution.Exemption!.WordingFor(resolution.Canonical), Is.EqualTo(wording));
    }

    [Test]
    public void Foisa_neither_confirms_nor_denies_only_under_section_18_for_its_list()
    {
        // s18(1) as amended in 2013: sections 28 to 35, 38, 39(1) or 41.
        var withPower = ExemptionCatalogue.For(Regime.Foisa).Where(e => e.NeitherConfirmNorDeny is not null).Select(e => e.Section).Distinct();
        Assert.That(withPower, Is.EquivalentTo(new[] { "28", "29", "30", "31", "32", "33", "34", "35", "38", "39", "41" }));
        Assert.That(ExemptionCatalogue.For(Regime.Foisa).Where(e => e.NeitherConfirmNorDeny is not null).Select(e => e.NeitherConfirmNorDeny), Is.All.EqualTo("s18(1)"));
        Assert.That(Entry(Regime.Foisa, Foisa.S39Environmental).NeitherConfirmNorDeny, Is.Null, "s18(1) names s39(1) only");
    }

    [Test]
    public void Foisa_neither_confirm_nor_deny_cites_section_18_with_the_exemption()
    {
        var claim = ExemptionClaim.ParseNeitherConfirmNorDeny(Foisa.S35, Regime.Foisa);
        Assert.That(claim.ToString(), Is.EqualTo("s18(1) with s35(1) – Law enforcement"));
    }

    [Test]
    public void Every_counterpart_names_entries_of_different_regimes()
    {
        foreach (var (a, b) in Counterparts.All)
        {
            var first = ExemptionCatalogue.FindById(a);
            var second = ExemptionCatalogue.FindById(b);
            Assert.That(first, Is.Not.Null, a);
            Assert.That(second, Is.Not.Null, b);
            Assert.That(first!.Regime, Is.Not.EqualTo(second!.Regime), $"{a} and {b}");
        }
    }

    [Test]
    public void A_foisa_section_in_a_foia_request_names_the_foia_counterpart()
    {
        var resolution = ExemptionCatalogue.Resolve(Foisa.S35, Regime.Foia);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(resolution.IsResolved, Is.False);
            Assert.That(resolution.Problem, Does.Contain("FOISA s35(1) – Law enforcement is a ground of the Freedom of Information (Scotland) Act 2002"));
            Assert.That(resolution.Problem, Does.Contain("the FOIA counterpart is s31(1) – Law enforcement"));
        }
    }

    [Test]
    public void A_foia_section_in_a_foisa_request_is_never_read_as_the_foisa_section_of_the_same_number()
    {
        var resolution = ExemptionCatalogue.Resolve(Exemptions.S35, Regime.Foisa);
        Assert.That(resolution.Problem, Does.Contain("the FOISA counterpart is s29(1) – Formulation of Scottish Administration policy etc."));
    }

    [Test]
    public void A_foia_section_in_an_eir_question_points_to_the_exception_and_to_answering_under_foia()
    {
        var resolution = ExemptionCatalogue.Resolve(Exemptions.S43, Regime.Eir);
        Assert.That(resolution.Problem, Does.Contain("the EIR counterpart is reg 12(5)(e)").And.Contain("Regime = Regime.Foia"));
    }

    [Test]
    public void Eir_has_no_procedural_grounds_and_says_what_to_use()
    {
        var resolution = ExemptionCatalogue.ResolveProceduralGround(ProceduralGrounds.S12, Regime.Eir);
        Assert.That(resolution.Problem, Does.Contain("manifestly unreasonable").And.Contain("Eir.R12_4_b"));
    }

    [Test]
    public void Foisa_cost_ground_is_section_12_1()
    {
        var resolution = ExemptionCatalogue.ResolveProceduralGround(Foisa.S12, Regime.Foisa);
        Assert.That(ExemptionCatalogue.IsCostGround(resolution), Is.True);
        Assert.That(resolution.Exemption!.Note, Does.Contain("£600").And.Contain("£15"));
    }
}
