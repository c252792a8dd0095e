using System.Threading.Tasks;
using FoiDsl.CodeFixes;
using FoiDsl.Generators.Rules;
using FoiDsl.Tests.TestSupport;

namespace FoiDsl.Tests.CodeFixes;

public class AddEvidenceOfHarmCodeFixTests
{
    private const string Request = """
        [FoiRequest("FOI 3/24")]
        public partial class Enforcement
        {
            [Question(1)][Exempt(S26, S31)] public const string Operations = "Which premises will be inspected?";
        }

        """;

    [Test]
    public Task Evidence_skeleton_is_added_for_every_prejudice_based_exemption_once() =>
        new FixTest<MissingEvidenceOfHarmAnalyzer, AddEvidenceOfHarmCodeFix>(
            Request + """
            public static class Response
            {
                public static FoiResponse Write() =>
                    Enforcement.Respond()
                        .{|FOI0003:{|FOI0003:Build|}|}();
            }
            """,
            Request + """
            public static class Response
            {
                public static FoiResponse Write() =>
                    Enforcement.Respond()
                        .EvidenceOfHarm([S26], Placeholder.Text("the harm disclosure would cause to the interests protected by s26(1)"))
                        .EvidenceOfHarm([S31], Placeholder.Text("the harm disclosure would cause to the interests protected by s31(1)"))
                        .Build();
            }
            """).RunAsync();

    [Test]
    public Task Only_the_exemption_without_evidence_gets_a_skeleton_inline() =>
        new FixTest<MissingEvidenceOfHarmAnalyzer, AddEvidenceOfHarmCodeFix>(
            Request + """
            public static class Response
            {
                public static FoiResponse Write() => Enforcement.Respond().EvidenceOfHarm([S26], HarmLikelihood.Would, "Harm.").{|FOI0003:Build|}();
            }
            """,
            Request + """
            public static class Response
            {
                public static FoiResponse Write() => Enforcement.Respond().EvidenceOfHarm([S26], HarmLikelihood.Would, "Harm.").EvidenceOfHarm([S31], Placeholder.Text("the harm disclosure would cause to the interests protected by s31(1)")).Build();
            }
            """).RunAsync();

    [Test]
    public Task Names_are_qualified_where_the_usings_do_not_reach() =>
        new FixTest<MissingEvidenceOfHarmAnalyzer, AddEvidenceOfHarmCodeFix>(
            Request + """
            namespace Other
            {
                using Exemptions = System.String;
                using HarmLikelihood = System.String;
                using Placeholder = System.String;

                public static class Response
                {
                    public static FoiDsl.FoiResponse Write() => Enforcement.Respond().EvidenceOfHarm([FoiDsl.Exemptions.S26], FoiDsl.HarmLikelihood.Would, "Harm.").{|FOI0003:Build|}();
                }
            }
            """,
            Request + """
            namespace Other
            {
                using Exemptions = System.String;
                using HarmLikelihood = System.String;
                using Placeholder = System.String;

                public static class Response
                {
                    public static FoiDsl.FoiResponse Write() => Enforcement.Respond().EvidenceOfHarm([FoiDsl.Exemptions.S26], FoiDsl.HarmLikelihood.Would, "Harm.").EvidenceOfHarm([S31], FoiDsl.Placeholder.Text("the harm disclosure would cause to the interests protected by s31(1)")).Build();
                }
            }
            """).RunAsync();
}
