using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FoiDsl.Pdf;
using FoiDsl.Rendering;
using FoiDsl.Tests.Rendering;
using FoiDsl.Tests.TestSupport;
using Microsoft.Playwright;

namespace FoiDsl.Tests.Browser;

/// <summary>
/// The responses whose pages are checked in a real browser: every sample, the rendering tests'
/// fixture, and responses with addresses (web, email, review contact) in every field.
/// </summary>
internal static class BrowserSamples
{
    private static readonly Dictionary<string, Func<FoiResponse>> Responses =
        SampleResponses.All.Concat(new (string Name, Func<FoiResponse> Write)[]
        {
            ("RenderingFixture", () => RenderingFixtures.SocialMediaMonitoring()),
            ("AddressesEverywhere", () => HostileText.Everywhere(WithAddresses)),
            ("AddressesInRefusal", () => HostileText.Refusal(WithAddresses)),
        }).ToDictionary(s => s.Name, s => s.Write);

    /// <summary>Text naming a review contact by email, a web page, a www address and a bare host name.</summary>
    public const string WithAddresses =
        "Write to foi.review@example.police.uk, see https://www.example.gov.uk/foi/reviews?year=2024&page=2 (our guide), www.example.org or ico.org.uk.";

    /// <summary>Pages laid out with every layout option: a letter as sent (addressee, marking, annex) and the police layout with answers under questions.</summary>
    private static readonly Dictionary<string, Func<ResponseDocument>> LaidOut = new()
    {
        ["LetterAsSent"] = () => (ResponseLayout.Letter with { ProtectiveMarking = "OFFICIAL", ReasonsInAnnex = true }).Arrange(new ResponseLetter(
            RenderingFixtures.SocialMediaMonitoring(),
            new Applicant("Ms A. Example", "a.example@mail.example", "12 Mill Lane, Harrowfield HF3 9ZZ", "AE/2023/7"),
            new Signatory("J. Smith", "Disclosure Officer"))),
        ["PoliceWithEveryOption"] = () => (ResponseLayout.Police with { ProtectiveMarking = "OFFICIAL-SENSITIVE", AnswersUnderQuestions = true, ReasonsInAnnex = true })
            .Arrange(RenderingFixtures.SocialMediaMonitoring()),
    };

    /// <summary>The samples that are responses (printable by the PDF printer from a <see cref="FoiResponse"/>).</summary>
    public static IEnumerable<string> Names => Responses.Keys;

    /// <summary>Every page checked in the browser: the responses, then the pages laid out with every layout option.</summary>
    public static IEnumerable<string> Pages => Responses.Keys.Concat(LaidOut.Keys);

    public static FoiResponse Response(string name) => Responses[name]();

    public static string Html(string name) => ResponseRenderers.Html.Render(Document(name));

    public static ResponseDocument Document(string name) =>
        LaidOut.TryGetValue(name, out var laidOut) ? laidOut() : ResponseLayout.AsRequested.Arrange(Response(name));

    /// <summary>
    /// Starts the installed Chromium as the PDF printer does, failing (never skipping) the fixture
    /// with the command that installs it when there is none: CI installs it.
    /// </summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        try
        {
            return await Chromium.LaunchAsync(Chromium.Find(), 60_000);
        }
        catch (PdfPrintException e)
        {
            Assert.Fail("install chromium: apt-get install chromium — the browser tests need it. " + e.Message);
            throw;
        }
    }
}
