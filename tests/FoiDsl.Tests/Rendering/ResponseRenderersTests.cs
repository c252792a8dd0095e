using System.Globalization;
using System.Linq;
using FoiDsl.Rendering;
using static FoiDsl.Tests.Rendering.RenderingFixtures;

namespace FoiDsl.Tests.Rendering;

public class ResponseRenderersTests
{
    private static readonly IResponseRenderer[] Renderers = ResponseRenderers.All.ToArray();

    [Test]
    public void There_is_one_renderer_per_format()
    {
        Assert.That(Renderers.Select(r => r.Format), Is.EqualTo(new[] { "markdown", "html", "text" }));
        Assert.That(Renderers.Select(r => r.FileExtension), Is.EqualTo(new[] { ".md", ".html", ".txt" }));
    }

    [TestCase("HTML", typeof(HtmlRenderer))]
    [TestCase("markdown", typeof(MarkdownRenderer))]
    [TestCase(" text ", typeof(PlainTextRenderer))]
    public void A_renderer_is_found_by_its_format(string format, System.Type expected)
    {
        Assert.That(ResponseRenderers.ForFormat(format), Is.InstanceOf(expected));
    }

    [Test]
    public void An_unknown_format_finds_nothing()
    {
        Assert.That(ResponseRenderers.ForFormat("pdf"), Is.Null);
    }

    [TestCaseSource(nameof(Renderers))]
    public void Output_uses_newlines_and_ends_with_exactly_one(IResponseRenderer renderer)
    {
        var output = renderer.Render(SocialMediaMonitoring("A question\r\nsplit over\tlines?"));

        Assert.That(output, Does.Not.Contain("\r"));
        Assert.That(output, Does.EndWith("\n"));
        Assert.That(output, Does.Not.EndWith("\n\n"));
    }

    [TestCaseSource(nameof(Renderers))]
    public void Output_is_the_same_every_time(IResponseRenderer renderer)
    {
        var first = renderer.Render(SocialMediaMonitoring());
        var second = renderer.Render(SocialMediaMonitoring());

        Assert.That(second, Is.EqualTo(first));
    }

    [TestCaseSource(nameof(Renderers))]
    public void Output_does_not_depend_on_the_current_culture(IResponseRenderer renderer)
    {
        var english = renderer.Render(SocialMediaMonitoring());
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
            Assert.That(renderer.Render(SocialMediaMonitoring()), Is.EqualTo(english).And.Contains("2 May 2023"));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
