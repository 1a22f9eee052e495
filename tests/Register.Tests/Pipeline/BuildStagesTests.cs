using System.Reflection;
using Register.Pipeline;
using Register.Rendering;
using Register.Rendering.Formats;
using Register.Rendering.Notices;
using Register.Tests.Approval;
using Register.Views;

namespace Register.Tests.Pipeline;

/// <summary>Each stage runs once and only forward: views built once per (document, language), phrases loaded once, formats from the views.</summary>
public sealed class BuildStagesTests
{
    [Fact]
    public void Each_view_is_built_once_and_every_format_gets_the_same_one()
    {
        var first = new ProbeFormat("first");
        var second = new ProbeFormat("second");

        var result = BuildPipeline.Render(RenderedExample.Directory, RenderedExample.Options with { Formats = [first, second] });

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var register = result.Validation.Register!;
        var expected = register.Notices.SelectMany(n => NoticeCoverage.Languages(n, register).Select(l => (n.Id, l))).Order().ToList();
        Assert.Equal(expected, first.Notices.Select(n => (n.Notice.Id, n.View.Language)).Order().ToList());
        // The same rendered notice, hence the same view and the same parsed Markdown, reaches every format (the documents
        // are rendered on several threads, so each format met them in the order they were finished).
        Assert.Equal(
            first.Notices.OrderBy(n => (n.Notice.Id, n.View.Language)),
            second.Notices.OrderBy(n => (n.Notice.Id, n.View.Language)),
            ReferenceEqualityComparer.Instance);
        Assert.Equal(first.Notices.Count, first.Notices.Select(n => n.View).Distinct(ReferenceEqualityComparer.Instance).Count());
        Assert.Equal(
            first.Records.Select(r => r.View).OrderBy(v => (v.Kind, v.Language)),
            second.Records.Select(r => r.View).OrderBy(v => (v.Kind, v.Language)),
            ReferenceEqualityComparer.Instance);
        Assert.Equal(first.Records.Count, first.Records.Select(r => r.View).Distinct(ReferenceEqualityComparer.Instance).Count());
        Assert.Equal(first.Reports, second.Reports, ReferenceEqualityComparer.Instance);
        Assert.Equal(register.Organisation.Languages.Count, first.Reports.Count);
        Assert.All(result.Files, f => Assert.True(f.Path.EndsWith(".first.txt", StringComparison.Ordinal) || f.Path.EndsWith(".second.txt", StringComparison.Ordinal), f.Path));
    }

    [Fact]
    public void Phrase_files_are_loaded_once_per_build()
    {
        using var templates = new ScratchFolder();
        var engine = new TemplateEngine(TemplateSource.WithOverrides(templates.Path));

        var result = BuildPipeline.Render(RenderedExample.Directory, RenderedExample.Options with { Templates = engine });

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(1, engine.Source.PhraseLoads);
    }

    /// <summary>
    /// A notice with a readability minimum is rendered once per language, and REG140 is measured on that rendering
    /// (not on a second one made for the check, with its own phrase files and date): the same warnings validate gives.
    /// </summary>
    [Fact]
    public void A_notice_with_a_readability_minimum_is_rendered_once_and_measured_as_rendered()
    {
        using var fixture = Validation.RegisterFixture.Create("reg140-readability-below-minimum");
        using var templates = new ScratchFolder();
        var engine = new TemplateEngine(TemplateSource.WithOverrides(templates.Path));
        var validation = new Register.Validation.ValidationOptions { Today = Validation.RegisterFixture.Today, Load = new Register.Loading.LoadOptions { DisplayRoot = fixture.Root } };
        var validated = Register.Validation.RegisterValidation.Run(fixture.Root, RenderedNoticeMeasure.Validating(validation, TemplateEngine.BuiltIn));

        BuildResult built;
        using (var probe = Register.Instrumentation.WorkProbe.Start())
        {
            built = BuildPipeline.Render(fixture.Root, new BuildOptions { Validation = validation, Templates = engine, Formats = [OutputFormats.Markdown] });
            Assert.Equal(2, probe.Counts["notice.render"]);
        }

        Assert.Equal(1, engine.Source.PhraseLoads);
        var warnings = built.Validation.Diagnostics.Where(d => d.Code == "REG140").Select(d => d.ToString()).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Equal(validated.Diagnostics.Select(d => d.ToString()), built.Validation.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(warnings, built.Validation.DocumentFindings.Where(d => d.Code == "REG140").Select(d => d.ToString()));
    }

    /// <summary>
    /// Each record's Markdown is rendered once for the Markdown file and the HTML page, and let go after the last of them
    /// (the Word and Excel files are written from the view): released early, it is not rendered a second time.
    /// </summary>
    [Fact]
    public void Each_record_markdown_is_rendered_once_in_a_build()
    {
        BuildResult built;
        using (var probe = Register.Instrumentation.WorkProbe.Start())
        {
            built = BuildPipeline.Render(RenderedExample.Directory, RenderedExample.Options);
            var records = built.Files.Count(f => f.Path.StartsWith("records/", StringComparison.Ordinal) && f.Path.EndsWith(".md", StringComparison.Ordinal));
            Assert.True(records >= 2);
            Assert.Equal(records, probe.Counts["record.markdown"]);
        }

        Assert.False(built.HasErrors);
    }

    [Fact]
    public void A_format_added_as_one_class_is_written_for_every_document_without_other_changes()
    {
        var probe = new ProbeFormat("probe");

        var result = BuildPipeline.Render(RenderedExample.Directory, RenderedExample.Options with { Formats = [probe] });

        var notices = result.Files.Count(f => f.Path.StartsWith("notices/", StringComparison.Ordinal));
        var records = result.Files.Count(f => f.Path.StartsWith("records/", StringComparison.Ordinal));
        Assert.Equal(probe.Notices.Count, notices);
        Assert.Equal(probe.Records.Count, records);
        Assert.Contains(result.Files, f => f.Path == "notices/privacy-website.nl.probe.txt");
        Assert.Contains(result.Files, f => f.Path == "reports/en/dpo-report.probe.txt");
    }

    [Fact]
    public void The_word_notice_and_the_html_are_written_from_one_parsed_document_and_match_the_committed_files()
    {
        var probe = new ProbeFormat("probe");
        BuildPipeline.Render(RenderedExample.Directory, RenderedExample.Options with { Formats = [probe] });
        var notice = probe.Notices.First(n => n.Notice.Id == "website" && n.View.Language == "nl");

        var docx = OutputFormats.Docx.Notice(notice);
        var html = OutputFormats.HtmlPage.Notice(notice);

        Assert.Equal(MarkdownHtml.Render(notice.Document).Body, notice.Html.Body);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Approver.RepoRoot, "output", "notices", "privacy-website.nl.docx")), docx);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Approver.RepoRoot, "output", "notices", "privacy-website.nl.html")), html);
    }

    [Fact]
    public void The_cli_offers_exactly_the_registered_formats()
    {
        var help = Cli.CliRun.Of("build", "--help").Output;

        // The choices, wherever the help layout wraps them (a longer list moves them under the option name).
        Assert.Contains($"<{string.Join('|', OutputFormats.Names.Order(StringComparer.Ordinal))}>", help, StringComparison.Ordinal);
        Assert.Equal(2, Cli.CliRun.Of("build", RenderedExample.Directory, "--format", "pdf").ExitCode);
    }

    [Fact]
    public void Views_never_name_a_rendering_type()
    {
        var assembly = typeof(NoticeView).Assembly;
        var views = assembly.GetTypes().Where(t => t.Namespace?.StartsWith("Register.Views", StringComparison.Ordinal) == true).ToList();
        var named = views.SelectMany(t => SignatureTypes(t).Select(s => (View: t, Named: s)))
            .Where(p => p.Named.Namespace?.StartsWith("Register.Rendering", StringComparison.Ordinal) == true)
            .Select(p => $"{p.View.FullName} -> {p.Named.FullName}")
            .Distinct()
            .ToList();

        Assert.NotEmpty(views);
        Assert.Empty(named);
        var sources = Directory.EnumerateFiles(Path.Combine(Approver.RepoRoot, "src", "Register", "Views"), "*.cs", SearchOption.AllDirectories);
        Assert.DoesNotContain(sources, f => File.ReadAllText(f).Contains("using Register.Rendering", StringComparison.Ordinal));
    }

    private static IEnumerable<Type> SignatureTypes(Type type)
    {
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var direct = new List<Type>();
        if (type.BaseType is { } baseType)
        {
            direct.Add(baseType);
        }

        direct.AddRange(type.GetInterfaces());
        direct.AddRange(type.GetFields(All).Select(f => f.FieldType));
        direct.AddRange(type.GetProperties(All).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            direct.AddRange(method.GetParameters().Select(p => p.ParameterType));
            if (method is MethodInfo info)
            {
                direct.Add(info.ReturnType);
            }
        }

        return direct.SelectMany(Expand);
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        yield return type;
        if (type.HasElementType)
        {
            foreach (var inner in Expand(type.GetElementType()!))
            {
                yield return inner;
            }
        }

        foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
        {
            foreach (var inner in Expand(argument))
            {
                yield return inner;
            }
        }
    }
}
