using System;
using System.Linq;
using FoiDsl.Rendering;
using FoiDsl.Samples.OnlineResearch;
using FoiDsl.Word;

namespace FoiDsl.Tests.Clock;

/// <summary>The s17(2) interim notice extending the time under s10(3): its own document, before the response exists.</summary>
public class ExtensionNoticeTests
{
    private static FoiRequestDefinition Request(ClockExtension? extension = null) =>
        new("FOI 0311/24", "Example Police", "Tactics", new DateTime(2024, 3, 1), new[] { new QuestionDefinition(1, "Tactics", "Which tactics do you use?") }, extension: extension);

    [Test]
    public void The_sample_notice_names_the_exemptions_the_dates_and_never_says_whether_information_is_held()
    {
        var notice = OnlineResearchExtensionNotice.Write();
        var document = ResponseLayout.Police.Arrange(notice);
        var text = string.Join("\n", document.Blocks.Select(b => b switch
        {
            Paragraph p => p.Text,
            Heading h => h.Text,
            RequestDetails d => string.Join("\n", d.Items.Select(i => i.Label + ": " + i.Value)),
            _ => string.Empty,
        }));

        Assert.That(notice.Timeliness.StatutoryDueDate, Is.EqualTo(new DateTime(2024, 9, 30)));
        Assert.That(text, Does.Contain("Decision expected by: 28 October 2024").And.Contain("Date of this notice: 27 September 2024"));
        Assert.That(text, Does.Contain("We have not yet reached a decision on your request. We are considering whether s24(2) – National security and s31(3) – Law enforcement apply"));
        Assert.That(text, Does.Contain("section 17(2)").And.Contain("Your Right to Request a Review"));
        Assert.That(text, Does.Not.Contain("withheld").IgnoreCase.And.Not.Contain(" is held").IgnoreCase);
        Assert.That(ResponseRenderers.Html.Render(document), Does.Contain("<h1>"));
        Assert.That(WordRenderer.Police.Render(document), Is.Not.Empty);
    }

    [Test]
    public void Only_qualified_exemptions_give_a_ground_to_extend() =>
        Assert.That(
            () => ExtensionNotice.Create(Request(), new ClockExtension(new DateTime(2024, 3, 20), new DateTime(2024, 4, 30)), new[] { "s23(1)" }, "Reasons."),
            Throws.ArgumentException.With.Message.Contains("gives no ground to extend the time (s10(3))"));

    [Test]
    public void A_notice_after_the_20_working_days_or_extending_nothing_is_refused()
    {
        Assert.That(
            () => ExtensionNotice.Create(Request(), new ClockExtension(new DateTime(2024, 4, 10), new DateTime(2024, 4, 30)), new[] { "s31(1)" }, "Reasons."),
            Throws.ArgumentException.With.Message.Contains("must be given between receipt"));
        Assert.That(
            () => ExtensionNotice.Create(Request(), new ClockExtension(new DateTime(2024, 3, 20), new DateTime(2024, 4, 2)), new[] { "s31(1)" }, "Reasons."),
            Throws.ArgumentException.With.Message.Contains("extends nothing"));
    }

    [Test]
    public void The_notice_needs_exemptions_reasons_and_declared_dates()
    {
        var extension = new ClockExtension(new DateTime(2024, 3, 20), new DateTime(2024, 4, 30));
        Assert.That(() => ExtensionNotice.Create(Request(), extension, Array.Empty<string>(), "Reasons."), Throws.ArgumentException.With.Message.Contains("name the exemptions"));
        Assert.That(() => ExtensionNotice.Create(Request(), extension, new[] { "s31(1)" }), Throws.ArgumentException.With.Message.Contains("Say why"));
        Assert.That(() => ExtensionNotice.For(Request(), new[] { "s31(1)" }, "Reasons."), Throws.ArgumentException.With.Message.Contains("declares no extension"));
        Assert.That(ExtensionNotice.For(Request(extension), new[] { "s31(1)" }, "Reasons.").Timeliness.ExtendedDueDate, Is.EqualTo(new DateTime(2024, 4, 30)));
    }
}
