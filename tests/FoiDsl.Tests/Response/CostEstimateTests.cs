using System;
using System.Linq;
using FoiDsl.Rendering;

namespace FoiDsl.Tests.Response;

/// <summary>Cost estimates behind s12 refusals: arithmetic, limits, s12(2), aggregation, Build() checks and the printed notice.</summary>
public class CostEstimateTests
{
    private static FoiRequestDefinition Request(string ground = ProceduralGrounds.S12) =>
        new("FOI 15/24", "Example Police", "Drone emails", null, new[] { new QuestionDefinition(1, "Emails", "Send every email that mentions drones.") }, ground);

    private static CostEstimate OverLimit() => CostEstimate.Against(AppropriateLimit.Standard)
        .Activity(CostActivity.Locating, "identify the mailboxes of the 400 staff who may have written about drones", 2m)
        .Activity(CostActivity.Extracting, "read each of about 4,000 emails", 4000, 0.5m);

    /// <summary>The paragraphs the layout writes, one a line (renderers wrap plain text).</summary>
    private static string Text(FoiResponse response) =>
        string.Join("\n", ResponseLayout.Police.Arrange(response).Blocks.Select(b => b switch
        {
            Paragraph p => p.Text,
            Heading h => h.Text,
            _ => string.Empty,
        }));

    [Test]
    public void Renderers_print_the_estimate()
    {
        var response = new ResponseDraft(Request()).CostEstimate(OverLimit()).AdviceAndAssistance("Narrow it.").Build();
        Assert.Multiple(() =>
        {
            Assert.That(ResponseRenderers.Markdown.Render(response), Does.Contain("### Cost Estimate").And.Contain("Estimated total\\: 35.33 hours (£883.33)"), "Markdown escapes the colon");
            Assert.That(ResponseRenderers.Html.Render(response), Does.Contain("Cost Estimate").And.Contain("35.33 hours"));
        });
    }

    [Test]
    public void Limits_are_those_of_the_Fees_Regulations()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AppropriateLimit.Standard.Pounds, Is.EqualTo(450m));
            Assert.That(AppropriateLimit.Standard.Hours, Is.EqualTo(18m));
            Assert.That(AppropriateLimit.CentralGovernment.Pounds, Is.EqualTo(600m));
            Assert.That(AppropriateLimit.CentralGovernment.Hours, Is.EqualTo(24m));
            Assert.That(AppropriateLimit.Standard.HourlyRate, Is.EqualTo(25m));
            Assert.That(AppropriateLimit.CentralGovernment.HourlyRate, Is.EqualTo(25m));
        });
    }

    [Test]
    public void Every_limit_is_its_regimes_data_and_every_regime_limit_can_be_written()
    {
        // rule FOI0030 reads RegimeDefinition.CostLimits; a limit known to one and not the other would let the
        // build and Build() judge the same estimate differently
        var properties = typeof(AppropriateLimit).GetProperties().Where(p => p.PropertyType == typeof(AppropriateLimit)).Select(p => (AppropriateLimit)p.GetValue(null)!).ToList();
        var figures = RegimeDefinition.All.SelectMany(r => r.CostLimits.Select(f => (r.Regime, f))).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(properties.Select(l => l.Written), Is.EquivalentTo(figures.Select(f => f.f.Written)));
            Assert.That(AppropriateLimit.All, Is.EquivalentTo(properties));
            foreach (var limit in properties)
            {
                var (regime, f) = figures.Single(x => x.f.Written == limit.Written);
                Assert.That((limit.Regime, limit.Pounds, limit.HourlyRate, limit.Name), Is.EqualTo((regime, f.Pounds, f.HourlyRate, f.Name)), limit.Written);
            }

            Assert.That(RegimeDefinition.All.Where(r => r.CostLimits.Count > 0).Select(r => r.Regime), Is.EquivalentTo(RegimeDefinition.All.Where(r => r.CostGroundId is not null).Select(r => r.Regime)), "a regime with a cost ground has limits");
        });
    }

    [Test]
    public void Totals_records_times_minutes_plus_hours()
    {
        var estimate = OverLimit();
        Assert.Multiple(() =>
        {
            Assert.That(estimate.TotalHours, Is.EqualTo(2m + (4000 * 0.5m / 60m)));
            Assert.That(estimate.TotalCost, Is.EqualTo(estimate.TotalHours * 25m));
            Assert.That(estimate.ExceedsLimit, Is.True);
        });
    }

    [Test]
    public void Exactly_the_limit_does_not_exceed_it_and_Build_refuses_it()
    {
#pragma warning disable FOI0030 // the rule reports this estimate at compile time; Build() must refuse it too
        var draft = new ResponseDraft(Request())
            .CostEstimate(CostEstimate.Against(AppropriateLimit.Standard).Activity(CostActivity.Extracting, "read 216 files", 216, 5))
            .AdviceAndAssistance("Narrow the request.");
#pragma warning restore FOI0030

        var error = Assert.Throws<IncompleteResponseException>(() => draft.Build());
        Assert.That(error!.Message, Does.Contain("(18 hours, £450) does not exceed the appropriate limit of £450 (18 hours)"));
    }

    [Test]
    public void Over_the_limit_builds_and_the_notice_prints_the_breakdown_and_total()
    {
        var response = new ResponseDraft(Request())
            .CostEstimate(OverLimit().Aggregating("FOI 11/24", "FOI 13/24"))
            .AdviceAndAssistance("Emails of the drone unit's managers for one year could be searched within the limit.")
            .Build();

        var text = Text(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.CostEstimate, Is.Not.Null);
            Assert.That(text, Does.Contain("Locating the information – identify the mailboxes of the 400 staff who may have written about drones: 2 hours."));
            Assert.That(text, Does.Contain("Extracting the information – read each of about 4,000 emails: 4,000 records × 0.5 minutes each = 33.33 hours."));
            Assert.That(text, Does.Contain("Estimated total: 35.33 hours (£883.33), against the appropriate limit of 18 hours (£450)."));
            Assert.That(text, Does.Contain("costed together with requests FOI 11/24 and FOI 13/24").And.Contain("60 consecutive working days"));
            Assert.That(text, Does.Contain("Section 12(1)").And.Contain("£25 per person per hour (regulation 4(4))"));
        });
    }

    [Test]
    public void Central_government_limit_is_printed_with_its_regulation()
    {
        var estimate = CostEstimate.Against(AppropriateLimit.CentralGovernment).Activity(CostActivity.Retrieving, "recall 30 boxes from the archive", 30m);
        var response = new ResponseDraft(Request()).CostEstimate(estimate).AdviceAndAssistance("Ask for one year.").Build();

        Assert.That(Text(response), Does.Contain("the appropriate limit is £600 (regulation 3(2))").And.Contain("so the limit is 24 hours of work"));
    }

    [Test]
    public void Under_s12_2_only_determining_whether_held_counts()
    {
        var draft = new ResponseDraft(Request(ProceduralGrounds.S12ConfirmOrDeny))
            .CostEstimate(OverLimit())
            .AdviceAndAssistance("Narrow the request.");

        var error = Assert.Throws<IncompleteResponseException>(() => draft.Build());
        Assert.That(error!.Message, Does.Contain("Under s12(2) only the cost of determining whether the information is held").And.Contain("read each of about 4,000 emails"));
    }

    [Test]
    public void S12_2_notice_speaks_of_confirming_or_denying_and_implies_nothing_is_held()
    {
        var estimate = CostEstimate.Against(AppropriateLimit.Standard).Activity(CostActivity.DeterminingWhetherHeld, "check each of 3,000 paper case files for a mention of the vehicle", 3000, 1);
        var response = new ResponseDraft(Request(ProceduralGrounds.S12ConfirmOrDeny)).CostEstimate(estimate).AdviceAndAssistance("Name the year.").Build();

        var text = Text(response);
        Assert.That(text, Does.Contain("Section 12(2)").And.Contain("cost of confirming or denying alone").And.Contain("does not confirm or deny that the information is held"));
        Assert.That(text, Does.Contain("Determining whether the information is held – check each of 3,000 paper case files"));
    }

    [Test]
    public void Estimate_only_on_a_cost_refusal()
    {
        var draft = new ResponseDraft(Request(ProceduralGrounds.S14));
        var error = Assert.Throws<InvalidOperationException>(() => draft.CostEstimate(OverLimit()));
        Assert.That(error!.Message, Does.Contain("not refused under s12"));
    }

    [Test]
    public void Bad_lines_are_refused_with_a_message_naming_them()
    {
        var estimate = CostEstimate.Against(AppropriateLimit.Standard);
        Assert.Multiple(() =>
        {
            Assert.That(() => estimate.Activity(CostActivity.Locating, "search", 0, 5), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contain("\"search\""));
            Assert.That(() => estimate.Activity(CostActivity.Locating, "search", 10, 0m), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => estimate.Activity(CostActivity.Locating, "search", -1m), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => estimate.Activity(CostActivity.Locating, " ", 1m), Throws.ArgumentException.With.Message.Contain("description"));
            Assert.That(() => estimate.Activity((CostActivity)7, "redact the emails", 1m), Throws.ArgumentException.With.Message.Contain("7 is not an activity whose cost can be counted").And.Message.Contain("Extracting"));
            Assert.That(() => estimate.Aggregating(), Throws.ArgumentException);
            Assert.That(estimate.Lines, Is.Empty);
        });
    }

    [Test]
    public void Empty_estimate_is_refused_by_Build()
    {
        var draft = new ResponseDraft(Request()).CostEstimate(CostEstimate.Against(AppropriateLimit.Standard)).AdviceAndAssistance("Narrow it.");
        Assert.That(() => draft.Build(), Throws.InstanceOf<IncompleteResponseException>().With.Message.Contain("no activities"));
    }

    [Test]
    public void Only_the_activities_the_regulations_count_exist_and_each_limit_counts_its_own()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Enum.GetNames<CostActivity>(), Is.EqualTo(new[] { "DeterminingWhetherHeld", "Locating", "Retrieving", "Extracting", "Providing" }));
            Assert.That(AppropriateLimit.Standard.Counts, Is.EqualTo(new[] { CostActivity.DeterminingWhetherHeld, CostActivity.Locating, CostActivity.Retrieving, CostActivity.Extracting }), "FOIA Fees Regulations 2004 reg 4(3)");
            Assert.That(AppropriateLimit.Scotland.Counts, Is.EqualTo(new[] { CostActivity.Locating, CostActivity.Retrieving, CostActivity.Providing }), "FOISA Fees for Required Disclosure Regulations 2004 reg 3");
        });
    }

    private static FoiRequestDefinition ScottishRequest() =>
        new("FOI-26-0412", "Example Council", "Planning emails", null, new[] { new QuestionDefinition(Regime.Foisa, 1, "Emails", "Send every email about the bypass.") }, Foisa.S12, regime: Regime.Foisa);

    private static CostEstimate OverTheScottishLimit() => CostEstimate.Against(AppropriateLimit.Scotland)
        .Activity(CostActivity.Locating, "search the mailboxes of the 60 planning staff", 60, 20)
        .Activity(CostActivity.Retrieving, "export each of about 1,500 emails", 1500, 1);

    [Test]
    public void The_scottish_limit_is_600_pounds_at_15_pounds_an_hour_foisa_s12()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AppropriateLimit.Scotland.Pounds, Is.EqualTo(600m));
            Assert.That(AppropriateLimit.Scotland.HourlyRate, Is.EqualTo(15m));
            Assert.That(AppropriateLimit.Scotland.Hours, Is.EqualTo(40m));
            Assert.That(AppropriateLimit.Scotland.Regime, Is.EqualTo(Regime.Foisa));
            Assert.That(OverTheScottishLimit().TotalCost, Is.EqualTo(45m * 15m), "20 + 25 hours at £15");
        });
    }

    [Test]
    public void A_foisa_refusal_prints_the_prescribed_amount_and_what_foisa_counts()
    {
        var response = new ResponseDraft(ScottishRequest()).CostEstimate(OverTheScottishLimit()).AdviceAndAssistance("Ask for one officer's emails.").Build();
        var text = Text(response);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("Section 12(1) of the Freedom of Information (Scotland) Act 2002"));
            Assert.That(text, Does.Contain("the time spent determining whether we hold it is not"));
            Assert.That(text, Does.Contain("the prescribed amount is £600"));
            Assert.That(text, Does.Contain("no more than £15 per person per hour"));
            Assert.That(text, Does.Contain("Estimated total: 45 hours (£675), against the prescribed amount of 40 hours (£600)."));
            Assert.That(text, Does.Not.Contain("appropriate limit").And.Not.Contain("4(3)").And.Not.Contain("£25"), "no FOIA wording in a FOISA refusal");
        });
    }

    [Test]
    public void A_foisa_question_refused_on_cost_speaks_of_the_prescribed_amount()
    {
        var request = new FoiRequestDefinition("FOI-26-0413", "Example Council", "Bypass", null, new[]
        {
            new QuestionDefinition(Regime.Foisa, 1, "Budget", "What is the bypass budget?"),
            new QuestionDefinition(Regime.Foisa, 2, "Emails", "Send every email about the bypass.").ExceedsCostLimit(Foisa.S12),
        }, regime: Regime.Foisa);
        var response = new ResponseDraft(request).Answer(1, "£4.2 million.").CostEstimate(OverTheScottishLimit()).AdviceAndAssistance("Ask for one month's emails.").Build();
        var text = Text(response);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("would cost more than the prescribed amount to provide (section 12)"));
            Assert.That(text, Does.Contain("would by itself exceed the prescribed amount, so section 12(1) of the Freedom of Information (Scotland) Act 2002 applies"));
            Assert.That(text, Does.Not.Contain("appropriate limit"), "no FOIA wording in a FOISA response");
        });
    }

    [TestCase(Regime.Foia, "how to ask for an internal review and of the right to apply to the Information Commissioner (FOIA s17(7))")]
    [TestCase(Regime.Foisa, "how to ask for a review and of the right to apply to the Scottish Information Commissioner (FOISA s19)")]
    public void Build_asks_for_the_rights_of_the_requests_regime(Regime regime, string expected)
    {
        var request = new FoiRequestDefinition("FOI 16/24", "Example", "Emails", null, new[] { new QuestionDefinition(regime, 1, "Emails", "Send every email.") }, regime == Regime.Foia ? ProceduralGrounds.S12 : Foisa.S12, regime: regime);
        var estimate = regime == Regime.Foia ? OverLimit() : OverTheScottishLimit();
        var error = Assert.Throws<IncompleteResponseException>(() => new ResponseDraft(request).CostEstimate(estimate).AdviceAndAssistance("Narrow it.").ComplaintRights(new ComplaintRights(Array.Empty<string>(), Array.Empty<string>())).Build());
        Assert.That(error!.Message, Does.Contain(expected));
    }

    [Test]
    public void Foisa_does_not_count_determining_whether_the_information_is_held()
    {
        var error = Assert.Throws<ArgumentException>(() => CostEstimate.Against(AppropriateLimit.Scotland).Activity(CostActivity.DeterminingWhetherHeld, "check the file index", 3m));
        Assert.That(error!.Message, Does.Contain("Under FOISA only locating, retrieving and providing the information count").And.Contain("\"check the file index\""));
    }

    [Test]
    public void Foia_does_not_count_providing_the_information()
    {
        var error = Assert.Throws<ArgumentException>(() => CostEstimate.Against(AppropriateLimit.Standard).Activity(CostActivity.Providing, "photocopy the files", 3m));
        Assert.That(error!.Message, Does.Contain("Under FOIA only determining whether the information is held, locating, retrieving and extracting it count").And.Contain("CostActivity.Extracting"));
    }

    [Test]
    public void Requests_are_not_aggregated_under_foisa()
    {
        var error = Assert.Throws<ArgumentException>(() => OverTheScottishLimit().Aggregating("FOI-26-0400"));
        Assert.That(error!.Message, Does.Contain("FoiDsl knows no rule for aggregating requests under FOISA"));
    }

    [Test]
    public void An_estimate_against_another_regimes_limit_is_refused_by_Build()
    {
        var draft = new ResponseDraft(ScottishRequest()).CostEstimate(OverLimit()).AdviceAndAssistance("Narrow it.");
        var error = Assert.Throws<IncompleteResponseException>(() => draft.Build());
        Assert.That(error!.Message, Does.Contain("made against the appropriate limit of the Freedom of Information Act 2000").And.Contain("estimate against AppropriateLimit.Scotland"));
    }
}
