using System.Linq;
using System.Text;
using FoiDsl.Hosting;
using FoiDsl.Rendering;
using FoiDsl.Tests.Rendering.Word;
using static FoiDsl.Tests.Rendering.RenderingFixtures;

namespace FoiDsl.Tests.Hosting;

public class DocumentFormatsTests
{
    [Test]
    public void The_host_writes_the_text_formats_then_Word()
    {
        Assert.That(DocumentFormats.All.Select(f => f.Name), Is.EqualTo(new[] { "markdown", "html", "text", "docx" }));
        Assert.That(DocumentFormats.All.Select(f => f.FileExtension), Is.EqualTo(new[] { ".md", ".html", ".txt", ".docx" }));
        Assert.That(DocumentFormats.All.Select(f => f.FileExtension).Select(e => FileNames.FromReference("FOI 1", e)), Is.Unique, "every extension is one FileNames accepts");
    }

    [Test]
    public void A_text_format_is_its_renderer_output_in_UTF8_without_a_byte_order_mark()
    {
        var response = SocialMediaMonitoring();

        foreach (var renderer in ResponseRenderers.All)
        {
            var bytes = new TextFormat(renderer).Render(response);
            Assert.That(bytes, Is.EqualTo(new UTF8Encoding(false).GetBytes(renderer.Render(response))), renderer.Format);
            Assert.That(bytes.Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        }
    }

    [Test]
    public void The_Word_format_is_a_valid_docx()
    {
        WordPackage.AssertValid(new WordFormat().Render(SocialMediaMonitoring()), "Word format");
    }
}
