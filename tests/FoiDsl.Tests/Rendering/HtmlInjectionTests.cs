using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FoiDsl.Rendering;

namespace FoiDsl.Tests.Rendering;

/// <summary>
/// Markup in any user field of any response stays text in the HTML page: parsed as a browser would,
/// the page has exactly the elements and attributes it has for plain words, and the text reads as
/// written. The one element text can bring is a link for a web or email address, and then only to
/// an http, https or mailto target that the link's text shows in full.
/// </summary>
public class HtmlInjectionTests
{
    private static IEnumerable<string> Corpus() => HostileText.Renderable(HostileText.HtmlSyntax.Concat(HostileText.MarkdownSyntax).Concat(HostileText.Controls));

    /// <summary>Each element but links with its attributes' names and values, in document order.</summary>
    private static List<string> Structure(IDocument page) =>
        page.All.Where(e => e.LocalName != "a").Select(e => e.LocalName + string.Concat(e.Attributes.Select(a => " " + a.Name + "=" + a.Value))).ToList();

    /// <summary>True for a link with only an href, to a web or mail address that is its own text.</summary>
    private static bool ShowsWhereItGoes(IElement link)
    {
        var href = link.GetAttribute("href") ?? string.Empty;
        var text = link.TextContent;
        return link.Attributes.Length == 1 && link.Children.Length == 0
            && (href == text && (href.StartsWith("http://", StringComparison.Ordinal) || href.StartsWith("https://", StringComparison.Ordinal))
                || href == "https://" + text || href == "mailto:" + text);
    }

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
            Assert.That(page.QuerySelectorAll("a"), Is.All.Matches<IElement>(ShowsWhereItGoes), () => string.Join("\n", page.QuerySelectorAll("a").Select(a => a.OuterHtml)));
            Assert.That(page.QuerySelectorAll("p").Select(p => p.TextContent), Has.Member(expected));
            Assert.That(page.QuerySelector("ol > li")?.TextContent, Is.EqualTo("Q1. " + expected));
            Assert.That(page.Title, Does.StartWith(expected));
        }
    }

    [TestCaseSource(nameof(Corpus))]
    public void Markup_in_a_letters_applicant_officer_or_marking_creates_no_element_or_attribute(string text)
    {
        var expected = TextSafety.Clean(text);
        var page = new HtmlParser().ParseDocument(new HtmlRenderer(HostileText.LetterLayout(text)).Render(HostileText.Letter(text)));
        var baseline = new HtmlParser().ParseDocument(new HtmlRenderer(HostileText.LetterLayout("Plain words")).Render(HostileText.Letter("Plain words")));

        Assert.That(Structure(page), Is.EqualTo(Structure(baseline)));
        Assert.That(page.QuerySelectorAll("a"), Is.All.Matches<IElement>(ShowsWhereItGoes), () => string.Join("\n", page.QuerySelectorAll("a").Select(a => a.OuterHtml)));
        Assert.That(page.QuerySelector("p.marking")?.TextContent, Is.EqualTo("Marking " + expected));
        Assert.That(page.QuerySelectorAll("p").Select(p => p.TextContent), Has.Member("Dear Name " + expected + ","));
        Assert.That(page.QuerySelectorAll("dd").Select(d => d.TextContent), Has.Member("Ref " + expected));
    }
}
