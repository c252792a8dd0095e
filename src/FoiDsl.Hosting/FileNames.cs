using System;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace FoiDsl.Hosting;

/// <summary>
/// Turns a request reference into a file name that is safe on Linux, macOS and Windows and can only
/// name a file directly inside the output folder.
/// </summary>
public static class FileNames
{
    /// <summary>The longest file name stem made from a reference, in characters (all ASCII); longer ones are cut and given a hash.</summary>
    public const int MaxStemLength = 100;

    /// <summary>The longest message of a format (a browser's error, say) quoted in one line of output.</summary>
    internal const int MessageLength = 400;

    private const int HashLength = 8;

    private static readonly Regex Extension = new("^\\.[a-z0-9]{1,10}$", RegexOptions.CultureInvariant);

    private static readonly Regex WindowsReservedName = new(
        "^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// The file name for <paramref name="reference"/> with <paramref name="extension"/> (e.g. <c>.md</c>):
    /// ASCII letters, digits, <c>_</c> and <c>.</c> are kept; every other character (<c>/</c>, <c>\</c>,
    /// <c>:</c>, spaces, non-ASCII letters …) becomes <c>-</c>, runs of <c>-</c> collapse, and leading or
    /// trailing dots and dashes go (so no <c>..</c>, no hidden file, no Windows trailing dot). A Windows
    /// device name (CON, NUL, COM1 …) gets a leading <c>_</c>. A stem longer than
    /// <see cref="MaxStemLength"/>, or one that changed the reference's letters beyond recognition
    /// (nothing left), ends with <c>-</c> and the first 8 hex digits of the reference's SHA-256.
    /// </summary>
    /// <exception cref="OutputFolderException">The reference is empty or holds a control character (NUL, line breaks, ESC …), or the extension is not a dot and 1–10 lower-case letters or digits.</exception>
    public static string FromReference(string reference, string extension)
    {
        if (extension is null || !Extension.IsMatch(extension))
        {
            throw new OutputFolderException($"The file extension \"{Quote(extension ?? string.Empty)}\" is not a dot followed by 1 to 10 lower-case letters or digits.");
        }

        if (string.IsNullOrWhiteSpace(reference))
        {
            throw new OutputFolderException("The request reference is empty, so it cannot name a file.");
        }

        foreach (var c in reference)
        {
            if (char.IsControl(c))
            {
                throw new OutputFolderException(
                    $"The request reference \"{Quote(reference)}\" contains the control character U+{(int)c:X4}, so it cannot name a file: remove it from the reference.");
            }
        }

        var stem = new StringBuilder(reference.Length);
        foreach (var c in reference)
        {
            var keep = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '.';
            if (keep)
            {
                stem.Append(c);
            }
            else if (stem.Length > 0 && stem[stem.Length - 1] != '-')
            {
                stem.Append('-');
            }
        }

        var name = stem.ToString().Trim('-', '.');
        while (name.Contains("..", StringComparison.Ordinal))
        {
            name = name.Replace("..", ".", StringComparison.Ordinal);
        }

        if (name.Length == 0)
        {
            return "response-" + Hash(reference) + extension;
        }

        if (name.Length > MaxStemLength)
        {
            name = name.Substring(0, MaxStemLength - HashLength - 1).TrimEnd('-', '.') + "-" + Hash(reference);
        }

        var device = name.Split('.')[0];
        if (WindowsReservedName.IsMatch(device))
        {
            name = "_" + name;
        }

        return name + extension;
    }

    /// <summary>The first 8 hex digits of the SHA-256 of <paramref name="text"/> (UTF-8, lone surrogates as U+FFFD): stable across runs and machines.</summary>
    public static string Hash(string text)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(text ?? string.Empty));
        return Convert.ToHexString(bytes, 0, HashLength / 2).ToLowerInvariant();
    }

    /// <summary>Text quoted on one line for a message: control characters and quotes shown as escapes, text longer than <paramref name="max"/> cut.</summary>
    internal static string Quote(string text, int max = 80)
    {
        var quoted = new StringBuilder();
        foreach (var c in text)
        {
            if (quoted.Length >= max)
            {
                quoted.Append('…');
                break;
            }

            if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                quoted.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                quoted.Append(c == '"' ? "\\\"" : c.ToString());
            }
        }

        return quoted.ToString();
    }
}
