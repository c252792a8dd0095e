using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FoiDsl.Rendering;
using FoiDsl.Samples.CovertSources;
using FoiDsl.Samples.DroneFlights;
using FoiDsl.Samples.OnlineResearch;
using FoiDsl.Samples.StaffComplaints;
using FoiDsl.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace FoiDsl.Tests.EndToEnd;

/// <summary>
/// The samples modelled on responses police forces and councils publish: each compiles clean with
/// every rule, breaks with the right rule when a required section is taken out, and renders the
/// sentences a real letter of its kind must contain.
/// </summary>
public class RealResponseSamplesTests
{
    private static readonly string[] Samples = ["CovertSources", "StaffComplaints", "DroneFlights", "OnlineResearch"];

    [TestCaseSource(nameof(Samples))]
    public void Sample_compiles_clean_with_every_rule(string sample)
    {
        var diagnostics = Diagnose(sample, ResponseSource(sample));

        Assert.That(diagnostics.Select(d => d.ToString()), Is.Empty);
    }

    [TestCase("CovertSources", "            .PublicInterestTest(\n                \"s31(3)\",", "            .BalanceTest(", "FOI0002", "s31(3)")]
    [TestCase("StaffComplaints", "            .LegitimateInterestsTest(", "            .AdviceAndAssistance(", "FOI0021", "s40(2)")]
    [TestCase("StaffComplaints", "            .ReasonablyAccessible(", "            .LegitimateInterestsTest(", "FOI0021", "s21(1)")]
    [TestCase("OnlineResearch", "            .EvidenceOfHarm(", "            .PublicInterestTest(", "FOI0003", "s31(3)")]
    [TestCase("StaffComplaints", "            .CostEstimate(", "            .AdviceAndAssistance(", "FOI0025", "s12(1)")]
    [TestCase("DroneFlights", "            .HelicopterHours(", "            .RegionalUnitDrones(", "FOI0001", "Q3")]
    public void Removing_a_required_section_fails_with_its_rule(string sample, string from, string to, string rule, string named)
    {
        var original = ResponseSource(sample);
        var start = original.IndexOf(from, StringComparison.Ordinal);
        var end = start < 0 ? -1 : original.IndexOf(to, start + from.Length, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0).And.LessThan(end), $"the {sample} sample no longer contains the section this test removes");

        var diagnostics = Diagnose(sample, original.Remove(start, end - start));

        Assert.That(diagnostics.Select(d => d.Id), Does.Contain(rule));
        Assert.That(diagnostics.Where(d => d.Id == rule).Select(d => d.GetMessage()), Has.Some.Contains(named));
    }

    [Test]
    public void CovertSources_neither_confirms_nor_denies_the_whole_request()
    {
        var response = CovertSourcesResponse.Write();
        var text = ResponseRenderers.Markdown.Render(response);

        Assert.That(response.Outcome, Is.EqualTo(OverallOutcome.NeitherConfirmNorDeny));
        Assert.That(response.Questions.Select(q => q.Outcome), Is.All.EqualTo(QuestionOutcome.NeitherConfirmNorDeny));
        Assert.That(response.Questions.Select(q => q.Answer), Is.All.Null);
        Assert.That(text, Does.Contain("We neither confirm nor deny whether we hold any of the information you asked for, as s23(5)"));
        Assert.That(text, Does.Contain("### Evidence of Harm in Confirming or Denying"));
        Assert.That(text, Does.Contain("#### Factors favouring neither confirming nor denying – Section 31(3)"));
        // s23(5) is absolute: only the qualified provisions are weighed.
        Assert.That(response.PublicInterestTests.Select(t => t.Exemption.ToString()), Is.EqualTo(new[] { "s24(2) – National security", "s31(3) – Law enforcement" }));
        Assert.That(text, Does.Not.Contain("Extent and Result of Searches"));
        Assert.That(text, Does.Not.Contain("withheld").IgnoreCase);
    }

    [Test]
    public void StaffComplaints_answers_each_question_and_withholds_parts_with_reasons()
    {
        var response = StaffComplaintsResponse.Write();
        var text = ResponseRenderers.Markdown.Render(response);

        Assert.That(response.Outcome, Is.EqualTo(OverallOutcome.PartiallyWithheld));
        Assert.That(response.Questions.Select(q => q.Outcome), Is.EqualTo(new[]
        {
            QuestionOutcome.PartlyWithheld, QuestionOutcome.Disclosed, QuestionOutcome.PartlyWithheld, QuestionOutcome.PartlyWithheld, QuestionOutcome.Disclosed, QuestionOutcome.Refused,
        }));
        Assert.That(text, Does.Contain("We estimate that the cost of providing the information asked for in Q6 would by itself exceed the appropriate limit, so section 12(1)"));
        Assert.That(ResponseRenderers.PlainText.Render(response), Does.Contain("Cost Estimate").And.Contain("134 records × 6 minutes each = 13.4 hours"));
        Assert.That(text, Does.Contain("Part of the information asked for in Q3, the names and job titles of the staff members concerned, is exempt from disclosure under s40(2)"));
        Assert.That(text, Does.Contain("Part of the information asked for in Q1, the figures for 2021/22, is exempt from disclosure under s21(1)"));
        Assert.That(ResponseRenderers.Html.Render(response), Does.Contain("https://www.brackenfield.gov.uk/complaints/annual-report-2021-22"), "the link as written (Markdown escapes it so that it is not turned into a link)");
        Assert.That(text, Does.Contain("Is disclosure necessary for that interest?"));
        Assert.That(text, Does.Contain("**Q3.** Of the 34 upheld complaints"));
        Assert.That(text.IndexOf("## Request", StringComparison.Ordinal), Is.LessThan(text.IndexOf("Please cover the financial years", StringComparison.Ordinal)));
    }

    [Test]
    public void DroneFlights_says_what_is_not_held_why_and_where_to_ask()
    {
        var response = DroneFlightsResponse.Write();
        var text = ResponseRenderers.Markdown.Render(response);

        Assert.That(response.Questions.Select(q => q.Outcome), Is.EqualTo(new[]
        {
            QuestionOutcome.Disclosed, QuestionOutcome.Disclosed, QuestionOutcome.NotHeld, QuestionOutcome.NotHeld,
        }));
        Assert.That(text, Does.Contain("**Q3.** Not held. Police helicopters are operated by the National Police Air Service (NPAS)"));
        Assert.That(Section(text, "### Advice and Assistance"), Does.Contain("send Q3 to West Yorkshire Police").And.Contain("send Q4 there"));
        Assert.That(text, Does.Contain("I am researching the use of aerial surveillance"));
        Assert.That(text.IndexOf("Please answer for the calendar year 2023.", StringComparison.Ordinal), Is.LessThan(text.IndexOf("**Q1.**", StringComparison.Ordinal)));
        Assert.That(response.ExemptionsClaimed, Is.Empty);
    }

    [Test]
    public void OnlineResearch_answers_some_questions_and_neither_confirms_nor_denies_others()
    {
        var response = OnlineResearchResponse.Write();
        var text = ResponseRenderers.Markdown.Render(response);

        // Extended under s10(3) to 28 October 2024, sent on 1 November: late, and it says so first.
        Assert.That(response.Timeliness!.ExtendedDueDate, Is.EqualTo(new DateTime(2024, 10, 28)));
        Assert.That(response.Timeliness.WorkingDaysLate, Is.EqualTo(4));
        Assert.That(text, Does.Contain("Response due (extended under section 10(3))").And.Contain("This response is late."));

        Assert.That(response.Outcome, Is.EqualTo(OverallOutcome.PartiallyWithheld));
        Assert.That(response.Questions.Select(q => q.Outcome), Is.EqualTo(new[]
        {
            QuestionOutcome.Disclosed, QuestionOutcome.Disclosed, QuestionOutcome.NotApplicable, QuestionOutcome.Disclosed,
            QuestionOutcome.NeitherConfirmNorDeny, QuestionOutcome.NeitherConfirmNorDeny,
        }));
        Assert.That(text, Does.Contain("**Q1a.** Yes").And.Contain("**Q1c.** N/A").And.Contain("**Q2.** As at 2 September 2024"));
        Assert.That(text, Does.Contain("We neither confirm nor deny whether we hold the information asked for in Q3 and Q4, as s24(2) – National security and s31(3) – Law enforcement apply."));
        Assert.That(text, Does.Contain("Confirming or denying whether the information is held would be likely to prejudice the interests protected by s31(3)"));
        Assert.That(text, Does.Not.Contain("withheld").IgnoreCase);
    }

    private static string SampleFile(string sample, string suffix) => RepositoryPaths.File("samples", sample, sample + suffix + ".cs");

    private static string ResponseSource(string sample) => File.ReadAllText(SampleFile(sample, "Response")).Replace("\r\n", "\n");

    private static Diagnostic[] Diagnose(string sample, string response) =>
        TestCompilation.Diagnose(TestCompilation.Create(
                (SampleFile(sample, string.Empty), File.ReadAllText(SampleFile(sample, string.Empty))),
                (SampleFile(sample, "Response"), response)))
            .ToArray();

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"no section '{heading}'");
        var next = markdown.IndexOf("\n#", start + heading.Length, StringComparison.Ordinal);
        return next < 0 ? markdown[start..] : markdown[start..next];
    }
}

/// <summary>What every sample's letter states: its dates, and how to ask for a review under each of its regimes (FOIA s10, s17(7)(a); EIR reg 14(5); FOISA s19).</summary>
public class EverySampleTests
{
    [TestCaseSource(typeof(TestSupport.SampleResponses), nameof(TestSupport.SampleResponses.Cases))]
    public void The_letter_is_dated_judged_by_the_clock_and_says_how_to_ask_for_a_review(Func<FoiResponse> write)
    {
        var response = write();
        var text = ResponseRenderers.PlainText.Render(response);

        Assert.That(response.RespondedOn, Is.Not.Null);
        Assert.That(response.Timeliness, Is.Not.Null);
        Assert.That(text, response.Request.Layout == DocumentLayout.Letter
            ? Does.Contain("Our ref: " + response.Request.Reference).And.Contain("Date: ").And.Contain("which we received on")
            : Does.Contain("Date received:").And.Contain("Response due").And.Contain("Date of response:"));
        // one review paragraph per regime: a mixed FOIA/EIR letter has the internal review and the reconsideration (EIR reg 11)
        Assert.That(response.Rights!.InternalReview, Has.Count.EqualTo(response.Request.Regimes.Count));
        Assert.That(response.Rights.InternalReview, Has.All.Not.Contain("write to us").And.All.Match("Please (email|write to) "));
    }
}
