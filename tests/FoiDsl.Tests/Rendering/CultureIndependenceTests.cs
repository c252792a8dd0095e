using System;
using System.Globalization;
using System.Linq;
using FoiDsl.Hosting;
using FoiDsl.Hosting.Publication;
using FoiDsl.Tests.TestSupport;

namespace FoiDsl.Tests.Rendering;

/// <summary>Every format, the log and the statistics are the same bytes whatever the culture of the machine.</summary>
public class CultureIndependenceTests
{
    private static byte[][] Everything()
    {
        var responses = SampleResponses.All.Select(s => s.Write()).ToArray();
        var formats = DocumentFormats.All.SelectMany(f => responses.Select(f.Render));
        var log = DisclosureLog.ToJson(responses.Select(r => DisclosureLogEntry.For(r))) + DisclosureLog.ToCsv(responses.Select(r => DisclosureLogEntry.For(r)));
        var statistics = FoiStatistics.For(responses, new DateTime(2023, 1, 1), new DateTime(2024, 12, 31));
        return formats.Append(System.Text.Encoding.UTF8.GetBytes(log + statistics.ToCsv() + statistics.ToTable())).ToArray();
    }

    [TestCase("tr-TR")]
    [TestCase("ar-SA")]
    [TestCase("cy-GB")]
    public void Output_does_not_depend_on_the_culture(string culture)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        byte[][] invariant, other;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            invariant = Everything();
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            other = Everything();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }

        Assert.That(other.Length, Is.EqualTo(invariant.Length));
        for (var i = 0; i < invariant.Length; i++)
        {
            Assert.That(other[i], Is.EqualTo(invariant[i]), $"output {i} differs under {culture}");
        }
    }
}
