using System.Threading.Tasks;
using FoiDsl.CodeFixes;
using FoiDsl.Generators.Rules;
using FoiDsl.Tests.TestSupport;

namespace FoiDsl.Tests.CodeFixes;

public class RemovePublicInterestTestCodeFixTests
{
    private const string Request = """
        [FoiRequest("FOI 9/24")]
        public partial class Enforcement
        {
            [Question(1)][Exempt(S31)] public const string Operations = "Which premises?";
            [Question(2)][Exempt(S21, S40)] public const string Officers = "Which officers?";
        }

        """;

    [Test]
    public Task Call_on_its_own_lines_is_removed_with_its_lines() =>
        new FixTest<AbsoluteExemptionPublicInterestTestAnalyzer, RemovePublicInterestTestCodeFix>(
            Request + """
            public static class Response
            {
                public static FoiResponse Write() => Enforcement.Respond()
                    .EvidenceOfHarm([S31], HarmLikelihood.Would, "Harm.")
                    .PublicInterestTest(S31, ["For."], ["Against."])
                    .PublicInterestTest(
                        {|FOI0009:S40|},
                        favouringDisclosure:
                        [
                            "Accountability of staff.",
                        ],
                        favouringNonDisclosure: ["Officers' privacy."])
                    .BalanceTest("Withhold.")
                    .Build();
            }
            """,
            Request + """
            public static class Response
            {
                public static FoiResponse Write() => Enforcement.Respond()
                    .EvidenceOfHarm([S31], HarmLikelihood.Would, "Harm.")
                    .PublicInterestTest(S31, ["For."], ["Against."])
                    .BalanceTest("Withhold.")
                    .Build();
            }
            """).RunAsync();

    [Test]
    public Task Call_inside_a_one_line_chain_is_cut_out() =>
        new FixTest<AbsoluteExemptionPublicInterestTestAnalyzer, RemovePublicInterestTestCodeFix>(
            Request + """
            public static class Response
            {
                public static FoiResponse Write() => Enforcement.Respond().PublicInterestTest({|FOI0009:"s21(1)"|}, ["For."], ["Against."]).Build();
            }
            """,
            Request + """
            public static class Response
            {
                public static FoiResponse Write() => Enforcement.Respond().Build();
            }
            """).RunAsync();

    [Test]
    public Task Fix_all_removes_neighbouring_calls_and_a_statement_on_a_local_builder() =>
        new FixTest<AbsoluteExemptionPublicInterestTestAnalyzer, RemovePublicInterestTestCodeFix>(
            Request + """
            public static class Response
            {
                public static FoiResponse Fluent() => Enforcement.Respond()
                    .PublicInterestTest(S31, ["For."], ["Against."])
                    .PublicInterestTest({|FOI0009:S21|}, ["For."], ["Against."])
                    .PublicInterestTest({|FOI0009:S40|}, ["For."], ["Against."])
                    .Build();

                public static FoiResponse Local()
                {
                    var builder = Enforcement.Respond();
                    builder.PublicInterestTest({|FOI0009:S40|}, ["For."], ["Against."]);
                    return builder.Build();
                }
            }
            """,
            Request + """
            public static class Response
            {
                public static FoiResponse Fluent() => Enforcement.Respond()
                    .PublicInterestTest(S31, ["For."], ["Against."])
                    .Build();

                public static FoiResponse Local()
                {
                    var builder = Enforcement.Respond();
                    return builder.Build();
                }
            }
            """).RunAsync();
}
