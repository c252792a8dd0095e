namespace FoiDsl;

/// <summary>
/// Marks text that still has to be written. Code fixes scaffold missing parts with placeholders so
/// the response compiles while the officer writes it; rule FOI0018 flags every placeholder at
/// compile time, and <c>Build()</c> refuses a response that still holds one. A placeholder is
/// never a legal answer.
/// </summary>
public static class Placeholder
{
    /// <summary>The text every placeholder starts with.</summary>
    public const string Marker = "[to be written: ";

    /// <summary>A placeholder saying what has to be written, e.g. <c>Placeholder.Text("factors favouring disclosure under s31(1)")</c>.</summary>
    public static string Text(string whatToWrite) => Marker + whatToWrite + "]";

    /// <summary>True when <paramref name="text"/> still holds a placeholder.</summary>
    public static bool IsIn(string? text) => text is not null && text.Contains(Marker);
}
