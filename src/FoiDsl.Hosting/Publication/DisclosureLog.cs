using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FoiDsl.Hosting.Publication;

/// <summary>
/// One entry of a disclosure log: what an authority publishes about a response it sent. Built only
/// from a <see cref="FoiResponse"/>, which holds no applicant, so no entry can name one; it holds
/// no withheld text either, since the model never has any. The schema is documented in
/// <c>docs/disclosure-log.md</c>.
/// </summary>
/// <param name="Reference">The authority's reference.</param>
/// <param name="Title">The response's title.</param>
/// <param name="Authority">The authority, when known.</param>
/// <param name="Regime">The access regime the request was answered under.</param>
/// <param name="Received">The date of receipt, when known.</param>
/// <param name="Due">The due date (extended under s10(3) when it was), when known.</param>
/// <param name="Extended">True when the time was extended under s10(3).</param>
/// <param name="Responded">The date of the response, when known.</param>
/// <param name="Late">True when sent after the due date; null when the dates are not known.</param>
/// <param name="Outcome">The outcome category (see <see cref="OutcomeCategories"/>).</param>
/// <param name="Exemptions">The exemptions and procedural grounds cited, e.g. <c>s31(1)</c>, <c>s12(1)</c>.</param>
/// <param name="Files">The file names of the published copies.</param>
public sealed record DisclosureLogEntry(
    string Reference,
    string Title,
    string? Authority,
    string Regime,
    DateTime? Received,
    DateTime? Due,
    bool Extended,
    DateTime? Responded,
    bool? Late,
    string Outcome,
    IReadOnlyList<string> Exemptions,
    IReadOnlyList<string> Files)
{
    /// <summary>The entry for <paramref name="response"/>, with the file names its published copies were written to.</summary>
    public static DisclosureLogEntry For(FoiResponse response, IEnumerable<string>? files = null)
    {
        if (response is null)
        {
            throw new ArgumentNullException(nameof(response));
        }

        var request = response.Request;
        var timeliness = response.Timeliness;
        return new DisclosureLogEntry(
            request.Reference,
            request.Title,
            request.Authority,
            string.Join(" and ", request.Regimes.Select(r => RegimeDefinition.For(r).ShortTitle)),
            request.Received,
            request.DueDate,
            request.Extension is not null && timeliness?.ExtendedDueDate is not null,
            response.RespondedOn,
            timeliness is { IsJudged: true } ? timeliness.IsLate : null,
            OutcomeCategories.Of(response),
            OutcomeCategories.Grounds(response),
            (files ?? Array.Empty<string>()).Select(Path.GetFileName).Where(f => !string.IsNullOrEmpty(f)).Select(f => f!).ToArray());
    }
}

/// <summary>Writes a disclosure log as JSON (an array of entries) or CSV (RFC 4180).</summary>
public static class DisclosureLog
{
    /// <summary>The CSV columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = new[]
    {
        "reference", "title", "authority", "regime", "received", "due", "extended", "responded", "late", "outcome", "exemptions", "files",
    };

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The log as a JSON array, dates as <c>yyyy-MM-dd</c>, in the order given; ends with a newline.</summary>
    public static string ToJson(IEnumerable<DisclosureLogEntry> entries)
    {
        var rows = entries.Select(e => new Dictionary<string, object?>
        {
            ["reference"] = e.Reference,
            ["title"] = e.Title,
            ["authority"] = e.Authority,
            ["regime"] = e.Regime,
            ["received"] = Date(e.Received),
            ["due"] = Date(e.Due),
            ["extended"] = e.Extended,
            ["responded"] = Date(e.Responded),
            ["late"] = e.Late,
            ["outcome"] = e.Outcome,
            ["exemptions"] = e.Exemptions,
            ["files"] = e.Files,
        });
        return JsonSerializer.Serialize(rows, Json).Replace("\r\n", "\n") + "\n";
    }

    /// <summary>
    /// The log as CSV (RFC 4180): a header row, CRLF line ends, fields quoted where they hold a comma,
    /// quote or line break, lists joined with <c>"; "</c>. A field a spreadsheet would run as a formula
    /// (starting <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return) is prefixed with <c>'</c>.
    /// </summary>
    public static string ToCsv(IEnumerable<DisclosureLogEntry> entries)
    {
        var csv = new StringBuilder();
        Row(csv, Columns);
        foreach (var e in entries)
        {
            Row(csv, new[]
            {
                e.Reference, e.Title, e.Authority ?? string.Empty, e.Regime, Date(e.Received) ?? string.Empty, Date(e.Due) ?? string.Empty,
                e.Extended ? "yes" : "no", Date(e.Responded) ?? string.Empty, e.Late switch { true => "yes", false => "no", null => string.Empty },
                e.Outcome, string.Join("; ", e.Exemptions), string.Join("; ", e.Files),
            });
        }

        return csv.ToString();
    }

    /// <summary>Appends one CSV row (RFC 4180) to <paramref name="csv"/>.</summary>
    internal static void Row(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.Append(string.Join(",", fields.Select(Field))).Append("\r\n");
    }

    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".IndexOf(value[0]) >= 0)
        {
            value = "'" + value;
        }

        return value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    private static string? Date(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
