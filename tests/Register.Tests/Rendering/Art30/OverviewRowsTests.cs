using Register.Rendering.Art30;
using Register.Views.Art30;

namespace Register.Tests.Rendering.Art30;

/// <summary>The overview's rows are read from the activities as they are written, and say what the fields say.</summary>
public sealed class OverviewRowsTests
{
    [Theory]
    [InlineData(Art30RecordKind.Controller)]
    [InlineData(Art30RecordKind.Processor)]
    public void Each_row_is_the_reference_the_name_and_each_field_s_text_in_record_order(Art30RecordKind kind)
    {
        var record = Art30Fixture.Record("nl", kind);
        var table = Art30Tables.Overview(record);
        var keys = record.FieldKeys.Where(k => k != Art30FieldKey.Reference).ToList();

        Assert.Equal(record.Activities.Count, table.Rows.Count);
        Assert.Equal(keys.Count + 2, table.Header.Count);
        for (var i = 0; i < record.Activities.Count; i++)
        {
            var activity = record.Activities[i];
            string[] expected = [activity.Id, activity.Name, .. keys.Select(k => activity.Field(k).Text)];
            Assert.Equal(expected, table.Rows[i]);
            Assert.Equal(expected, table.Rows.ElementAt(i).ToList());
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => table.Rows[0][keys.Count + 2]);
    }
}
