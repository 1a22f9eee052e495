using Register.Rendering;
using Register.Tests.Views.Localization;

namespace Register.Tests.Rendering;

public sealed class TemplateEngineTests
{
    [Fact]
    public void Register_values_are_escaped_and_phrases_are_written_as_they_are()
    {
        using var dir = new ScratchFolder();
        dir.Write("demo/page.md.hbs", "## {{t \"notice.rights_heading\"}}\n\n{{> item}}\n");
        dir.Write("demo/_item.md.hbs", "- {{name}}\n");
        var engine = new TemplateEngine(TemplateSource.WithOverrides(dir.Path));

        var text = engine.Render("demo/page.md.hbs", new { name = "<b>#1</b>" }, TestPhrases.For("de"));

        Assert.Equal("## Ihre Rechte\n\n- \\<b\\>\\#1\\</b\\>\n", text);
    }

    [Fact]
    public void Html_templates_escape_for_html()
    {
        using var dir = new ScratchFolder();
        dir.Write("demo/page.html.hbs", "<p title=\"{{name}}\">{{name}}</p>");
        var engine = new TemplateEngine(TemplateSource.WithOverrides(dir.Path));

        var text = engine.Render("demo/page.html.hbs", new { name = "\"><script>" }, TestPhrases.For("en"));

        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        Assert.Contains("&quot;&gt;&lt;script&gt;", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_template_names_its_file()
    {
        using var dir = new ScratchFolder();
        dir.Write("demo/page.md.hbs", "{{#if x}}unclosed");
        var engine = new TemplateEngine(TemplateSource.WithOverrides(dir.Path));

        var error = Assert.Throws<TemplateException>(() => engine.Render("demo/page.md.hbs", new { x = true }, TestPhrases.For("en")));
        Assert.EndsWith("demo/page.md.hbs", error.File, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_template_renders_the_same_text_twice()
    {
        using var dir = new ScratchFolder();
        dir.Write("demo/page.md.hbs", "{{#each items}}{{this}};{{/each}}");
        var engine = new TemplateEngine(TemplateSource.WithOverrides(dir.Path));
        var model = new { items = new[] { "a", "b" } };

        Assert.Equal(engine.Render("demo/page.md.hbs", model, TestPhrases.For("en")), engine.Render("demo/page.md.hbs", model, TestPhrases.For("en")));
        Assert.Equal("a;b;", engine.Render("demo/page.md.hbs", model, TestPhrases.For("en")));
    }
}
