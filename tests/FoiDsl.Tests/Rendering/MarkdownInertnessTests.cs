using System.Collections.Generic;
using System.Linq;
using System.Text;
using FoiDsl.Rendering;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FoiDsl.Tests.Rendering;

/// <summary>
/// Markdown syntax in any user field stays literal text under CommonMark and under Markdig's
/// advanced extensions (GFM tables, task lists, autolinks of bare addresses, footnotes, emphasis
/// extras, maths, custom containers, attributes …): the document has exactly the elements it has
/// for plain words, and the text reads as written.
/// </summary>
public class MarkdownInertnessTests
{
    private const string Baseline = "Plain words";

    private static readonly Dictionary<string, MarkdownPipeline> Pipelines = new()
    {
        ["CommonMark"] = new MarkdownPipelineBuilder().Build(),
        ["Advanced"] = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build(),
    };

    private static IEnumerable<TestCaseData> Cases() =>
        from text in HostileText.Renderable(HostileText.MarkdownSyntax.Concat(HostileText.HtmlSyntax))
        from pipeline in Pipelines.Keys
        select new TestCaseData(text, pipeline).SetArgDisplayNames(pipeline, text.Replace("\n", "\\n", System.StringComparison.Ordinal));

    /// <summary>Every block and inline except literal text, with any attributes other than a heading's generated id.</summary>
    private static List<string> Structure(MarkdownDocument document)
    {
        var shape = new List<string>();
        foreach (var node in document.Descendants())
        {
            if (node is LiteralInline)
            {
                continue;
            }

            var attributes = node.TryGetAttributes();
            var extra = attributes is null ? string.Empty
                : string.Join(" ", (attributes.Classes ?? new List<string>()).Concat((attributes.Properties ?? new List<KeyValuePair<string, string?>>()).Select(p => p.Key)));
            shape.Add(node.GetType().Name + (extra.Length > 0 ? "{" + extra + "}" : string.Empty));
        }

        return shape;
    }

    /// <summary>The literal text of each leaf block, escapes resolved.</summary>
    private static List<string> LeafTexts(MarkdownDocument document) =>
        document.Descendants<LeafBlock>()
            .Where(b => b.Inline is not null)
            .Select(b => string.Concat(b.Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString())))
            .ToList();

    private static MarkdownDocument Parse(FoiResponse response, string pipeline) =>
        Markdown.Parse(new MarkdownRenderer().Render(response), Pipelines[pipeline]);

    [TestCaseSource(nameof(Cases))]
    public void Markdown_syntax_in_any_field_prints_as_literal_text(string text, string pipeline)
    {
        var expected = TextSafety.Clean(text);
        var hostile = HostileText.Responses(text).ToList();
        var plain = HostileText.Responses(Baseline).ToList();

        for (var i = 0; i < hostile.Count; i++)
        {
            var document = Parse(hostile[i], pipeline);

            Assert.That(Structure(document), Is.EqualTo(Structure(Parse(plain[i], pipeline))), "no element may come from user text");
            var leaves = LeafTexts(document);
            Assert.That(leaves, Has.Member(expected), "a paragraph holding only the user text reads as written");
            Assert.That(leaves, Has.Member("Q1. " + expected), "the question reads as written");
            Assert.That(leaves.Single(t => t.StartsWith("Authority: ", System.StringComparison.Ordinal)), Is.EqualTo("Authority: Authority " + expected));
        }
    }

    [Test]
    public void Escape_leaves_ordinary_prose_readable()
    {
        Assert.That(
            MarkdownRenderer.Escape("Yes, the force's budget (2023/24) is held by ICT; see section 2.1 - what else?"),
            Is.EqualTo("Yes, the force's budget (2023/24) is held by ICT; see section 2.1 - what else?"));
    }

    [Test]
    public void Escape_breaks_bare_addresses_so_GFM_does_not_link_them()
    {
        Assert.That(MarkdownRenderer.Escape("see www.example.com or https://example.com or a@b.co"), Is.EqualTo("see www\\.example.com or https\\://example.com or a\\@b.co"));
    }

    [TestCaseSource(nameof(Cases))]
    public void Markdown_syntax_in_a_letters_applicant_officer_or_marking_prints_as_literal_text(string text, string pipeline)
    {
        var expected = TextSafety.Clean(text);
        MarkdownDocument Letter(string words) => Markdown.Parse(new MarkdownRenderer(HostileText.LetterLayout(words)).Render(HostileText.Letter(words)), Pipelines[pipeline]);

        var document = Letter(text);

        Assert.That(Structure(document), Is.EqualTo(Structure(Letter(Baseline))), "no element may come from user text");
        var leaves = LeafTexts(document);
        Assert.That(leaves, Has.Member("Marking " + expected));
        Assert.That(leaves, Has.Member("Dear Name " + expected + ","));
        Assert.That(leaves, Has.Some.Contains("Ref " + expected));
    }
}
