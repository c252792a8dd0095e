using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FoiDsl.Rendering;

namespace FoiDsl.Tests.Rendering;

/// <summary>
/// Markup in any user field of any response stays text in the HTML page: parsed as a browser would,
/// the page has exactly the elements and attributes it has for plain words, and the text reads as written.
/// </summary>
public class HtmlInjectionTests
{
    private static IEnumerable<string> Corpus() => HostileText.Renderable(HostileText.HtmlSyntax.Concat(HostileText.MarkdownSyntax).Concat(HostileText.Controls));

    /// <summary>Each element with its attributes' names and values, in document order.</summary>
    private static List<string> Structure(IDocument page) =>
        page.All.Select(e => e.LocalName + string.Concat(e.Attributes.Select(a => " " + a.Name + "=" + a.Value))).ToList();

    [TestCaseSource(nameof(Corpus))]
    public void Markup_in_any_field_creates_no_element_or_attribute(string text)
    {
        var expected = TextSafety.Clean(text);
        var hostile = HostileText.Responses(text).ToList();
        var plain = HostileText.Responses("Plain words").ToList();

        for (var i = 0; i < hostile.Count; i++)
        {
            var page = new HtmlParser().ParseDocument(ResponseRenderers.Html.Render(hostile[i]));
            var baseline = new HtmlParser().ParseDocument(ResponseRenderers.Html.Render(plain[i]));

            Assert.That(Structure(page), Is.EqualTo(Structure(baseline)));
            Assert.That(page.QuerySelectorAll("p").Select(p => p.TextContent), Has.Member(expected));
            Assert.That(page.QuerySelector("ol > li")?.TextContent, Is.EqualTo(expected));
            Assert.That(page.Title, Does.StartWith(expected));
        }
    }
}
