using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FoiDsl.Generators;
using FoiDsl.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FoiDsl.Tests.Generator;

public class IncrementalCachingTests
{
    private const string Request = TestCompilation.Usings + """
        [FoiRequest("FOI 1/24")]
        public partial class Tools
        {
            [Question(1)] public const string UsesTools = "Do you use tools?";
            [Question(2)][Exempt(S31)] public const string Names = "Which tools?";
        }
        """;

    private static readonly string[] TrackedSteps = { TrackingNames.Requests, TrackingNames.GeneratableRequests, TrackingNames.AuthorityProfile, TrackingNames.RequestsWithProfile };

    [Test]
    public void Unrelated_edit_leaves_every_step_cached_or_unchanged()
    {
        var (first, second) = RunTwice(c => c.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class Unrelated { }", TestCompilation.ParseOptions)));

        foreach (var step in TrackedSteps)
        {
            var reasons = second.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);
            Assert.That(reasons, Is.All.AnyOf(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged), step);
        }

        var outputs = second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason);
        Assert.That(outputs, Is.All.EqualTo(IncrementalStepRunReason.Cached));
        AssertNoRoslynObjects(first);
    }

    [Test]
    public void Edit_to_a_question_modifies_the_request_step()
    {
        var (_, second) = RunTwice(c =>
        {
            var tree = c.SyntaxTrees.Single();
            var edited = tree.WithChangedText(tree.GetText().Replace(Request.IndexOf("Do you use tools?", StringComparison.Ordinal), 5, "Have you"));
            return c.ReplaceSyntaxTree(tree, edited);
        });

        var reasons = second.TrackedSteps[TrackingNames.Requests].SelectMany(s => s.Outputs).Select(o => o.Reason);
        Assert.That(reasons, Is.EqualTo(new[] { IncrementalStepRunReason.Modified }));
    }

    [Test]
    public void New_request_is_a_new_output()
    {
        var (_, second) = RunTwice(c => c.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            TestCompilation.Usings + "[FoiRequest(\"FOI 2/24\")] public partial class Second { [Question(1)] public const string A = \"A?\"; }",
            TestCompilation.ParseOptions)));

        var reasons = second.TrackedSteps[TrackingNames.GeneratableRequests].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.That(reasons, Does.Contain(IncrementalStepRunReason.New));
        Assert.That(reasons, Does.Contain(IncrementalStepRunReason.Cached).Or.Contain(IncrementalStepRunReason.Unchanged));
    }

    private static (GeneratorRunResult First, GeneratorRunResult Second) RunTwice(Func<Compilation, Compilation> edit)
    {
        var compilation = TestCompilation.Create(Request);
        var driver = TestCompilation.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        driver = driver.RunGenerators(edit(compilation.Clone()));
        return (first, driver.GetRunResult().Results.Single());
    }

    /// <summary>Pipeline values must hold no symbols, syntax or compilations: they would root old compilations and defeat caching.</summary>
    private static void AssertNoRoslynObjects(GeneratorRunResult run)
    {
        foreach (var step in TrackedSteps)
        {
            foreach (var output in run.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                Visit(output.Value, new HashSet<object>(ReferenceEqualityComparer.Instance), step);
            }
        }
    }

    private static void Visit(object? value, HashSet<object> seen, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.That(value, Is.Not.InstanceOf<Compilation>().And.Not.InstanceOf<ISymbol>().And.Not.InstanceOf<SyntaxNode>().And.Not.InstanceOf<SyntaxTree>().And.Not.InstanceOf<Location>(), path);
        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                Visit(item, seen, path + "[]");
            }

            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Visit(field.GetValue(value), seen, path + "." + field.Name);
        }
    }
}
