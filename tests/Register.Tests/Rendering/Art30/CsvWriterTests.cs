using System.Text;
using Register.Rendering.Art30;
using Register.Rendering.OpenXml;
using Register.Tests.Approval;
using Register.Views.Art30;

namespace Register.Tests.Rendering.Art30;

public sealed class CsvWriterTests
{
    [Fact]
    public void Fields_are_quoted_per_rfc_4180_with_crlf_line_ends_and_a_utf8_mark()
    {
        var bytes = CsvWriter.Write(new SheetTable("t", ["a", "b"], [["x, y", "say \"hi\"\nbye"], ["plain", ""]]));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("a,b\r\n\"x, y\",\"say \"\"hi\"\"\r\nbye\"\r\nplain,\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("+31 20", "'+31 20")]
    [InlineData("Gewoon", "Gewoon")]
    public void Text_a_spreadsheet_would_run_as_a_formula_is_defused(string value, string expected)
    {
        Assert.Equal(expected, CsvWriter.Field(value));
    }

    [Fact]
    public void The_overview_csv_of_the_controller_record_matches_the_approved_file()
    {
        var bytes = CsvWriter.Write(Art30Tables.Overview(Art30Fixture.Record("nl", Art30RecordKind.Controller)));

        Approver.Verify(Encoding.UTF8.GetString(bytes[3..]).Replace("\r\n", "⏎\n", StringComparison.Ordinal), "csv.txt");
    }
}
