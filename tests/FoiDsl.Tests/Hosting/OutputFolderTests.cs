using System;
using System.IO;
using System.Linq;
using System.Text;
using FoiDsl.Hosting;

namespace FoiDsl.Tests.Hosting;

public class OutputFolderTests
{
    private string _root = null!;

    [SetUp]
    public void CreateRoot() => _root = Directory.CreateTempSubdirectory("foidsl-out-").FullName;

    [TearDown]
    public void DeleteRoot()
    {
        foreach (var link in Directory.EnumerateFileSystemEntries(_root, "*", SearchOption.AllDirectories).Where(p => new FileInfo(p).LinkTarget is not null).ToList())
        {
            File.Delete(link);
        }

        Directory.Delete(_root, recursive: true);
    }

    private string InRoot(params string[] parts) => Path.Combine(_root, Path.Combine(parts));

    private static string ErrorFor(Action action)
    {
        var error = Assert.Throws<OutputFolderException>(() => action())!;
        Assert.That(error.Message.Where(char.IsControl), Is.Empty, "one line, no raw control character");
        return error.Message;
    }

    [Test]
    public void Creates_the_folder_and_its_parents_and_writes_utf8_without_a_byte_order_mark()
    {
        var folder = OutputFolder.Open(InRoot("a", "b", "out"));

        var path = folder.WriteDocument("FOI 0412/23", ".md", "caf\u00E9\n");

        Assert.That(path, Is.EqualTo(InRoot("a", "b", "out", "FOI-0412-23.md")));
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(Encoding.UTF8.GetBytes("caf\u00E9\n")));
        Assert.That(Directory.GetFiles(folder.FullPath), Has.Length.EqualTo(1), "no temporary file is left behind");
    }

    [Test]
    public void Every_file_lands_directly_in_the_folder_whatever_the_reference()
    {
        var folder = OutputFolder.Open(InRoot("out"));
        var references = new[] { "../escape", "../../escape", "/etc/passwd", "..\\up", "C:\\x", "a/b/c", "CON", "NUL.txt", "COM1", "x. . .", "  .. ", new string('y', 500), "\u202E../x" };

        foreach (var reference in references)
        {
            var path = folder.WriteDocument(reference, ".txt", reference);
            Assert.That(Path.GetDirectoryName(path), Is.EqualTo(folder.FullPath), reference);
            Assert.That(File.ReadAllText(path), Is.EqualTo(reference));
        }

        Assert.That(Directory.GetFileSystemEntries(_root), Is.EqualTo(new[] { folder.FullPath }), "nothing written beside the folder");
        Assert.That(Directory.GetDirectories(folder.FullPath), Is.Empty, "no folder created inside it");
        Assert.That(Directory.GetFiles(folder.FullPath), Has.Length.EqualTo(references.Length));
    }

    [Test]
    public void Two_references_mapping_to_one_name_get_two_files_and_each_keeps_its_name()
    {
        var folder = OutputFolder.Open(InRoot("out"));

        var first = folder.WriteDocument("FOI 1/24", ".md", "first");
        var second = folder.WriteDocument("FOI 1-24", ".md", "second");
        var firstAgain = folder.WriteDocument("FOI 1/24", ".md", "first again");
        var upper = folder.WriteDocument("foi 1 24", ".md", "case differs only");

        Assert.That(Path.GetFileName(first), Is.EqualTo("FOI-1-24.md"));
        Assert.That(Path.GetFileName(second), Is.EqualTo("FOI-1-24-" + FileNames.Hash("FOI 1-24") + ".md"));
        Assert.That(firstAgain, Is.EqualTo(first));
        Assert.That(new[] { first, second, upper }.Distinct(StringComparer.OrdinalIgnoreCase).Count(), Is.EqualTo(3), "names differing only in case would share a file on Windows and macOS");
        Assert.That(File.ReadAllText(second), Is.EqualTo("second"));
        Assert.That(File.ReadAllText(first), Is.EqualTo("first again"));
    }

    [Test]
    public void Replacing_a_file_is_atomic_a_reader_of_the_old_file_keeps_it_whole()
    {
        var folder = OutputFolder.Open(InRoot("out"));
        var path = folder.WriteDocument("FOI 1", ".txt", "old contents");

        using var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        folder.WriteDocument("FOI 1", ".txt", "new contents, longer than before");

        using (var old = new StreamReader(reader))
        {
            Assert.That(old.ReadToEnd(), Is.EqualTo("old contents"), "the old file was replaced by a rename, not rewritten in place");
        }

        Assert.That(File.ReadAllText(path), Is.EqualTo("new contents, longer than before"));
        Assert.That(Directory.GetFiles(folder.FullPath).Select(Path.GetFileName), Is.EqualTo(new[] { "FOI-1.txt" }));
    }

    [Test]
    public void A_symbolic_link_planted_as_the_file_is_refused_and_its_target_untouched()
    {
        var target = InRoot("precious.txt");
        File.WriteAllText(target, "keep me");
        var folder = OutputFolder.Open(InRoot("out"));
        File.CreateSymbolicLink(Path.Combine(folder.FullPath, "FOI-1.md"), target);

        var message = ErrorFor(() => folder.WriteDocument("FOI 1", ".md", "overwrite"));

        Assert.That(message, Does.Contain("symbolic link").And.Contain("FOI-1.md"));
        Assert.That(File.ReadAllText(target), Is.EqualTo("keep me"));
    }

    [Test]
    public void A_dangling_symbolic_link_planted_as_the_file_is_refused_too()
    {
        var folder = OutputFolder.Open(InRoot("out"));
        var missing = InRoot("would-be-created.txt");
        File.CreateSymbolicLink(Path.Combine(folder.FullPath, "FOI-1.md"), missing);

        ErrorFor(() => folder.WriteDocument("FOI 1", ".md", "x"));

        Assert.That(File.Exists(missing), Is.False);
    }

    [Test]
    public void An_output_folder_that_is_a_symbolic_link_is_refused()
    {
        var elsewhere = Directory.CreateDirectory(InRoot("elsewhere")).FullName;
        Directory.CreateSymbolicLink(InRoot("out"), elsewhere);

        var message = ErrorFor(() => OutputFolder.Open(InRoot("out")));

        Assert.That(message, Does.Contain("symbolic link"));
        Assert.That(Directory.GetFileSystemEntries(elsewhere), Is.Empty);
    }

    [Test]
    public void A_folder_swapped_for_a_symbolic_link_after_opening_is_refused_at_write_time()
    {
        var folder = OutputFolder.Open(InRoot("out"));
        var elsewhere = Directory.CreateDirectory(InRoot("elsewhere")).FullName;
        Directory.Delete(folder.FullPath);
        Directory.CreateSymbolicLink(folder.FullPath, elsewhere);

        ErrorFor(() => folder.WriteDocument("FOI 1", ".md", "x"));

        Assert.That(Directory.GetFileSystemEntries(elsewhere), Is.Empty);
    }

    [Test]
    public void A_folder_where_the_file_should_be_is_reported()
    {
        var folder = OutputFolder.Open(InRoot("out"));
        Directory.CreateDirectory(Path.Combine(folder.FullPath, "FOI-1.md"));

        Assert.That(ErrorFor(() => folder.WriteDocument("FOI 1", ".md", "x")), Does.Contain("folder of that name"));
    }

    [Test]
    public void Output_folder_that_is_a_file_is_reported()
    {
        File.WriteAllText(InRoot("file"), "x");

        Assert.That(ErrorFor(() => OutputFolder.Open(InRoot("file"))), Does.Contain("is a file"));
    }

    [Test]
    public void Output_folder_below_a_file_is_reported()
    {
        File.WriteAllText(InRoot("file"), "x");

        Assert.That(ErrorFor(() => OutputFolder.Open(InRoot("file", "sub", "out"))), Does.Contain("lies below").And.Contain("which is a file"));
    }

    [TestCase("")]
    [TestCase("   ")]
    public void Empty_output_folder_is_reported(string path)
    {
        Assert.That(ErrorFor(() => OutputFolder.Open(path)), Does.Contain("empty"));
    }

    [Test]
    public void Output_folder_with_a_control_character_is_reported()
    {
        Assert.That(ErrorFor(() => OutputFolder.Open(InRoot("o\0ut"))), Does.Contain("U+0000"));
    }

    [Test]
    public void Too_long_output_folder_is_reported()
    {
        Assert.That(ErrorFor(() => OutputFolder.Open(InRoot(new string('x', 300)))), Does.Contain("too long"));
        Assert.That(ErrorFor(() => OutputFolder.Open(InRoot(Enumerable.Repeat(new string('y', 200), 8).ToArray()))), Does.Contain("too long"));
    }

    [Test]
    public void Read_only_output_folder_is_reported()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            Assert.Ignore("root writes to read-only folders (and Windows has no Unix modes); the folder-below-a-file test covers an unwritable path");
            return;
        }

        var locked = Directory.CreateDirectory(InRoot("locked")).FullName;
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            Assert.That(ErrorFor(() => OutputFolder.Open(Path.Combine(locked, "out"))), Does.Contain("permission denied"));
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Test]
    public void Plain_file_names_only()
    {
        var folder = OutputFolder.Open(InRoot("out"));

        foreach (var name in new[] { "../x.md", "a/b.md", "..", ".", "", "c:x", "x\0.md" })
        {
            ErrorFor(() => folder.WriteFile(name, "x"));
        }

        Assert.That(Directory.GetFileSystemEntries(_root), Is.EqualTo(new[] { folder.FullPath }));
    }

    [Test]
    public void Binary_documents_are_written_byte_for_byte_confined_and_replaced_atomically()
    {
        var folder = OutputFolder.Open(InRoot("out"));
        var old = new byte[] { 0x50, 0x4B, 0x00, 0xFF, 0xFE, 0xC0, 0x80 }; // not UTF-8: written as given
        var path = folder.WriteDocument("../FOI 1/24", ".docx", old);

        Assert.That(path, Is.EqualTo(Path.Combine(folder.FullPath, "FOI-1-24.docx")));
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(old));

        using (var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            folder.WriteDocument("../FOI 1/24", ".docx", new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 });
            var kept = new byte[16];
            Assert.That(kept.Take(reader.Read(kept, 0, kept.Length)), Is.EqualTo(old), "the old file was replaced by a rename");
        }

        Assert.That(File.ReadAllBytes(path), Is.EqualTo(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 }));
        Assert.That(Directory.GetFiles(folder.FullPath).Select(Path.GetFileName), Is.EqualTo(new[] { "FOI-1-24.docx" }), "no temporary file is left behind");
    }

    [Test]
    public void Binary_documents_refuse_links_and_names_outside_the_folder()
    {
        var target = InRoot("precious.docx");
        File.WriteAllText(target, "keep me");
        var folder = OutputFolder.Open(InRoot("out"));
        File.CreateSymbolicLink(Path.Combine(folder.FullPath, "FOI-1.docx"), target);

        Assert.That(ErrorFor(() => folder.WriteDocument("FOI 1", ".docx", new byte[] { 1 })), Does.Contain("symbolic link"));
        foreach (var name in new[] { "../x.docx", "a/b.docx", "..", "" })
        {
            ErrorFor(() => folder.WriteFile(name, new byte[] { 1 }));
        }

        Assert.That(File.ReadAllText(target), Is.EqualTo("keep me"));
        Assert.That(Directory.GetFileSystemEntries(_root).Order(), Is.EqualTo(new[] { folder.FullPath, target }.Order()));
    }
}
