using System.IO.Compression;
using Register.Rendering.Art30;
using Register.Rendering.OpenXml;
using Register.Tests.Rendering.Art30;
using Register.Views.Art30;

namespace Register.Tests.Rendering.OpenXml;

public sealed class DeterministicPackageTests
{
    [Fact]
    public void Entries_are_in_ordinal_order_with_one_fixed_timestamp_and_no_guid_named_parts()
    {
        foreach (var bytes in new[]
        {
            Art30WordDocument.Write(Art30Fixture.Record("nl", Art30RecordKind.Controller)),
            Art30Spreadsheet.Write(Art30Fixture.Record("nl", Art30RecordKind.Controller)),
        })
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToList();

            Assert.Equal(names.Order(StringComparer.Ordinal), names);
            Assert.All(zip.Entries, e => Assert.Equal(DeterministicPackage.Timestamp.DateTime, e.LastWriteTime.DateTime));
            Assert.Contains("docProps/core.xml", names);
            Assert.DoesNotContain(names, n => n.EndsWith(".psmdcp", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Normalising_twice_changes_nothing()
    {
        var once = Art30Spreadsheet.Write(Art30Fixture.Record("en", Art30RecordKind.Processor));

        Assert.Equal(once, DeterministicPackage.Normalise(once));
    }
}
