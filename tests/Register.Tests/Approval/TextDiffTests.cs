namespace Register.Tests.Approval;

/// <summary>The approval diff shows what changed line by line, not every line after the first change.</summary>
public sealed class TextDiffTests
{
    [Fact]
    public void An_inserted_line_shows_as_one_added_line_with_context()
    {
        var before = string.Join('\n', Enumerable.Range(1, 30).Select(i => $"line {i}"));
        var after = before.Replace("line 10\n", "line 10\ninserted\n", StringComparison.Ordinal);

        var diff = TextDiff.Describe(before, after);

        Assert.Equal("@@ expected line 9, received line 9 @@\n  line 9\n  line 10\n+ inserted\n  line 11\n  line 12\n", diff);
    }

    [Fact]
    public void A_changed_line_shows_as_removed_and_added_and_far_apart_changes_as_two_hunks()
    {
        var before = string.Join('\n', Enumerable.Range(1, 30).Select(i => $"line {i}"));
        var after = before.Replace("line 3\n", "line three\n", StringComparison.Ordinal).Replace("line 25\n", "", StringComparison.Ordinal);

        var diff = TextDiff.Describe(before, after);

        Assert.Equal(
            "@@ expected line 1, received line 1 @@\n  line 1\n  line 2\n- line 3\n+ line three\n  line 4\n  line 5\n"
            + "@@ expected line 23, received line 23 @@\n  line 23\n  line 24\n- line 25\n  line 26\n  line 27\n",
            diff);
    }

    [Fact]
    public void Equal_texts_have_no_diff() => Assert.Equal("", TextDiff.Describe("a\nb\n", "a\nb\n"));
}
