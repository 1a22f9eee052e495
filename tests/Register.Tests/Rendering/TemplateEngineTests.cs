using Register.Rendering;
using Register.Tests.Views.Localization;

namespace Register.Tests.Rendering;

public sealed class TemplateEngineTests
{
    [Fact]
    public void Register_values_are_escaped_and_phrases_are_written_as_they_are()
    {
        using var dir = new ScratchFolder();
        dir.Write("demo/page.md.sbn", "## {{ t \"notice.rights_heading\" }}\n\n{{~ include \"item\" ~}}\n");
        dir.Write("demo/_item.md.sbn", "- {{ name }}\n");
        var engine = new TemplateEngine(TemplateSource.WithOverrides(dir.Path));

        var text = engine.Render("demo/page.md.sbn", new { name = "<b>#1</b>" }, TestPhrases.For("de"));

        Assert.Equal("## Ihre Rechte\n\n- \\<b\\>\\#1\\</b\\>\n", text);
    }

    [Fact]
    public void Html_templates_escape_for_html()
    {
        using var dir = new ScratchFolder();
        dir.Write("demo/page.html.sbn", "<p title=\"{{ name }}\">{{ name }}</p>");
        var engine = new TemplateEngine(TemplateSource.WithOverrides(dir.Path));

        var text = engine.Render("demo/page.html.sbn", new { name = "\"><script>'`=&" }, TestPhrases.For("en"));

        Assert.Equal("<p title=\"&quot;&gt;&lt;script&gt;&#x27;&#x60;&#x3D;&amp;\">&quot;&gt;&lt;script&gt;&#x27;&#x60;&#x3D;&amp;</p>", text);
    }

    [Fact]
    public void Trusted_text_is_written_unescaped_and_a_partial_is_not_escaped_twice()
    {
        using var dir = new ScratchFolder();
        dir.Write("demo/page.html.sbn", "{{ body }}|{{ include \"part\" value: name }}");
        dir.Write("demo/_part.html.sbn", "<i>{{ $value }}</i>");
        var engine = new TemplateEngine(TemplateSource.WithOverrides(dir.Path));

        var text = engine.Render("demo/page.html.sbn", new { body = new TrustedText("<p>ok</p>"), name = "a&b" }, TestPhrases.For("en"));

        Assert.Equal("<p>ok</p>|<i>a&amp;b</i>", text);
    }

    [Fact]
    public void A_partial_written_where_it_is_included_gives_the_text_it_gives_as_a_value()
    {
        using var dir = new ScratchFolder();
        // A statement of its own renders into the page's output; a value (assigned, piped) renders into a string first.
        dir.Write("demo/page.md.sbn", "A{{ include \"part\" who: name n: 1 n: 2 }}B{{ who }}|{{ text = include \"part\" who: name n: 3 }}{{ text }}|{{ include \"part\" who: name n: 4 | string.size }}");
        dir.Write("demo/_part.md.sbn", "<{{ $who }}{{ $n }}{{ for i in 1..2 }}{{ include \"inner\" i: i }}{{ end }}>");
        dir.Write("demo/_inner.md.sbn", "[{{ $i }} {{ t \"notice.rights_heading\" }} {{ $who }}]");
        var engine = new TemplateEngine(TemplateSource.WithOverrides(dir.Path));

        var text = engine.Render("demo/page.md.sbn", new { name = "<x>" }, TestPhrases.For("de"));

        Assert.Equal("A<\\<x\\>2[1 Ihre Rechte ][2 Ihre Rechte ]>B|<\\<x\\>3[1 Ihre Rechte ][2 Ihre Rechte ]>|40", text);
    }

    [Theory]
    [InlineData("plain words")]
    [InlineData("  ## not a heading\r\n---\r\n| a | b |\n\tsee https://example.org/a_(b). or [x] ![i](javascript:x) [r]: y\r")]
    [InlineData("<b>&amp;</b> `code` {{ x }} ~~s~~ [a](https://ok.example) [b](ftp://no) HTTP://Example.ORG:8080/p?q=1\n***\n\n")]
    [InlineData("")]
    public void A_value_is_written_into_markdown_as_the_encoder_escapes_it(string value)
    {
        using var dir = new ScratchFolder();
        dir.Write("demo/page.md.sbn", "[{{ value }}]");
        var engine = new TemplateEngine(TemplateSource.WithOverrides(dir.Path));

        var text = engine.Render("demo/page.md.sbn", new { value }, TestPhrases.For("en"));

        Assert.Equal("[" + MarkdownTextEncoder.Escape(value) + "]", text);
    }

    [Fact]
    public void An_escaped_value_counts_towards_the_output_limit_with_its_escapes()
    {
        using var dir = new ScratchFolder();
        dir.Write("demo/page.md.sbn", "ab\n{{ fits }}{{ passes }}");
        var engine = new TemplateEngine(TemplateSource.WithOverrides(dir.Path), TemplateLimits.Default with { OutputCharacters = 13 });

        // "<<<<" is 8 characters escaped: 3 + 8 fits in 13, 3 + 8 + 8 does not.
        Assert.Equal("ab\n\\<\\<\\<\\<", engine.Render("demo/page.md.sbn", new { fits = "<<<<", passes = "" }, TestPhrases.For("en")));
        var error = Assert.Throws<TemplateException>(() => engine.Render("demo/page.md.sbn", new { fits = "<<<<", passes = "<<<<" }, TestPhrases.For("en")));

        Assert.Contains("output limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_text_and_empty_lists_are_false_as_in_handlebars()
    {
        using var dir = new ScratchFolder();
        dir.Write("demo/page.md.sbn", "{{ if none }}list{{ end }}{{ if blank }}text{{ end }}{{ if some }}some{{ end }}{{ if !none }}!{{ end }}");
        var engine = new TemplateEngine(TemplateSource.WithOverrides(dir.Path));

        var text = engine.Render("demo/page.md.sbn", new { none = Array.Empty<string>(), blank = "", some = new List<string> { "x" } }, TestPhrases.For("en"));

        Assert.Equal("some!", text);
    }

    [Fact]
    public void A_template_that_does_not_parse_names_its_file_line_and_column()
    {
        using var dir = new ScratchFolder();
        dir.Write("demo/page.md.sbn", "line one\n  {{ if }}\n");
        var engine = new TemplateEngine(TemplateSource.WithOverrides(dir.Path));

        var error = Assert.Throws<TemplateException>(() => engine.Render("demo/page.md.sbn", new { }, TestPhrases.For("en")));

        Assert.EndsWith("demo/page.md.sbn", error.File, StringComparison.Ordinal);
        Assert.Equal((2, 9), (error.Line, error.Column));
    }

    [Fact]
    public void An_error_inside_a_partial_names_the_partial_not_the_page()
    {
        using var dir = new ScratchFolder();
        dir.Write("demo/page.md.sbn", "{{ include \"part\" }}");
        dir.Write("demo/_part.md.sbn", "ok\n\n{{ missing.member.deeper }}");
        var engine = new TemplateEngine(TemplateSource.WithOverrides(dir.Path));

        var error = Assert.Throws<TemplateException>(() => engine.Render("demo/page.md.sbn", new { }, TestPhrases.For("en")));

        Assert.EndsWith("demo/_part.md.sbn", error.File, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void An_unknown_partial_or_phrase_is_an_error_at_the_call()
    {
        using var dir = new ScratchFolder();
        dir.Write("demo/page.md.sbn", "x\n {{ include \"nowhere\" }}");
        dir.Write("demo/phrase.md.sbn", "{{ t \"no.such.key\" }}");
        dir.Write("demo/escape.md.sbn", "{{ include \"../../etc/passwd\" }}");
        var engine = new TemplateEngine(TemplateSource.WithOverrides(dir.Path));

        var partial = Assert.Throws<TemplateException>(() => engine.Render("demo/page.md.sbn", new { }, TestPhrases.For("en")));
        var phrase = Assert.Throws<TemplateException>(() => engine.Render("demo/phrase.md.sbn", new { }, TestPhrases.For("en")));
        var escape = Assert.Throws<TemplateException>(() => engine.Render("demo/escape.md.sbn", new { }, TestPhrases.For("en")));

        Assert.Equal((2, 5), (partial.Line, partial.Column));
        Assert.Contains("demo/_nowhere.md.sbn", partial.Message, StringComparison.Ordinal);
        Assert.Contains("no.such.key", phrase.Message, StringComparison.Ordinal);
        Assert.Contains("is not a partial name", escape.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_is_parsed_once_and_renders_the_same_text_twice()
    {
        using var dir = new ScratchFolder();
        dir.Write("demo/page.md.sbn", "{{ for item in items }}{{ item }};{{ end }}");
        var engine = new TemplateEngine(TemplateSource.WithOverrides(dir.Path));
        var model = new { items = new[] { "a", "b" } };

        Assert.Same(engine.Compile("demo/page.md.sbn"), engine.Compile("demo/page.md.sbn"));
        Assert.Equal(engine.Render("demo/page.md.sbn", model, TestPhrases.For("en")), engine.Render("demo/page.md.sbn", model, TestPhrases.For("en")));
        Assert.Equal("a;b;", engine.Render("demo/page.md.sbn", model, TestPhrases.For("en")));
    }

    [Fact]
    public void An_endless_loop_stops_at_the_loop_limit()
    {
        var error = RenderWithDefaults("before\n{{ while true }}{{ end }}");

        Assert.Equal(2, error.Line);
        Assert.Contains("10000000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_loops_count_towards_the_loop_limit_of_the_outer_loop()
    {
        var error = RenderWithDefaults("{{ for i in 1..1000 }}{{ for j in 1..1000 }}{{ for k in 1..1000 }}{{ end }}{{ end }}{{ end }}");

        Assert.Contains("iteration limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_function_that_calls_itself_twice_stops_at_the_step_limit()
    {
        using var dir = new ScratchFolder();
        dir.Write("demo/page.md.sbn", "{{ func f(n)\n if n > 0\n  f(n - 1)\n  f(n - 1)\n end\nend\nf(60) }}");
        var engine = new TemplateEngine(TemplateSource.WithOverrides(dir.Path), TemplateLimits.Default with { Steps = 1_000_000 });

        var error = Assert.Throws<TemplateException>(() => engine.Render("demo/page.md.sbn", new { }, TestPhrases.For("en")));

        Assert.Contains("step limit", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Line, 1, 7);
    }

    [Fact]
    public void Endless_output_stops_at_the_output_limit()
    {
        var error = RenderWithDefaults("{{ for i in 1..1000000 }}{{ \"0123456789\" * 10 }}{{ end }}");

        Assert.Contains("output limit", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Endless_output_inside_a_partial_stops_at_the_output_limit()
    {
        using var dir = new ScratchFolder();
        dir.Write("demo/page.md.sbn", "{{ include \"part\" }}");
        dir.Write("demo/_part.md.sbn", "{{ for i in 1..1000000 }}0123456789012345678901234567890123456789{{ end }}");
        var engine = new TemplateEngine(TemplateSource.WithOverrides(dir.Path), TemplateLimits.Default with { OutputCharacters = 100_000 });

        var error = Assert.Throws<TemplateException>(() => engine.Render("demo/page.md.sbn", new { }, TestPhrases.For("en")));

        Assert.Contains("output limit", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("demo/_part.md.sbn", error.File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_that_includes_itself_stops_at_the_recursion_limit()
    {
        using var dir = new ScratchFolder();
        dir.Write("demo/page.md.sbn", "{{ include \"again\" }}");
        dir.Write("demo/_again.md.sbn", "{{ include \"again\" }}{{ include \"again\" }}");
        var engine = new TemplateEngine(TemplateSource.WithOverrides(dir.Path));

        var error = Assert.Throws<TemplateException>(() => engine.Render("demo/page.md.sbn", new { }, TestPhrases.For("en")));

        Assert.EndsWith("demo/_again.md.sbn", error.File, StringComparison.Ordinal);
    }

    private static TemplateException RenderWithDefaults(string template)
    {
        using var dir = new ScratchFolder();
        dir.Write("demo/page.md.sbn", template);
        var engine = new TemplateEngine(TemplateSource.WithOverrides(dir.Path));
        return Assert.Throws<TemplateException>(() => engine.Render("demo/page.md.sbn", new { }, TestPhrases.For("en")));
    }
}
