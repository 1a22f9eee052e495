using AngleSharp.Html.Parser;
using Register.Rendering;
using Register.Rendering.Art30;
using Register.Tests.Approval;
using Register.Views.Art30;

namespace Register.Tests.Rendering.Art30;

public sealed class Art30MarkupTests
{
    private static readonly TemplateEngine Engine = new(TemplateSource.BuiltIn);

    [Theory]
    [InlineData("nl")]
    [InlineData("de")]
    [InlineData("en")]
    public void Controller_record_markdown_matches_the_approved_file(string language)
    {
        Approver.Verify(Art30Markup.Markdown(Art30Fixture.Record(language, Art30RecordKind.Controller), Engine), "md", name: language);
    }

    [Fact]
    public void Processor_record_html_matches_the_approved_file()
    {
        Approver.Verify(new RenderedRecord(Art30Fixture.Record("en", Art30RecordKind.Processor), Engine).Html, "html");
    }

    [Fact]
    public void The_html_page_has_one_heading_per_activity_and_an_overview_row_per_activity()
    {
        var record = Art30Fixture.Record("de", Art30RecordKind.Controller);
        var document = new HtmlParser().ParseDocument(new RenderedRecord(record, Engine).Html);

        Assert.Equal("de", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(record.Activities.Select(a => a.Name), document.QuerySelectorAll("h3").Select(h => h.TextContent));
        Assert.Equal(record.Activities.Count, document.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(record.OverviewKeys.Count + 1, document.QuerySelectorAll("thead th").Length);
    }

    [Fact]
    public void Register_text_cannot_inject_markup_into_the_record()
    {
        var record = Art30Fixture.Record("en", Art30RecordKind.Controller);
        var hostile = record with { Activities = [record.Activities[0] with { Name = "<script>alert(1)</script> | # not a heading" }] };

        var html = new RenderedRecord(hostile, Engine).Html;

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }
}
