using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FoiDsl.Rendering;

namespace FoiDsl.Hosting;

/// <summary>
/// Reads an authority's layout file: its headings and options, without code (docs/layouts.md).
/// <code>
/// {
///   "protectiveMarking": "OFFICIAL",
///   "reasonsInAnnex": true,
///   "headings": { "extentOfSearches": "Extent of Searches" },
///   "letter": { "headings": { "closing": "Yours faithfully" } }
/// }
/// </code>
/// Settings at the top apply to both layouts; those under <c>"police"</c> or <c>"letter"</c> to that
/// layout only, after the top ones. Which layout a response takes is still chosen by the authority and
/// the request (<c>Layout = DocumentLayout.Letter</c>).
/// </summary>
public static class LayoutFile
{
    private static readonly string[] Settings = { "protectiveMarking", "answersUnderQuestions", "reasonsInAnnex", "headings" };

    /// <summary>Reads the layout file at <paramref name="path"/>.</summary>
    /// <exception cref="LayoutFileException">The file cannot be read, is not JSON, or holds a setting that is unknown or of the wrong kind; the message names the file and the setting.</exception>
    public static RequestedLayout Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new LayoutFileException($"cannot read the layout file {path}: {e.Message}");
        }

        return Parse(json, path);
    }

    /// <summary>Reads a layout file's text; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="LayoutFileException">The text is not JSON, or holds a setting that is unknown or of the wrong kind.</exception>
    public static RequestedLayout Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json ?? string.Empty, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new LayoutFileException($"{source} is not valid JSON (line {e.LineNumber + 1}): {e.Message.Split('.')[0]}.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new LayoutFileException($"{source} must hold one JSON object of settings, {{ ... }}.");
            }

            RefuseUnknown(root, source, string.Empty, ", and \"police\" and \"letter\" for one layout only", "police", "letter");

            return ResponseLayout.AsRequested.With(layout =>
            {
                var changed = Apply(layout, root, source, string.Empty);
                var kind = layout.Kind == DocumentLayout.Letter ? "letter" : "police";
                if (root.TryGetProperty(kind, out var own))
                {
                    if (own.ValueKind != JsonValueKind.Object)
                    {
                        throw new LayoutFileException($"{source}: \"{kind}\" must be an object of settings, {{ ... }}.");
                    }

                    RefuseUnknown(own, source, kind + ".", string.Empty);

                    changed = Apply(changed, own, source, kind + ".");
                }

                return changed;
            });
        }
    }

    /// <summary>Stops at the first name in <paramref name="settings"/> that is neither a setting nor one of <paramref name="alsoAllowed"/>.</summary>
    private static void RefuseUnknown(JsonElement settings, string source, string prefix, string more, params string[] alsoAllowed)
    {
        var unknown = settings.EnumerateObject().Select(p => p.Name).FirstOrDefault(name => !Settings.Contains(name) && !alsoAllowed.Contains(name));
        if (unknown is not null)
        {
            throw new LayoutFileException($"{source}: \"{prefix}{unknown}\" is not a setting; the settings are {string.Join(", ", Settings)}{more}.");
        }
    }

    private static ResponseLayout Apply(ResponseLayout layout, JsonElement settings, string source, string prefix)
    {
        if (settings.TryGetProperty("protectiveMarking", out var marking))
        {
            layout = layout with { ProtectiveMarking = marking.ValueKind == JsonValueKind.Null ? null : Text(marking, source, prefix + "protectiveMarking") };
        }

        if (settings.TryGetProperty("answersUnderQuestions", out var answers))
        {
            layout = layout with { AnswersUnderQuestions = Flag(answers, source, prefix + "answersUnderQuestions") };
        }

        if (settings.TryGetProperty("reasonsInAnnex", out var annex))
        {
            layout = layout with { ReasonsInAnnex = Flag(annex, source, prefix + "reasonsInAnnex") };
        }

        if (settings.TryGetProperty("headings", out var headings))
        {
            if (headings.ValueKind != JsonValueKind.Object)
            {
                throw new LayoutFileException($"{source}: \"{prefix}headings\" must be an object of heading names and texts, e.g. {{ \"extentOfSearches\": \"Extent of Searches\" }}.");
            }

            var changes = headings.EnumerateObject().Select(h => new KeyValuePair<string, string>(h.Name, Text(h.Value, source, prefix + "headings." + h.Name))).ToList();
            try
            {
                layout = layout with { Headings = layout.Headings.With(changes) };
            }
            catch (ArgumentException e)
            {
                throw new LayoutFileException($"{source}: in \"{prefix}headings\", {e.Message.Split(new[] { " (Parameter" }, StringSplitOptions.None)[0]}");
            }
        }

        return layout;
    }

    private static string Text(JsonElement value, string source, string name) =>
        value.ValueKind == JsonValueKind.String && value.GetString() is { } text && text.Trim().Length > 0
            ? text.Trim()
            : throw new LayoutFileException($"{source}: \"{name}\" must be a text in quotes, not {Describe(value)}.");

    private static bool Flag(JsonElement value, string source, string name) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new LayoutFileException($"{source}: \"{name}\" must be true or false, not {Describe(value)}."),
    };

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!.Trim().Length == 0 ? "a blank text" : "a text",
        JsonValueKind.Number => "a number",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.Null => "null",
        _ => "true or false",
    };
}

/// <summary>A layout file cannot be used; the message names the file and what is wrong in it.</summary>
public sealed class LayoutFileException : Exception
{
    /// <summary>Describes what is wrong.</summary>
    public LayoutFileException(string message)
        : base(message)
    {
    }
}
