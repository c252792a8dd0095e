using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace FoiDsl.Rendering;

/// <summary>
/// Writes the estimate behind a refusal under s12 FOIA: what the limit is and where it comes from
/// (Fees Regulations 2004 reg 3 and 4(4)), each activity counted (reg 4(3)) with its records and
/// minutes, the total against the limit, and any requests costed together (reg 5).
/// </summary>
internal static class CostEstimateText
{
    /// <summary>The blocks describing <paramref name="response"/>'s cost estimate; none when it has none.</summary>
    public static IEnumerable<DocumentBlock> Blocks(FoiResponse response)
    {
        if (response.CostEstimate is not { } estimate || response.Request.CostGround is not { } ground)
        {
            yield break;
        }

        var limit = estimate.Limit;
        yield return new Heading(3, "Cost Estimate");
        yield return new Paragraph(Basis(ground, limit) + " " + Limit(limit));

        if (estimate.AggregatedWith.Count > 0)
        {
            yield return new Paragraph(Aggregation(estimate.AggregatedWith));
        }

        foreach (var line in estimate.Lines)
        {
            yield return new Paragraph(Line(line));
        }

        yield return new Paragraph(
            $"Estimated total: {CostEstimateFigures.Hours(estimate.TotalHours)} ({CostEstimateFigures.Pounds(estimate.TotalCost)}), "
            + $"against the {limit.Name} of {CostEstimateFigures.Hours(limit.Hours)} ({CostEstimateFigures.Pounds(limit.Pounds)}).");
    }

    /// <summary>What s12(1) or s12(2) allows: refusing to communicate, or even to confirm or deny.</summary>
    internal static string Basis(ExemptionClaim ground, AppropriateLimit limit) => ground.Citation == RegimeDefinition.For(ground.Regime).CostNeitherConfirmNorDeny
        ? "Section 12(2) of the Freedom of Information Act 2000 means we do not have to confirm or deny whether we hold the information you asked for where we estimate that the cost of confirming or denying alone would exceed the appropriate limit. Only the time it would take to determine whether the information is held may be counted (regulation 4(3)(a) of the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004). This notice does not confirm or deny that the information is held."
        : limit.Basis;

    /// <summary>The limit, its regulation and the hourly rate.</summary>
    internal static string Limit(AppropriateLimit limit) =>
        $"For {limit.AppliesTo} the {limit.Name} is {CostEstimateFigures.Pounds(limit.Pounds)} ({limit.Provision}); "
        + $"staff time is costed at {limit.RateWording.Replace("{rate}", CostEstimateFigures.Pounds(limit.HourlyRate))}, "
        + $"so the limit is {CostEstimateFigures.Hours(limit.Hours)} of work.";

    /// <summary>The regulation 5 statement naming the requests costed together.</summary>
    internal static string Aggregation(IReadOnlyList<string> references) =>
        $"Under regulation 5 of the Regulations, this request has been costed together with {(references.Count == 1 ? "request" : "requests")} {Prose.List(references)}: "
        + "requests for the same or similar information, made by one person or by people who appear to be acting in concert or in pursuance of a campaign, "
        + "and received within 60 consecutive working days.";

    /// <summary>One line of the breakdown, e.g. "Extracting the information – read each file: 400 records × 5 minutes each = 33.33 hours."</summary>
    internal static string Line(CostLine line)
    {
        var activity = CostEstimateFigures.ActivityName(line.Activity);
        var what = char.ToUpperInvariant(activity[0]) + activity.Substring(1) + " – " + Prose.Tidy(line.Description).TrimEnd('.');
        var hours = CostEstimateFigures.Hours(line.Hours);
        return line is { Records: { } records, MinutesEach: { } minutes }
            ? $"{what}: {records.ToString("#,0", CultureInfo.InvariantCulture)} {(records == 1 ? "record" : "records")} × {minutes.ToString("0.##", CultureInfo.InvariantCulture)} {(minutes == 1m ? "minute" : "minutes")} each = {hours}."
            : $"{what}: {hours}.";
    }
}
