using System.Linq;
using FoiDsl.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace FoiDsl.Tests.Generator;

/// <summary>One approved file per generated source, under Snapshots/.</summary>
public class RequestGeneratorSnapshotTests
{
    [Test]
    public void Request_with_qualified_and_prejudice_exemptions()
    {
        VerifyGenerated(nameof(Request_with_qualified_and_prejudice_exemptions), """
            namespace Police.Requests;

            [FoiRequest("FOI 0412/23", Authority = "North Yorkshire Police", Received = "2023-05-02", Title = "Social media monitoring")]
            public partial class SocialMediaMonitoring
            {
                [Question(1)] public const string UsesSocialListening = "Do you use a social listening platform?";
                [Question(2, If = 1)] public const string SocialListeningTools = "If so, what tools do you use?";
                [Question(6, If = 1)][Exempt(S24, S31)] public const string MediaMonitoringTools = "Which month & year does your \"contract\" end?";
            }
            """);
    }

    [Test]
    public void Request_answered_in_full_has_no_exemption_sections()
    {
        VerifyGenerated(nameof(Request_answered_in_full_has_no_exemption_sections), """
            [FoiRequest("FOI 7/24")]
            public partial class FleetSize
            {
                [Question(1)] public const string Vehicles = "How many vehicles do you own?";
            }
            """);
    }

    [Test]
    public void Absolute_class_exemption_gets_no_public_interest_test_or_harm()
    {
        VerifyGenerated(nameof(Absolute_class_exemption_gets_no_public_interest_test_or_harm), """
            namespace Council;

            public static partial class Requests
            {
                [FoiRequest("EIR-55", Received = "not a date")]
                internal partial class OfficerNames
                {
                    [Question(1)][Exempt(S40)] public const string Names = "Name every officer.";
                    [Question(2)] public const string Count = "How many officers are there?";
                }
            }
            """);
    }

    [Test]
    public void Neither_confirmed_nor_denied_question_gets_no_answer_method()
    {
        VerifyGenerated(nameof(Neither_confirmed_nor_denied_question_gets_no_answer_method), """
            [FoiRequest("FOI 12/24", Authority = "Example Police")]
            public partial class CovertAccounts
            {
                [Question(1)] public const string Policy = "Do you have a policy on social media research?";
                [Question(2)][NeitherConfirmNorDeny(S24, "s31(3)")] public const string Accounts = "Do you run covert accounts?";
            }
            """);
    }

    [Test]
    public void Cost_refusal_gets_reasons_and_advice_but_no_answers()
    {
        VerifyGenerated(nameof(Cost_refusal_gets_reasons_and_advice_but_no_answers), """
            [FoiRequest("FOI 15/24")]
            [RefuseRequest(ProceduralGrounds.S12)]
            public partial class DroneEmails
            {
                [Question(1)] public const string Emails = "Send every email that mentions drones.";
            }
            """);
    }

    [Test]
    public void Question_refused_on_cost_gets_no_answer_and_the_cost_sections()
    {
        VerifyGenerated(nameof(Question_refused_on_cost_gets_no_answer_and_the_cost_sections), """
            [FoiRequest("FOI 16/24")]
            public partial class DroneRecords
            {
                [Question(1)] public const string Policy = "Do you have a drone policy?";
                [Question(2)][ExceedsCostLimit] public const string AllIncidents = "List every incident since 2010.";
                [Question(3)][ExceedsCostLimit(Part = "2015 to 2019")] public const string Flights = "Flights per year, 2015 to 2024?";
            }
            """);
    }

    [TestCase("public partial class CostS14 { [Question(1)][ExceedsCostLimit(\"s14(1)\")] public const string A = \"A?\"; }", TestName = "Question refused under s14")]
    [TestCase("public class NotPartial { [Question(1)] public const string Q = \"Q?\"; }", TestName = "Not partial")]
    [TestCase("public partial class Duplicate { [Question(1)] public const string A = \"A?\"; [Question(1)] public const string B = \"B?\"; }", TestName = "Duplicate numbers")]
    [TestCase("public partial class BadCitation { [Question(1)][Exempt(\"s25\")] public const string A = \"A?\"; }", TestName = "Unknown exemption")]
    [TestCase("public partial class Procedural { [Question(1)][Exempt(\"s12(1)\")] public const string A = \"A?\"; }", TestName = "Procedural ground")]
    [TestCase("public partial class NoLimb { [Question(1)][NeitherConfirmNorDeny(\"s21(1)\")] public const string A = \"A?\"; }", TestName = "NCND without a limb")]
    [TestCase("[RefuseRequest(\"s31(1)\")] public partial class RefusedUnderExemption { [Question(1)] public const string A = \"A?\"; }", TestName = "Refused under an exemption")]
    [TestCase("public partial class Generic<T> { [Question(1)] public const string A = \"A?\"; }", TestName = "Generic class")]
    public void Invalid_request_generates_nothing_and_reports_nothing(string declaration)
    {
        var (_, run) = TestCompilation.Generate(TestCompilation.Create(TestCompilation.Usings + "[FoiRequest(\"FOI 9/24\")]\n" + declaration));

        Assert.That(run.GeneratedTrees, Is.Empty);
        Assert.That(run.Diagnostics, Is.Empty);
    }

    private static void VerifyGenerated(string name, string source)
    {
        var (output, run) = TestCompilation.Generate(TestCompilation.Create(TestCompilation.Usings + source));

        Assert.That(run.Diagnostics, Is.Empty, "the generator never reports");
        var errors = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.That(errors, Is.Empty, "the generated code compiles without warnings");
        var result = run.Results.Single();
        Assert.That(result.GeneratedSources, Has.Length.EqualTo(1));
        var generated = result.GeneratedSources[0];
        Snapshot.Verify(name, "//HintName: " + generated.HintName + "\n" + generated.SourceText);
    }
}
