using System.Threading.Tasks;
using FoiDsl.Generators.Rules;
using Microsoft.CodeAnalysis.Testing;
using Metadata = FoiDsl.Tests.TestSupport.RuleTest<FoiDsl.Generators.Rules.InvalidRequestMetadataAnalyzer>;

namespace FoiDsl.Tests.Rules;

public class InvalidRequestMetadataTests
{
    private const string DateFix = "write the date the request was received as year-month-day, e.g. \"2023-05-02\"";

    [TestCase("\"\"")]
    [TestCase("\"   \"")]
    public Task Empty_reference_is_reported_at_the_reference(string reference) =>
        Metadata.Check($$"""
            [FoiRequest({|#0:{{reference}}|})]
            public partial class Drones
            {
                [Question(1)] public const string Uses = "Do you use drones?";
            }
            """,
            new DiagnosticResult(InvalidRequestMetadataAnalyzer.Rule).WithLocation(0)
                .WithArguments("The reference of Drones is empty", "give the reference the request was logged under, e.g. \"FOI 0412/23\", so the requester can quote it"));

    [TestCase("2023-02-30")]
    [TestCase("02/05/2023")]
    [TestCase("2023-5-2")]
    [TestCase("")]
    [TestCase("yesterday")]
    public Task Received_that_is_not_a_real_date_is_reported_at_the_argument(string received) =>
        Metadata.Check($$"""
            [FoiRequest("FOI 16/24", {|#0:Received = "{{received}}"|})]
            public partial class Drones
            {
                [Question(1)] public const string Uses = "Do you use drones?";
            }
            """,
            new DiagnosticResult(InvalidRequestMetadataAnalyzer.Rule).WithLocation(0)
                .WithArguments($"Received = \"{received}\" is not a real date written yyyy-MM-dd", DateFix));

    [Test]
    public Task Both_problems_are_reported() =>
        Metadata.Check("""
            [FoiRequest({|FOI0016:""|}, Authority = "Example Police", {|FOI0016:Received = "2023-13-01"|})]
            public partial class Drones
            {
                [Question(1)] public const string Uses = "Do you use drones?";
            }
            """);

    [TestCase("2024-02-29")]
    [TestCase("2023-05-02")]
    public Task Valid_metadata_is_clean(string received) =>
        Metadata.Check($$"""
            [FoiRequest("FOI 16/24", Authority = "Example Police", Received = "{{received}}")]
            public partial class Drones
            {
                [Question(1)] public const string Uses = "Do you use drones?";
            }
            """);

    [Test]
    public Task Omitted_received_date_is_clean() =>
        Metadata.Check("""
            [FoiRequest("FOI 16/24")]
            public partial class Drones
            {
                [Question(1)] public const string Uses = "Do you use drones?";
            }
            """);
}
