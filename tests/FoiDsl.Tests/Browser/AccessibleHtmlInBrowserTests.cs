using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using FoiDsl.Rendering;
using Microsoft.Playwright;

namespace FoiDsl.Tests.Browser;

/// <summary>
/// Every sample's HTML page, loaded into headless Chromium with no network, passes axe-core's
/// WCAG 2.2 A and AA rules, and what the page promises holds as the browser sees it: language,
/// one h1 and headings that never skip, question labels as text, addresses as links, print rules.
/// </summary>
public class AccessibleHtmlInBrowserTests
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IBrowserContext? _context;

    private static IEnumerable<string> Samples => BrowserSamples.Pages;

    [OneTimeSetUp]
    public async Task StartBrowser() => (_playwright, _browser) = await BrowserSamples.LaunchAsync();

    [OneTimeTearDown]
    public async Task StopBrowser()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    [TearDown]
    public async Task ClosePage()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
            _context = null;
        }
    }

    /// <summary>A fresh offline page holding the sample's HTML; every request it makes is refused and counted.</summary>
    private async Task<(IPage Page, List<string> Requests)> Open(string sample)
    {
        _context = await _browser!.NewContextAsync(new BrowserNewContextOptions { Offline = true });
        var requests = new List<string>();
        await _context.RouteAsync("**/*", route =>
        {
            requests.Add(route.Request.Url);
            return route.AbortAsync();
        });
        var page = await _context.NewPageAsync();
        await page.SetContentAsync(BrowserSamples.Html(sample));
        return (page, requests);
    }

    [TestCaseSource(nameof(Samples))]
    public async Task Page_has_no_WCAG_2_2_AA_violations(string sample)
    {
        var (page, _) = await Open(sample);

        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });

        Assert.That(result.Violations, Is.Empty, () => Describe(result.Violations));
        Assert.That(result.Passes, Is.Not.Empty, "axe-core ran no rule at all");
    }

    [Test]
    public async Task Axe_finds_violations_in_a_page_that_has_them()
    {
        _context = await _browser!.NewContextAsync(new BrowserNewContextOptions { Offline = true });
        var page = await _context.NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html><head><title>Bad</title></head><body><h1>Bad</h1><p style=\"color:#aaa\">faint</p><a href=\"https://example.org/\"></a></body></html>");

        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });

        Assert.That(result.Violations.Select(v => v.Id), Is.SupersetOf(new[] { "html-has-lang", "color-contrast", "link-name" }), () => Describe(result.Violations));
    }

    [TestCaseSource(nameof(Samples))]
    public async Task Page_loads_nothing(string sample)
    {
        var (page, requests) = await Open(sample);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.That(requests, Is.Empty);
        Assert.That(await page.EvaluateAsync<int>("() => document.querySelectorAll('script, link, img, iframe, object, embed').length"), Is.Zero);
    }

    [TestCaseSource(nameof(Samples))]
    public async Task Page_is_British_English_with_one_h1_and_no_skipped_heading(string sample)
    {
        var (page, _) = await Open(sample);

        var levels = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => Number(h.tagName[1]))");

        Assert.That(await page.EvaluateAsync<string>("() => document.documentElement.lang"), Is.EqualTo("en-GB"));
        Assert.That(await page.TitleAsync(), Is.EqualTo(BrowserSamples.Document(sample).Title));
        Assert.That(levels.Count(level => level == 1), Is.EqualTo(1), string.Join(" ", levels));
        Assert.That(levels[0], Is.EqualTo(1));
        for (var i = 1; i < levels.Length; i++)
        {
            Assert.That(levels[i], Is.LessThanOrEqualTo(levels[i - 1] + 1), $"heading {i + 1} jumps from h{levels[i - 1]} to h{levels[i]}");
        }
    }

    [TestCaseSource(nameof(Samples))]
    public async Task Question_labels_are_text_not_generated_content(string sample)
    {
        // Questions as a list, or each with its answer under it (the letter layout): the label starts the item either way.
        var blocks = BrowserSamples.Document(sample).Blocks;
        var expected = blocks.OfType<QuestionList>().SelectMany(list => list.Questions).Select(q => (q.Label, q.Wording, Answer: (string?)null))
            .Concat(blocks.OfType<AnsweredQuestionList>().SelectMany(list => list.Questions).Select(q => (q.Label, q.Wording, Answer: (string?)q.Answer)))
            .ToList();
        var (page, _) = await Open(sample);

        // The text nodes of each item, as the DOM holds them (generated content is not in the DOM),
        // and what CSS adds before the item or as its marker.
        var items = await page.EvaluateAsync<QuestionItem[]>(
            """
            () => [...document.querySelectorAll('ol.questions > li')].map(li => {
                const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
                let text = '';
                while (walker.nextNode()) text += walker.currentNode.data;
                const marker = getComputedStyle(li, '::marker');
                return {
                    text,
                    spoken: li.innerText,
                    before: getComputedStyle(li, '::before').content,
                    marker: marker.content + ' ' + getComputedStyle(li).listStyleType,
                };
            })
            """);

        Assert.That(items, Has.Length.EqualTo(expected.Count));
        for (var i = 0; i < items.Length; i++)
        {
            var label = expected[i].Label + ".";
            Assert.That(items[i].Text, expected[i].Answer is { } answer
                ? Does.StartWith(label + " ").And.Contain(TextSafety.Clean(expected[i].Wording)).And.EndWith(TextSafety.Clean(answer))
                : Does.StartWith(label + " ").And.EndWith(TextSafety.Clean(expected[i].Wording)));
            Assert.That(items[i].Spoken, Does.StartWith(label));
            Assert.That(items[i].Before, Is.EqualTo("none").Or.EqualTo("normal"));
            Assert.That(items[i].Marker, Does.Not.Contain("Q").And.Not.Contain("counter"));
        }
    }

    [TestCaseSource(nameof(Samples))]
    public async Task Addresses_are_links_showing_where_they_go(string sample)
    {
        var (page, _) = await Open(sample);

        // Text outside links that still reads as a web or email address, with the element holding it.
        // Headings are titles, not references to follow, and questions are the requester's words: an address in either stays text.
        var unlinked = await page.EvaluateAsync<string[]>(
            """
            () => {
                const address = /(https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(\.[\w-]+)+|\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(uk|com|org|net|gov)\b/gi;
                const found = [];
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                    const parent = walker.currentNode.parentElement;
                    if (!parent.closest('a, h1, h2, h3, h4, h5, h6, ol.questions, p.requester')) found.push(...(walker.currentNode.data.match(address) ?? []).map(text => parent.tagName + ': ' + text));
                }
                return found;
            }
            """);
        var links = await page.EvaluateAsync<LinkItem[]>("() => [...document.querySelectorAll('a')].map(a => ({ text: a.textContent, href: a.getAttribute('href'), protocol: a.protocol }))");

        Assert.That(unlinked, Is.Empty);
        Assert.That(links.Select(link => link.Protocol), Is.All.AnyOf("http:", "https:", "mailto:"));
        Assert.That(links, Is.All.Matches<LinkItem>(link => link.Href == link.Text || link.Href == "https://" + link.Text || link.Href == "mailto:" + link.Text), () => string.Join("\n", links.Select(l => l.Text + " -> " + l.Href)));
        if (BrowserSamples.Document(sample).Blocks.OfType<Paragraph>().Any(p => p.Text.Contains("ico.org.uk", StringComparison.Ordinal)))
        {
            Assert.That(links.Select(link => link.Href), Has.Member("https://ico.org.uk"), "the Information Commissioner's website");
        }
    }

    [Test]
    public async Task Review_contact_and_web_addresses_become_the_links_they_name()
    {
        var (page, _) = await Open("AddressesEverywhere");

        var links = await page.EvaluateAsync<LinkItem[]>("() => [...document.querySelectorAll('main > p:last-of-type a')].map(a => ({ text: a.textContent, href: a.href, protocol: a.protocol }))");

        Assert.That(links.Select(link => link.Text + " -> " + link.Href), Is.EqualTo(new[]
        {
            "foi.review@example.police.uk -> mailto:foi.review@example.police.uk",
            "https://www.example.gov.uk/foi/reviews?year=2024&page=2 -> https://www.example.gov.uk/foi/reviews?year=2024&page=2",
            "www.example.org -> https://www.example.org/",
            "ico.org.uk -> https://ico.org.uk/",
        }));
    }

    [TestCaseSource(nameof(Samples))]
    public async Task Page_has_print_rules_that_apply_when_printed(string sample)
    {
        var (page, _) = await Open(sample);

        var printRules = await page.EvaluateAsync<int>(
            "() => [...document.styleSheets].flatMap(sheet => [...sheet.cssRules]).filter(rule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print').reduce((n, rule) => n + rule.cssRules.length, 0)");
        const string mainWidth = "() => getComputedStyle(document.querySelector('main')).maxWidth";
        var onScreen = await page.EvaluateAsync<string>(mainWidth);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var printed = await page.EvaluateAsync<string>(mainWidth);

        Assert.That(printRules, Is.GreaterThan(0), "no @media print rules");
        Assert.That(onScreen, Is.Not.EqualTo("none"));
        Assert.That(printed, Is.EqualTo("none"), "the print rules do not apply when printing");
    }

    /// <summary>Each violation with its rule, impact, help page and every element it was found on.</summary>
    private static string Describe(IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        foreach (var violation in violations)
        {
            text.Append('\n').Append(violation.Id).Append(" (").Append(violation.Impact).Append("): ").Append(violation.Help).Append(" — ").Append(violation.HelpUrl).Append('\n');
            foreach (var node in violation.Nodes)
            {
                text.Append("  at ").Append(node.Target).Append(": ").Append(node.Html).Append('\n');
                foreach (var check in (node.All ?? []).Concat(node.None ?? []).Concat(node.Any ?? []))
                {
                    text.Append("     ").Append(check.Message).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    /// <summary>A question's list item as the browser has it (filled in by Playwright from a script's result).</summary>
    private sealed class QuestionItem
    {
        public string Text { get; set; } = string.Empty;

        public string Spoken { get; set; } = string.Empty;

        public string Before { get; set; } = string.Empty;

        public string Marker { get; set; } = string.Empty;
    }

    /// <summary>A link as the browser has it (filled in by Playwright from a script's result).</summary>
    private sealed class LinkItem
    {
        public string Text { get; set; } = string.Empty;

        public string Href { get; set; } = string.Empty;

        public string Protocol { get; set; } = string.Empty;
    }
}
