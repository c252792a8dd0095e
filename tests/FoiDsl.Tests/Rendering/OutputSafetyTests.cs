using System.Collections.Generic;
using System.Linq;
using System.Text;
using FoiDsl.Rendering;

namespace FoiDsl.Tests.Rendering;

/// <summary>
/// Control characters, bidi overrides and isolates, noncharacters and lone surrogates in any user
/// field never reach a rendered file raw, in any format: the output encodes as strict UTF-8 and
/// holds no forbidden code point (docs/rendering.md).
/// </summary>
public class OutputSafetyTests
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static IEnumerable<TestCaseData> Cases() =>
        from text in HostileText.Controls
        from renderer in ResponseRenderers.All
        select new TestCaseData(text, renderer).SetArgDisplayNames(renderer.Format, Visible(text));

    /// <summary>The test name: the hostile string with every non-printable character as \uXXXX.</summary>
    private static string Visible(string text) =>
        string.Concat(text.Select(c => c < ' ' || c > '~' ? "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) : c.ToString()));

    private static bool IsForbidden(Rune rune) =>
        (rune.Value < 0x20 && rune.Value != '\n')
        || rune.Value is >= 0x7F and <= 0x9F
        || rune.Value is >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069
        || rune.Value is >= 0xFDD0 and <= 0xFDEF
        || (rune.Value & 0xFFFE) == 0xFFFE;

    [TestCaseSource(nameof(Cases))]
    public void No_forbidden_code_point_reaches_the_output_from_any_field(string text, IResponseRenderer renderer)
    {
        foreach (var response in HostileText.Responses(text))
        {
            var output = renderer.Render(response);

            byte[] bytes = null!;
            Assert.DoesNotThrow(() => bytes = StrictUtf8.GetBytes(output), "the output must encode as valid UTF-8 (no lone surrogate)");
            var forbidden = StrictUtf8.GetString(bytes).EnumerateRunes().Where(IsForbidden).Select(r => "U+" + r.Value.ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Distinct();
            Assert.That(forbidden, Is.Empty, $"{renderer.Format} output of {response.Outcome}");
        }
    }

    private static IEnumerable<TestCaseData> LetterCases() =>
        from text in HostileText.Controls
        from renderer in new IResponseRenderer[] { new MarkdownRenderer(ResponseLayout.Letter), new HtmlRenderer(ResponseLayout.Letter), new PlainTextRenderer(ResponseLayout.Letter) }
        select new TestCaseData(text, renderer).SetArgDisplayNames("letter " + renderer.Format, Visible(text));

    [TestCaseSource(nameof(LetterCases))]
    public void No_forbidden_code_point_reaches_a_letter_from_the_applicant_or_the_officer(string text, IResponseRenderer renderer)
    {
        var letter = new ResponseLetter(
            HostileText.Everywhere(text),
            new Applicant("Name " + text, "Email " + text, "Address " + text + ", " + text, "Ref " + text),
            new Signatory("Officer " + text, "Role " + text));
        var layout = (ResponseLayout.Letter with { ProtectiveMarking = "Marking " + text, ReasonsInAnnex = true }).Arrange(letter);

        var forbidden = renderer.Render(layout).EnumerateRunes().Where(IsForbidden).Select(r => "U+" + r.Value.ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Distinct();

        Assert.That(forbidden, Is.Empty, renderer.Format);
    }

    [Test]
    public void Control_characters_are_shown_as_the_replacement_character_and_bidi_controls_are_dropped()
    {
        var response = HostileText.Everywhere("a\0b \u001b(31)red \u202Eevil\u202C \uD800x");

        foreach (var renderer in ResponseRenderers.All)
        {
            Assert.That(renderer.Render(response), Does.Contain("a\uFFFDb \uFFFD(31)red evil \uFFFDx"), renderer.Format);
        }
    }

    [Test]
    public void Right_to_left_text_and_emoji_are_kept_as_written()
    {
        const string text = "\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 \U0001F600 caf\u00E9";
        var response = HostileText.Everywhere(text);

        foreach (var renderer in ResponseRenderers.All)
        {
            Assert.That(renderer.Render(response), Does.Contain(text), renderer.Format);
        }
    }

    [Test]
    public void Clean_maps_each_kind_of_character_as_documented()
    {
        Assert.Multiple(() =>
        {
            Assert.That(TextSafety.Clean("\0\a\b\u001b\u007f\u0080\u009f"), Is.EqualTo(new string('\uFFFD', 7)));
            Assert.That(TextSafety.Clean("x\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069y"), Is.EqualTo("xy"));
            Assert.That(TextSafety.Clean(" a\r\n\tb\u2028c\u0085d\vе "), Is.EqualTo("a b c d е"));
            Assert.That(TextSafety.Clean("\uDC00\uD800"), Is.EqualTo("\uFFFD\uFFFD"));
            Assert.That(TextSafety.Clean("\uD83D\uDE00"), Is.EqualTo("\uD83D\uDE00"));
            Assert.That(TextSafety.Clean("\uFFFE\uFDD0\uD83F\uDFFE"), Is.EqualTo("\uFFFD\uFFFD\uFFFD"));
        });
    }
}

/// <summary>Hostile text that reads as a template leftover is stopped before any renderer sees it.</summary>
public class TemplateLikeHostileTextTests
{
    [Test]
    public void Template_like_markup_is_refused_by_Build_before_it_is_rendered()
    {
        var refused = HostileText.MarkdownSyntax.Concat(HostileText.HtmlSyntax).Where(text => Placeholder.Find(text) is not null).ToList();

        Assert.That(refused, Is.Not.Empty);
        foreach (var text in refused)
        {
            Assert.That(() => HostileText.Everywhere(text), Throws.TypeOf<IncompleteResponseException>(), text);
        }
    }
}
