using System;
using System.IO;
using System.Linq;
using FoiDsl.CodeFixes;
using FoiDsl.Tests.TestSupport;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FoiDsl.Tests.CodeFixes;

/// <summary>Every code fix fixes real rules, supports Fix All and is named on its rules' pages.</summary>
public class CodeFixCatalogueTests
{
    private static readonly CodeFixProvider[] Fixes = typeof(MakeRequestPartialCodeFix).Assembly.GetTypes()
        .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract)
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
        .ToArray();

    [Test]
    public void There_are_fixes_for_the_scaffolded_and_mechanical_rules()
    {
        var fixedIds = Fixes.SelectMany(f => f.FixableDiagnosticIds).Distinct().OrderBy(id => id);

        Assert.That(fixedIds, Is.EqualTo(new[] { "FOI0001", "FOI0002", "FOI0003", "FOI0004", "FOI0005", "FOI0006", "FOI0007", "FOI0009", "FOI0021", "FOI0031", "FOI0032" }));
    }

    [Test]
    public void Every_fix_targets_real_rules_supports_fix_all_and_is_named_on_the_rule_page()
    {
        var ruleIds = TestCompilation.AllRules.SelectMany(r => r.SupportedDiagnostics).Select(d => d.Id).ToHashSet();
        Assert.Multiple(() =>
        {
            foreach (var fix in Fixes)
            {
                Assert.That(fix.GetFixAllProvider(), Is.Not.Null, fix.GetType().Name);
                foreach (var id in fix.FixableDiagnosticIds)
                {
                    Assert.That(ruleIds, Does.Contain(id), fix.GetType().Name);
                    Assert.That(File.ReadAllText(RepositoryPaths.File("docs", "rules", id + ".md")), Does.Contain("code fix").IgnoreCase, id);
                }
            }
        });
    }
}
