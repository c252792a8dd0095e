using System.Linq;
using FoiDsl.Tests.TestSupport;

namespace FoiDsl.Tests.Regimes;

/// <summary>The compile-time rules read the request's regime: its catalogue and its clock.</summary>
public class RegimeRulesTests
{
    private static string[] Rules(string regime, string respondedOn) =>
        TestCompilation.Diagnose(TestCompilation.Create(TestCompilation.Usings + $$"""
            [FoiRequest("FOI-26-7", Received = "2026-04-02", Regime = Regime.{{regime}})]
            public partial class Fleet
            {
                [Question(1)] public const string Vans = "How many vans do you own?";
            }

            public static class Response
            {
                public static FoiResponse Write() => Fleet.Respond()
                    .Vans("Twelve.")
                    .RespondedOn(new System.DateTime({{respondedOn}}))
                    .Build();
            }
            """)).Select(d => d.Id).ToArray();

    // Received Thu 2 April 2026. FOISA counts Scotland's bank holidays only (s73): Easter Monday 6 April is a
    // working day there, so the 20th working day is Fri 1 May; FOIA (s10(6)) skips it and is due Tue 5 May.
    [TestCase("Foisa", "2026, 5, 1", false)]
    [TestCase("Foisa", "2026, 5, 5", true)]
    [TestCase("Foia", "2026, 5, 5", false)]
    [TestCase("Eir", "2026, 5, 5", false)]
    [TestCase("EirScotland", "2026, 5, 4", true)]
    public void Late_response_is_judged_by_the_regimes_clock(string regime, string respondedOn, bool late) =>
        Assert.That(Rules(regime, respondedOn), late ? Does.Contain("FOI0034") : Does.Not.Contain("FOI0034"));

    private static string[] Extended(string regime, string extension, string respondedOn) =>
        TestCompilation.Diagnose(TestCompilation.Create(TestCompilation.Usings + $$"""
            [FoiRequest("EIR-25-3", Received = "2025-03-03", Regime = Regime.{{regime}})]
            [{{extension}}(NoticeGiven = "2025-03-24", NewDueDate = "2025-04-29")]
            public partial class FloodModel
            {
                [Question(1)] public const string Model = "Send the flood model.";
            }

            public static class Response
            {
                public static FoiResponse Write() => FloodModel.Respond()
                    .Model("Attached.")
                    .RespondedOn(new System.DateTime({{respondedOn}}))
                    .Build();
            }
            """)).Select(d => d.Id).ToArray();

    [Test]
    public void An_eir_response_extended_for_complexity_is_due_by_the_new_date()
    {
        // Received Mon 3 March 2025: the 20th working day is Tue 1 April (17 March, St Patrick's Day, is not a
        // working day under reg 2(1)); extended under reg 7(1) to 29 April, within the 40 working days.
        Assert.That(Extended("Eir", "ComplexityExtension", "2025, 4, 28"), Is.Empty);
    }

    [TestCase("Eir", "PublicInterestExtension")]
    [TestCase("Foisa", "PublicInterestExtension")]
    [TestCase("Foia", "ComplexityExtension")]
    [TestCase("Foisa", "ComplexityExtension")]
    public void An_extension_the_regime_does_not_have_is_reported(string regime, string extension) =>
        Assert.That(Extended(regime, extension, "2025, 3, 28"), Does.Contain("FOI0016"));
}
