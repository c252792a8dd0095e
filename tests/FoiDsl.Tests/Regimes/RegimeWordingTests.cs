using System;
using System.Linq;
using FoiDsl.Rendering;

namespace FoiDsl.Tests.Regimes;

/// <summary>What a response says under each regime: its grounds' name, harm, presumption, notices, clock and rights.</summary>
public class RegimeWordingTests
{
    /// <summary>The plain-text letter with its line wrapping undone, so sentences can be looked for whole.</summary>
    private static string Render(FoiResponse response) =>
        System.Text.RegularExpressions.Regex.Replace(ResponseRenderers.PlainText.Render(response), @"\s+", " ");

    private static FoiResponse EirWithheldInPart() =>
        new ResponseDraft(new FoiRequestDefinition("EIR/25/1", "Oakhurst Borough Council", "Viability", new DateTime(2025, 3, 3),
                new[]
                {
                    new QuestionDefinition(Regime.Eir, 1, "Viability", "Please send the viability assessment.").WithPartWithheld("the developer's build costs", Eir.R12_5_e),
                },
                regime: Regime.Eir))
            .Answer(1, Answer.Text("The assessment is attached."))
            .EvidenceOfHarm(new[] { Eir.R12_5_e }, "Release would show competitors the developer's margins.")
            .PublicInterestTest(Eir.R12_5_e, new[] { "Transparency in planning." }, new[] { "Fair competition." })
            .BalanceTest("The balance favours withholding the costs.")
            .RespondedOn(new DateTime(2025, 3, 28))
            .Build();

    [Test]
    public void Eir_response_speaks_of_exceptions_the_presumption_and_adverse_effect_with_no_likelihood()
    {
        var text = Render(EirWithheldInPart());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.Contain("is excepted from disclosure under reg 12(5)(e) – Confidentiality of commercial or industrial information"));
            Assert.That(text, Does.Contain("presume that environmental information is disclosed (regulation 12(2))"));
            Assert.That(text, Does.Contain("Disclosure would adversely affect the interests protected by reg 12(5)(e)"));
            Assert.That(text, Does.Contain("Factors favouring disclosure – Regulation 12(5)(e)"));
            Assert.That(text, Does.Contain("Answered under: Environmental Information Regulations 2004"));
            Assert.That(text, Does.Not.Contain("exempt from disclosure").And.Not.Contain("Freedom of Information Act 2000 to apply to the Information Commissioner"));
        }
    }

    [Test]
    public void Eir_rights_are_reconsideration_under_regulation_11_and_the_commissioner_under_regulation_18()
    {
        var rights = EirWithheldInPart().Rights!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rights.InternalReview.Single(), Does.Contain("reconsider it under regulation 11").And.Contain("40 working days of the date of this response").And.Contain("no later than 40 working days after we receive your representations"));
            Assert.That(rights.InformationCommissioner.Single(), Does.Contain("regulation 18").And.Contain("ico.org.uk"));
        }
    }

    private static FoiResponse Foisa(DateTime respondedOn, params string[] reasonsForDelay)
    {
        var draft = new ResponseDraft(new FoiRequestDefinition("FOI-25-0042", "Police Scotland", "Cameras", new DateTime(2026, 4, 2),
                new[]
                {
                    new QuestionDefinition(Regime.Foisa, 1, "Locations", "Where are the cameras?", 0, FoiDsl.Foisa.S35 + "(a)"),
                },
                regime: Regime.Foisa))
            .EvidenceOfHarm(new[] { FoiDsl.Foisa.S35 + "(a)" }, HarmLikelihood.WouldBeLikelyTo, "Offenders would avoid the cameras.")
            .PublicInterestTest(FoiDsl.Foisa.S35 + "(a)", new[] { "Accountability." }, new[] { "Crime prevention." })
            .BalanceTest("Withhold.")
            .RespondedOn(respondedOn);
        return (reasonsForDelay.Length > 0 ? draft.ReasonsForDelay(reasonsForDelay) : draft).Build();
    }

    [Test]
    public void Foisa_response_needs_substantial_prejudice_and_gives_the_scottish_review_route()
    {
        var response = Foisa(new DateTime(2026, 4, 30));
        var text = Render(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.Contain("Disclosure would be likely to prejudice substantially the interests protected by s35(1)(a) – Law enforcement."));
            Assert.That(text, Does.Contain("require us to review our decision under section 20").And.Contain("within 20 working days of receiving your requirement for review (section 21)"));
            Assert.That(text, Does.Contain("Scottish Information Commissioner for a decision under section 47").And.Contain("six months").And.Contain("foi.scot"));
            Assert.That(text, Does.Not.Contain("ico.org.uk"));
        }
    }

    [Test]
    public void Foisa_counts_scottish_bank_holidays_only()
    {
        // Received Thu 2 April 2026: Good Friday 3 April stops every clock, but Easter Monday 6 April is not a
        // Scottish bank holiday (FOISA s73), so the 20th working day is Fri 1 May, not Tue 5 May as under FOIA.
        var onTime = Foisa(new DateTime(2026, 5, 1));
        var late = Foisa(new DateTime(2026, 5, 5), "Staff absence.");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(onTime.Request.DueDate, Is.EqualTo(new DateTime(2026, 5, 1)));
            Assert.That(onTime.Timeliness!.IsLate, Is.False);
            Assert.That(late.Timeliness!.IsLate, Is.True);
            Assert.That(Render(late), Does.Contain("Section 10(1) of the Freedom of Information (Scotland) Act 2002 required us to respond by 1 May 2026"));
        }
    }

    [Test]
    public void Mixed_request_says_which_regime_answers_which_question_and_gives_both_rights()
    {
        var request = new FoiRequestDefinition("FOI/25/9", "Oakhurst Borough Council", "River", new DateTime(2025, 3, 3),
            new[]
            {
                new QuestionDefinition(1, "Staff", "How many officers monitor the river?"),
                new QuestionDefinition(Regime.Eir, 2, "Samples", "Please send the sampling results.", 0, Eir.R12_4_d),
            });
        var response = new ResponseDraft(request)
            .Answer(1, Answer.Text("Three."))
            .InCourseOfCompletion("the Environment Agency", "by the end of June 2025", "The results are still being checked.")
            .PublicInterestTest(Eir.R12_4_d, new[] { "River health." }, new[] { "Incomplete data misleads." })
            .BalanceTest("Withhold until checked.")
            .Build();
        var text = Render(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(request.IsMixed, Is.True);
            Assert.That(text, Does.Contain("Answered under: the Freedom of Information Act 2000 (Q1) and the Environmental Information Regulations 2004 (Q2)"));
            Assert.That(text, Does.Contain("Why the Exceptions Apply"));
            Assert.That(response.Rights!.InternalReview, Has.Count.EqualTo(2));
            Assert.That(response.Rights.InternalReview[1], Does.StartWith("For the information dealt with under the Environmental Information Regulations 2004: "));
            Assert.That(string.Join(" ", response.Rights.InformationCommissioner).Split("Wycliffe House").Length - 1, Is.EqualTo(1), "the Commissioner's address is given once");
        }
    }

    [TestCase(Regime.Eir, "reg 12(4)(d)", "regulation 14(4)")]
    [TestCase(Regime.EirScotland, "reg 10(4)(d)", "regulation 13(d)")]
    public void Unfinished_material_says_who_is_preparing_it_and_when_it_will_be_finished(Regime regime, string exception, string provision)
    {
        var request = new FoiRequestDefinition("EIR/1", "Council", "River", new DateTime(2025, 3, 3),
            new[] { new QuestionDefinition(regime, 1, "Samples", "Please send the sampling results.", 0, exception) }, regime: regime);
        var draft = new ResponseDraft(request)
            .PublicInterestTest(exception, new[] { "River health." }, new[] { "Incomplete data misleads." })
            .BalanceTest("Withhold until checked.");

        var missing = Assert.Throws<IncompleteResponseException>(() => draft.Build());
        Assert.That(missing!.Message, Does.Contain("InCourseOfCompletion"));

        var text = Render(draft.InCourseOfCompletion("the Environment Agency", "by the end of June 2025.", "The results are still being checked.").Build());
        Assert.That(text, Does.Contain("The results are still being checked. It is being prepared by the Environment Agency, and we expect it to be finished by the end of June 2025 (" + provision + ")."));
    }

    [Test]
    public void Unfinished_material_cannot_be_stated_for_a_request_that_claims_no_such_exception()
    {
        var request = new FoiRequestDefinition("FOI/1", "Council", "T", null, new[] { new QuestionDefinition(1, "Q", "Q?") });

        var error = Assert.Throws<ArgumentException>(() => new ResponseDraft(request).InCourseOfCompletion("us", "soon", "why"));

        Assert.That(error!.Message, Does.Contain("claims no exception for material still in the course of completion"));
    }

    [Test]
    public void Regimes_that_cannot_share_a_response_are_refused_with_a_message()
    {
        var error = Assert.Throws<ArgumentException>(() => new FoiRequestDefinition("R", null, "T", null,
            new[] { new QuestionDefinition(Regime.Foisa, 1, "Q", "Q?") }));
        Assert.That(error!.Message, Does.Contain("Freedom of Information (Scotland) Act 2002").And.Contain("may mix FOIA with EIR questions"));
    }

    [Test]
    public void Reasons_not_stated_exist_only_where_the_regime_excuses_them()
    {
        var draft = new ResponseDraft(new FoiRequestDefinition("R", null, "T", null,
            new[] { new QuestionDefinition(Regime.Eir, 1, "Q", "Q?", 0, Eir.R12_4_e) }, regime: Regime.Eir));
        var error = Assert.Throws<ArgumentException>(() => draft.ReasonsNotStated(Eir.R12_4_e));
        Assert.That(error!.Message, Does.Contain("does not excuse a refusal notice from saying why"));
    }

    [Test]
    public void Public_interest_extension_is_foia_only()
    {
        var request = new FoiRequestDefinition("R", null, "T", new DateTime(2025, 3, 3),
            new[] { new QuestionDefinition(Regime.Eir, 1, "Q", "Q?", 0, Eir.R12_5_e) }, regime: Regime.Eir);
        var error = Assert.Throws<ArgumentException>(() => ExtensionNotice.Create(request, new ClockExtension(new DateTime(2025, 3, 20), new DateTime(2025, 4, 20)), new[] { Eir.R12_5_e }, "More time."));
        Assert.That(error!.Message, Does.Contain("reg 7(1) extends the time only for the complexity and volume"));
    }

    [Test]
    public void A_question_on_emissions_refuses_the_exceptions_regulation_12_9_denies_it()
    {
        var question = new QuestionDefinition(Regime.Eir, 1, "Readings", "Send the stack readings.").AboutEmissions();
        var error = Assert.Throws<ArgumentException>(() => question.WithPartWithheld("the operator's prices", Eir.R12_5_e));
        Assert.That(error!.Message, Does.Contain("information on emissions").And.Contain("EIR reg 12(9)"));
        Assert.That(question.WithPartWithheld("the location near the barracks", Eir.R12_5_a).IsOnEmissions, Is.True);
    }

    [Test]
    public void A_second_public_interest_test_for_another_limb_is_refused_rather_than_losing_the_first()
    {
        var draft = new ResponseDraft(new FoiRequestDefinition("R", null, "T", null,
            new[] { new QuestionDefinition(Regime.Foisa, 1, "Q", "Q?", 0, FoiDsl.Foisa.S35 + "(a)", FoiDsl.Foisa.S35 + "(b)") }, regime: Regime.Foisa))
            .PublicInterestTest(FoiDsl.Foisa.S35 + "(a)", new[] { "For." }, new[] { "Against." });
        var error = Assert.Throws<ArgumentException>(() => draft.PublicInterestTest(FoiDsl.Foisa.S35 + "(b)", new[] { "For (b)." }, new[] { "Against (b)." }));
        Assert.That(error!.Message, Does.Contain("limbs of one exemption").And.Contain("PublicInterestTest(\"s35(1)(a)\""));
    }

    [Test]
    public void Foisa_section_18_needs_the_public_interest_even_with_an_absolute_exemption()
    {
        // s18(1): the authority may neither confirm nor deny only where revealing whether the information
        // exists or is held would be contrary to the public interest — also when used with s38(1)(b), which is absolute.
        FoiRequestDefinition Request() => new("R", null, "T", null,
            new[] { QuestionDefinition.NeitherConfirmedNorDenied(Regime.Foisa, 1, "Q", "Was Mr X investigated?", 0, FoiDsl.Foisa.S38) }, regime: Regime.Foisa);
        var missing = Assert.Throws<IncompleteResponseException>(() => new ResponseDraft(Request()).Build());
        Assert.That(missing!.Message, Does.Contain("public interest test").And.Contain("s18(1) with s38(1)(b)"));

        var response = new ResponseDraft(Request())
            .PublicInterestTest("s18(1)", new[] { "Openness." }, new[] { "Privacy of the person named." })
            .BalanceTest("Revealing whether we hold it would be contrary to the public interest.")
            .Build();
        Assert.That(Render(response), Does.Contain("We neither confirm nor deny whether we hold any of the information you asked for, as s18(1) with s38(1)(b)"));
    }
}
