using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace FoiDsl.Hosting;

/// <summary>
/// The folder a host writes documents to. Every file it writes lies directly inside the folder,
/// whatever a reference contains; it never writes through a symbolic link (a link planted as the
/// folder itself or as a file in it is refused); it replaces a file atomically (a temporary file
/// in the same folder, flushed to disk, then renamed over the old one), so a reader sees the old
/// document or the new one, never half of one. Every failure is an
/// <see cref="OutputFolderException"/> with a one-line message.
/// </summary>
public sealed class OutputFolder
{
    /// <summary>The longest folder path accepted, in characters.</summary>
    public const int MaxPathLength = 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Dictionary<string, string> _namesTaken = new(StringComparer.OrdinalIgnoreCase);

    private OutputFolder(string fullPath)
    {
        FullPath = fullPath;
    }

    /// <summary>The folder's absolute path.</summary>
    public string FullPath { get; }

    /// <summary>
    /// Opens <paramref name="path"/> (relative to the current folder), creating it and any missing
    /// parents, and checks that a file can be written there.
    /// </summary>
    /// <exception cref="OutputFolderException">The path is empty, holds a control character, is too long,
    /// is a file or lies below one, is a symbolic link, or cannot be created or written to.</exception>
    public static OutputFolder Open(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new OutputFolderException("The output folder is empty: give a folder name, e.g. --out out.");
        }

        foreach (var c in path)
        {
            if (char.IsControl(c))
            {
                throw new OutputFolderException($"The output folder \"{FileNames.Quote(path)}\" contains the control character U+{(int)c:X4}.");
            }
        }

        string fullPath;
        try
        {
            fullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException or IOException or System.Security.SecurityException)
        {
            throw new OutputFolderException($"The output folder \"{FileNames.Quote(path)}\" is not a valid path: {e.Message}", e);
        }

        if (fullPath.Length > MaxPathLength)
        {
            throw new OutputFolderException($"The output folder path is too long ({fullPath.Length} characters, at most {MaxPathLength}): \"{FileNames.Quote(fullPath)}\".");
        }

        foreach (var part in fullPath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))
        {
            if (System.Text.Encoding.UTF8.GetByteCount(part) > 255)
            {
                throw new OutputFolderException($"The output folder path has a name too long for a file system (over 255 bytes): \"{FileNames.Quote(part)}\".");
            }
        }

        CheckAncestors(fullPath);
        RefuseLink(fullPath, "output folder");
        try
        {
            Directory.CreateDirectory(fullPath);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new OutputFolderException($"The output folder \"{FileNames.Quote(fullPath)}\" cannot be created: permission denied.", e);
        }
        catch (IOException e)
        {
            throw new OutputFolderException($"The output folder \"{FileNames.Quote(fullPath)}\" cannot be created: {OneLine(e.Message)}", e);
        }

        var folder = new OutputFolder(fullPath);
        folder.CheckWritable();
        return folder;
    }

    /// <summary>
    /// Opens the folder <paramref name="name"/> directly inside this one (creating it), with the same
    /// checks as <see cref="Open"/>: a plain name, never a symbolic link, never outside this folder.
    /// </summary>
    /// <exception cref="OutputFolderException">The name is not a plain folder name, a file or a link is in the way, or it cannot be created or written to.</exception>
    public OutputFolder Subfolder(string name)
    {
        RefuseLink(FullPath, "output folder");
        return Open(Confine(name));
    }

    /// <summary>
    /// The file name for <paramref name="reference"/> with <paramref name="extension"/>, as
    /// <see cref="FileNames.FromReference"/> makes it, kept distinct in this folder: when another
    /// reference already took the name (say <c>FOI 1/24</c> and <c>FOI 1-24</c>), the later one gets
    /// <c>-</c> and its hash before the extension. The same reference always gets the same name.
    /// </summary>
    public string FileNameFor(string reference, string extension)
    {
        var name = FileNames.FromReference(reference, extension);
        if (_namesTaken.TryGetValue(name, out var owner) && !string.Equals(owner, reference, StringComparison.Ordinal))
        {
            name = Path.GetFileNameWithoutExtension(name) + "-" + FileNames.Hash(reference) + extension;
            if (_namesTaken.TryGetValue(name, out owner) && !string.Equals(owner, reference, StringComparison.Ordinal))
            {
                throw new OutputFolderException($"The references \"{FileNames.Quote(owner)}\" and \"{FileNames.Quote(reference)}\" map to the same file name {name}.");
            }
        }

        _namesTaken[name] = reference;
        return name;
    }

    /// <summary>Writes the document for <paramref name="reference"/> as <see cref="FileNameFor"/> names it; returns the file's full path.</summary>
    public string WriteDocument(string reference, string extension, string contents) =>
        WriteFile(FileNameFor(reference, extension), contents);

    /// <summary>Writes the binary document (e.g. a .docx) for <paramref name="reference"/> as <see cref="FileNameFor"/> names it; returns the file's full path.</summary>
    public string WriteDocument(string reference, string extension, byte[] contents) =>
        WriteFile(FileNameFor(reference, extension), contents);

    /// <summary>
    /// Writes <paramref name="contents"/> as UTF-8 (no byte order mark) to the file
    /// <paramref name="fileName"/> directly in this folder, replacing it atomically; returns its full path.
    /// </summary>
    /// <exception cref="OutputFolderException">The name is not a plain file name, the file or folder is a
    /// symbolic link or the file is a folder, the text is not valid UTF-16, or the write fails.</exception>
    public string WriteFile(string fileName, string contents)
    {
        if (contents is null)
        {
            throw new ArgumentNullException(nameof(contents));
        }

        byte[] bytes;
        try
        {
            bytes = Utf8.GetBytes(contents);
        }
        catch (EncoderFallbackException e)
        {
            throw new OutputFolderException($"Cannot write \"{FileNames.Quote(Confine(fileName))}\": the text holds a lone surrogate at index {e.Index}.", e);
        }

        return WriteFile(fileName, bytes);
    }

    /// <summary>
    /// Writes <paramref name="contents"/> as they are to the file <paramref name="fileName"/> directly in
    /// this folder, replacing it atomically, with the same checks as the text overload; returns its full path.
    /// </summary>
    /// <exception cref="OutputFolderException">The name is not a plain file name, the file or folder is a
    /// symbolic link or the file is a folder, or the write fails.</exception>
    public string WriteFile(string fileName, byte[] contents)
    {
        if (contents is null)
        {
            throw new ArgumentNullException(nameof(contents));
        }

        var target = Confine(fileName);
        RefuseLink(FullPath, "output folder");
        RefuseLink(target, "file");
        if (Directory.Exists(target))
        {
            throw new OutputFolderException($"Cannot write \"{FileNames.Quote(target)}\": a folder of that name is in the way.");
        }

        var temp = Path.Combine(FullPath, "." + fileName + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            // CreateNew fails on anything already at the temporary path, a link included, so nothing is followed
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(contents, 0, contents.Length);
                stream.Flush(flushToDisk: true);
            }

            // rename(2) replaces a link at the target rather than following it
            File.Move(temp, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            var reason = e is UnauthorizedAccessException ? "permission denied" : OneLine(e.Message);
            throw new OutputFolderException($"Cannot write \"{FileNames.Quote(target)}\": {reason}", e);
        }

        return target;
    }

    private string Confine(string fileName)
    {
        if (string.IsNullOrEmpty(fileName) || fileName is "." or ".." || fileName.IndexOfAny(new[] { '/', '\\', ':', '\0' }) >= 0
            || fileName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            throw new OutputFolderException($"\"{FileNames.Quote(fileName ?? string.Empty)}\" is not a plain file name for the output folder.");
        }

        var target = Path.GetFullPath(Path.Combine(FullPath, fileName));
        if (!string.Equals(Path.GetDirectoryName(target), FullPath, StringComparison.Ordinal))
        {
            throw new OutputFolderException($"\"{FileNames.Quote(fileName)}\" would be written outside the output folder \"{FileNames.Quote(FullPath)}\".");
        }

        return target;
    }

    private static void CheckAncestors(string fullPath)
    {
        for (var ancestor = Path.GetDirectoryName(fullPath); ancestor is not null; ancestor = Path.GetDirectoryName(ancestor))
        {
            if (File.Exists(ancestor))
            {
                throw new OutputFolderException($"The output folder \"{FileNames.Quote(fullPath)}\" lies below \"{FileNames.Quote(ancestor)}\", which is a file.");
            }
        }

        if (File.Exists(fullPath))
        {
            throw new OutputFolderException($"The output folder \"{FileNames.Quote(fullPath)}\" is a file: choose a folder.");
        }
    }

    private static void RefuseLink(string path, string what)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (info.LinkTarget is { } linkTarget)
        {
            throw new OutputFolderException(
                $"Refusing to write: the {what} \"{FileNames.Quote(path)}\" is a symbolic link (to \"{FileNames.Quote(linkTarget)}\"); remove it or choose another folder.");
        }
    }

    private void CheckWritable()
    {
        var probe = Path.Combine(FullPath, ".write-check." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (UnauthorizedAccessException e)
        {
            throw new OutputFolderException($"Cannot write to the output folder \"{FileNames.Quote(FullPath)}\": permission denied.", e);
        }
        catch (IOException e)
        {
            throw new OutputFolderException($"Cannot write to the output folder \"{FileNames.Quote(FullPath)}\": {OneLine(e.Message)}", e);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // best effort: the temporary file's name starts with a dot and ends with .tmp
        }
    }

    private static string OneLine(string message) => FileNames.Quote(message.Replace('\n', ' ').Replace('\r', ' ').Trim());
}
