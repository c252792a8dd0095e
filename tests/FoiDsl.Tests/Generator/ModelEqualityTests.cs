using FoiDsl.Generators.Model;

namespace FoiDsl.Tests.Generator;

/// <summary>Pipeline models compare by value, so equal declarations hit the cache.</summary>
public class ModelEqualityTests
{
    private static RequestSpec Spec(string wording) => new(
        "Police",
        "Tools",
        new[] { "partial class Requests" }.ToEquatableArray(),
        true,
        "FOI 1/24",
        "Test Police",
        "Tools",
        new ReceivedDate(2024, 1, 2),
        null,
        new[] { new QuestionSpec(1, "UsesTools", wording, 0, new[] { "s31(1)" }.ToEquatableArray(), EquatableArray<string>.Empty, true) }.ToEquatableArray());

    [Test]
    public void Requests_built_separately_from_the_same_values_are_equal()
    {
        var first = Spec("Do you use tools?");
        var second = Spec("Do you use tools?");
        Assert.That(second, Is.Not.SameAs(first));
        Assert.That(second, Is.EqualTo(first));
        Assert.That(second.GetHashCode(), Is.EqualTo(first.GetHashCode()));
    }

    [Test]
    public void A_changed_question_makes_requests_differ()
    {
        Assert.That(Spec("Do you use tools?"), Is.Not.EqualTo(Spec("Have you used tools?")));
    }

    [Test]
    public void Equatable_arrays_compare_by_elements()
    {
        var ab = new[] { "a", "b" }.ToEquatableArray();
        Assert.That(new[] { "a", "b" }.ToEquatableArray(), Is.EqualTo(ab));
        Assert.That(new[] { "a", "b" }.ToEquatableArray(), Is.Not.EqualTo(new[] { "b", "a" }.ToEquatableArray()));
        Assert.That(EquatableArray<string>.Empty, Is.EqualTo(default(EquatableArray<string>)));
    }
}
