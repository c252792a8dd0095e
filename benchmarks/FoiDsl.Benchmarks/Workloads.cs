using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FoiDsl.Benchmarks;

/// <summary>One source file of a generated consumer.</summary>
/// <param name="Path">The file's path in the compilation.</param>
/// <param name="Text">The C# text.</param>
internal sealed record SourceFile(string Path, string Text);

/// <summary>
/// The consumers compiled: FoiDsl requests of ten questions each with their responses, written as a
/// user writes them (docs/dsl.md), and the peer, Microsoft's LoggerMessage methods.
/// </summary>
internal static class Workloads
{
    /// <summary>The file an unrelated edit changes.</summary>
    public const string UnrelatedPath = "Unrelated.cs";

    /// <summary>The file of the first request, which the request edit changes.</summary>
    public const string FirstRequestPath = "Requests/Request0.cs";

    /// <summary>Text in <see cref="FirstRequestPath"/> that the request edit rewrites.</summary>
    public const string EditedWording = "What is the annual budget?";

    /// <summary>
    /// <paramref name="requests"/> requests of ten questions: answered questions with Yes/No conditions
    /// (If, IfNot), one not held, a qualified exemption claimed alone and with another (s24, s31), an absolute
    /// one (s21), and a question neither confirmed nor denied (s24(2)). One response in four builds on a
    /// local variable, the others in one fluent chain.
    /// </summary>
    public static List<SourceFile> FoiConsumer(int requests)
    {
        var files = new List<SourceFile>
        {
            new("Authority.cs", "using FoiDsl;\n\n[assembly: FoiAuthority(\"Example Police\", ReviewAddress = \"Freedom of Information, Example Police, 1 High Street, Exampleton EX1 1AA\")]\n"),
            new(UnrelatedPath, Unrelated(0)),
        };

        for (var i = 0; i < requests; i++)
        {
            files.Add(new SourceFile("Requests/Request" + i.ToString(CultureInfo.InvariantCulture) + ".cs", Request(i)));
            files.Add(new SourceFile("Responses/Request" + i.ToString(CultureInfo.InvariantCulture) + "Response.cs", Response(i)));
        }

        return files;
    }

    /// <summary>The file no request depends on, with <paramref name="version"/> in a method body.</summary>
    public static string Unrelated(int version) =>
        "namespace Bench;\n\npublic static class Unrelated\n{\n    public static int Version() => " + version.ToString(CultureInfo.InvariantCulture) + ";\n}\n";

    private static string Namespace(int i) => "Bench.Group" + (i / 100).ToString(CultureInfo.InvariantCulture);

    private static string Request(int i)
    {
        var n = i.ToString(CultureInfo.InvariantCulture);
        return $$"""
            using FoiDsl;
            using static FoiDsl.Exemptions;

            namespace {{Namespace(i)}};

            [FoiRequest("FOI {{n}}/26", Received = "2026-01-05", Title = "Drones and air support {{n}}")]
            public static partial class Request{{n}}
            {
                [Question(1)] public const string UsesDrones = "Does the force use drones?";
                [Question(2, If = 1)] public const string DroneCount = "If so, how many does it own?";
                [Question(3, IfNot = 1)] public const string DronePlans = "If not, does it plan to buy any?";
                [Question(4)] public const string Budget = "{{EditedWording}}";
                [Question(5)][Exempt(S31)] public const string Tactics = "Which tactics are drones used for?";
                [Question(6)][Exempt(S24, S31)] public const string Suppliers = "Who supplies the drones and their software?";
                [Question(7)][Exempt(S21)] public const string AnnualReport = "Please send the latest annual report of the drone unit.";
                [Question(8)][NeitherConfirmNorDeny(S24)] public const string Covert = "Were drones flown over the protest on 8 June?";
                [Question(9)] public const string BudgetHolder = "Who holds the budget?";
                [Question(10)] public const string HelicopterHours = "How many hours did the police helicopter fly over the county?";
            }

            """;
    }

    private static string Response(int i)
    {
        var n = i.ToString(CultureInfo.InvariantCulture);
        var calls = new StringBuilder();
        foreach (var call in ResponseCalls)
        {
            calls.Append(i % 4 == 3 ? "        response." + call + ";\n" : "            ." + call + "\n");
        }

        var body = i % 4 == 3
            ? "    {\n        var response = Request" + n + ".Respond();\n" + calls + "        return response.Build();\n    }\n"
            : "        => Request" + n + ".Respond()\n" + calls + "            .Build();\n";
        return $$"""
            using FoiDsl;
            using static FoiDsl.Answer;
            using static FoiDsl.Exemptions;

            namespace {{Namespace(i)}};

            public static class Request{{n}}Response
            {
                [ResponseTo(typeof(Request{{n}}))]
                public static FoiResponse Write()
            {{body}}}

            """;
    }

    private static readonly string[] ResponseCalls =
    {
        "RespondedOn(new System.DateTime(2026, 1, 20))",
        "ExtentOfSearches(\"The Air Support Unit searched its flight logs and the Finance department its budget records.\")",
        "Decision(\"Some of the information is given below; the rest is withheld, as explained.\")",
        "UsesDrones(Yes)",
        "DroneCount(\"Fourteen drones.\")",
        "DronePlans(NotApplicable)",
        "Budget(\"£120,000 a year.\")",
        "BudgetHolder(\"The Chief Finance Officer.\")",
        "HelicopterHours(NotHeldBecause(\"The National Police Air Service keeps the helicopter's flight records.\"))",
        "AdviceAndAssistance(\"You may wish to ask the National Police Air Service for the helicopter's hours.\")",
        "ReasonablyAccessible(\"The annual report is published on the force's web site.\", \"https://police.example/reports\")",
        "EvidenceOfHarm([S24, S31], HarmLikelihood.Would, \"Naming the tactics and suppliers would show offenders where the force's capabilities lie.\", \"Suppliers would become targets for attack.\")",
        "EvidenceOfHarm([\"s24(2)\"], \"Confirming or denying covert flights at one protest and not another would show which events attract attention.\")",
        "PublicInterestTest(S24, favouringDisclosure: [\"Openness about how the force uses drones.\"], favouringNonDisclosure: [\"Protecting national security.\"])",
        "PublicInterestTest(S31, favouringDisclosure: [\"Accountability for public money.\"], favouringNonDisclosure: [\"Keeping law enforcement tactics effective.\"])",
        "PublicInterestTest(\"s24(2)\", favouringDisclosure: [\"Assurance about the policing of protest.\"], favouringNonDisclosure: [\"Not revealing where covert tactics are used.\"])",
        "BalanceTest(\"There is a real interest in openness about drones.\", \"It is outweighed by the interest in keeping operations and national security safe.\")",
    };

    /// <summary>
    /// <paramref name="methods"/> LoggerMessage methods, ten to a class, as Microsoft's documentation
    /// writes them: an event id, a level, a message template and typed parameters.
    /// </summary>
    public static List<SourceFile> LoggerConsumer(int methods)
    {
        var files = new List<SourceFile>();
        for (var c = 0; c * 10 < methods; c++)
        {
            var text = new StringBuilder();
            text.Append("using System;\nusing Microsoft.Extensions.Logging;\n\nnamespace Bench.Logging")
                .Append((c / 10).ToString(CultureInfo.InvariantCulture))
                .Append(";\n\npublic static partial class Log").Append(c.ToString(CultureInfo.InvariantCulture)).Append("\n{\n");
            for (var m = 0; m < 10 && c * 10 + m < methods; m++)
            {
                var id = (c * 10 + m).ToString(CultureInfo.InvariantCulture);
                text.Append((m % 3) switch
                {
                    0 => $"    [LoggerMessage(EventId = {id}, Level = LogLevel.Information, Message = \"Request {{RequestId}} received from {{Requester}} on {{Received}}\")]\n    public static partial void Received{id}(ILogger logger, int requestId, string requester, DateTime received);\n\n",
                    1 => $"    [LoggerMessage(EventId = {id}, Level = LogLevel.Warning, Message = \"Response {{Reference}} is late by {{Days}} days\")]\n    public static partial void Late{id}(ILogger logger, string reference, int days);\n\n",
                    _ => $"    [LoggerMessage(EventId = {id}, Level = LogLevel.Error, Message = \"Rendering {{Reference}} failed\")]\n    public static partial void Failed{id}(ILogger logger, Exception exception, string reference);\n\n",
                });
            }

            text.Append("}\n");
            files.Add(new SourceFile("Logging/Log" + c.ToString(CultureInfo.InvariantCulture) + ".cs", text.ToString()));
        }

        return files;
    }
}
