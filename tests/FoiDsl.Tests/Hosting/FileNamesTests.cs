using System.IO;
using System.Linq;
using FoiDsl.Hosting;

namespace FoiDsl.Tests.Hosting;

public class FileNamesTests
{
    [TestCase("FOI 0412/23", "FOI-0412-23.md")]
    [TestCase("../../etc/passwd", "etc-passwd.md")]
    [TestCase("..\\..\\Windows\\win.ini", "Windows-win.ini.md")]
    [TestCase("C:\\temp\\x", "C-temp-x.md")]
    [TestCase("/absolute/path", "absolute-path.md")]
    [TestCase("..", null)]
    [TestCase("...", null)]
    [TestCase("trailing dots...", "trailing-dots.md")]
    [TestCase("trailing spaces   ", "trailing-spaces.md")]
    [TestCase(".hidden", "hidden.md")]
    [TestCase("a..b", "a.b.md")]
    [TestCase("CON", "_CON.md")]
    [TestCase("nul", "_nul.md")]
    [TestCase("COM1", "_COM1.md")]
    [TestCase("lpt9.txt", "_lpt9.txt.md")]
    [TestCase("Console", "Console.md")]
    [TestCase("FOI: 12|34 <x> \"y\" *?", "FOI-12-34-x-y.md")]
    [TestCase("\u202Eevil\u202C", "evil.md")]
    [TestCase("café 1/24", "caf-1-24.md")]
    public void Reference_becomes_a_plain_portable_file_name(string reference, string? expected)
    {
        var name = FileNames.FromReference(reference, ".md");

        if (expected is null)
        {
            Assert.That(name, Does.Match("^response-[0-9a-f]{8}\\.md$"));
        }
        else
        {
            Assert.That(name, Is.EqualTo(expected));
        }

        Assert.That(name, Does.Match("^[A-Za-z0-9_][A-Za-z0-9_.-]*\\.md$"));
        Assert.That(name, Does.Not.Contain(".."));
    }

    [Test]
    public void Very_long_reference_is_cut_with_a_stable_hash_and_two_long_ones_stay_apart()
    {
        var first = new string('A', 300) + "1";
        var second = new string('A', 300) + "2";

        var name = FileNames.FromReference(first, ".html");

        Assert.That(Path.GetFileNameWithoutExtension(name), Has.Length.EqualTo(FileNames.MaxStemLength));
        Assert.That(name, Does.EndWith("-" + FileNames.Hash(first) + ".html"));
        Assert.That(FileNames.FromReference(first, ".html"), Is.EqualTo(name));
        Assert.That(FileNames.FromReference(second, ".html"), Is.Not.EqualTo(name));
        Assert.That(FileNames.Hash("FOI 0412/23"), Is.EqualTo("33bd47b3"), "the hash is SHA-256 of the UTF-8 reference, the same on every machine");
    }

    [TestCase("FOI\0 1")]
    [TestCase("FOI\n1")]
    [TestCase("FOI\u001b[31m")]
    [TestCase("FOI\u0085")]
    [TestCase("")]
    [TestCase("   ")]
    public void Reference_with_a_control_character_or_nothing_in_it_is_refused_on_one_line(string reference)
    {
        var error = Assert.Throws<OutputFolderException>(() => FileNames.FromReference(reference, ".md"));

        Assert.That(error!.Message.Where(char.IsControl), Is.Empty, "one line, no raw control character");
        Assert.That(error.Message, Does.Contain("reference"));
    }

    [TestCase("md")]
    [TestCase("./md")]
    [TestCase("/x")]
    [TestCase(".MD")]
    public void Extension_must_be_a_dot_and_lower_case_letters_or_digits(string extension)
    {
        Assert.Throws<OutputFolderException>(() => FileNames.FromReference("FOI 1", extension));
    }

    [Test]
    public void No_reference_names_anything_but_a_file_directly_in_the_folder()
    {
        var references = new[] { "/", "\\", "..", "../x", "a/../../b", "C:", "~", "~/x", ".", "%2e%2e%2f", "..%c0%af", "\u2215etc\u2215x", "\uFF0E\uFF0E/x" };
        var folder = Path.GetFullPath("confined");

        foreach (var reference in references)
        {
            var name = FileNames.FromReference(reference, ".txt");
            Assert.That(Path.GetDirectoryName(Path.GetFullPath(Path.Combine(folder, name))), Is.EqualTo(folder), reference);
            Assert.That(name.Any(c => c is '/' or '\\' or ':'), Is.False, reference);
        }
    }
}
