using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Register.Loading;
using Register.Rendering.OpenXml;
using Register.Tests.Approval;
using Register.Tests.Pipeline;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Register.Tests.Rendering.OpenXml;

/// <summary>
/// Every Word document of the example (notices, Art. 30 records, DPO reports) opened with the Open XML SDK: real lists,
/// clickable links, headings at the HTML's levels that keep with the next paragraph, the language, the properties.
/// </summary>
public sealed partial class WordStructureTests
{
    public static TheoryData<string> WordFiles => new(Documents().Select(f => f.Path));

    private static IEnumerable<Register.Output.OutputFile> Documents() =>
        RenderedExample.Render().Files.Where(f => f.Path.EndsWith(".docx", StringComparison.Ordinal)).OrderBy(f => f.Path, StringComparer.Ordinal);

    private static byte[] Bytes(string path) => RenderedExample.Render().Files.Single(f => f.Path == path).Content;

    // notices/privacy-debtors.nl.docx → nl; records/nl/art30-controller.docx → nl.
    private static string LanguageOf(string path) =>
        path.StartsWith("notices/", StringComparison.Ordinal) ? Path.GetFileNameWithoutExtension(path).Split('.')[^1] : path.Split('/')[1];

    [Theory]
    [MemberData(nameof(WordFiles))]
    public void The_document_is_valid_and_has_list_definitions_for_every_list_paragraph(string path)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(Bytes(path)), false);
        Assert.Empty(OfficeText.ValidationErrors(package));
        var main = package.MainDocumentPart!;
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        Assert.NotNull(numbering);
        var abstracts = numbering.Elements<W.AbstractNum>().Select(a => a.AbstractNumberId!.Value).ToHashSet();
        var instances = numbering.Elements<W.NumberingInstance>().ToDictionary(n => n.NumberID!.Value, n => n.AbstractNumId!.Val!.Value);
        Assert.All(instances.Values, a => Assert.Contains(a, abstracts));

        var body = main.Document.Body!;
        var listItems = body.Descendants<W.Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties is not null).ToList();
        Assert.All(listItems, p => Assert.True(instances.ContainsKey(p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value), $"numId of '{p.InnerText}' is not defined"));
        // No typed bullets or numbers are left: an item's text starts with its content.
        Assert.DoesNotContain(body.Descendants<W.Paragraph>(), p => Regex.IsMatch(p.InnerText, @"^(•|–|[0-9]+\.)\s") && p.Descendants<W.TabChar>().Any());
        if (path.StartsWith("notices/", StringComparison.Ordinal))
        {
            Assert.NotEmpty(listItems);
        }
    }

    [Theory]
    [MemberData(nameof(WordFiles))]
    public void Every_hyperlink_has_a_web_or_mail_target_or_a_bookmark_in_the_document(string path)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(Bytes(path)), false);
        var main = package.MainDocumentPart!;
        var targets = main.HyperlinkRelationships.ToDictionary(r => r.Id, r => r, StringComparer.Ordinal);
        var bookmarks = main.Document.Body!.Descendants<W.BookmarkStart>().Select(b => b.Name!.Value!).ToList();
        Assert.Equal(bookmarks.Distinct(StringComparer.Ordinal).Count(), bookmarks.Count);
        var links = main.Document.Body.Descendants<W.Hyperlink>().ToList();

        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            Assert.False(string.IsNullOrEmpty(link.InnerText), "a hyperlink without text");
            if (link.Id?.Value is { } id)
            {
                Assert.True(targets.TryGetValue(id, out var relationship), $"hyperlink '{link.InnerText}' names relationship {id}, which does not exist");
                Assert.True(relationship.IsExternal);
                Assert.Matches("^(https?://|mailto:)", relationship.Uri.OriginalString);
            }
            else
            {
                Assert.Contains(link.Anchor!.Value!, bookmarks);
            }
        }

        // Every address written in the text is inside a hyperlink.
        var bare = main.Document.Body.Descendants<W.Text>()
            .Where(t => t.Ancestors<W.Hyperlink>().FirstOrDefault() is null && AddressPattern().IsMatch(t.Text))
            .Select(t => t.Text)
            .ToList();
        Assert.Empty(bare);
    }

    [Theory]
    [MemberData(nameof(WordFiles))]
    public void The_language_is_set_in_the_style_defaults_the_settings_and_the_properties(string path)
    {
        var expected = OfficeLanguage.Tag(LanguageOf(path));
        Assert.Matches("^[a-z]{2}-[A-Z]{2}$", expected);
        using var package = WordprocessingDocument.Open(new MemoryStream(Bytes(path)), false);
        var main = package.MainDocumentPart!;

        var defaults = main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.GetFirstChild<W.Languages>();
        Assert.Equal(expected, defaults?.Val?.Value);
        Assert.Equal(expected, main.DocumentSettingsPart!.Settings!.GetFirstChild<W.ThemeFontLanguages>()?.Val?.Value);
        Assert.Equal(expected, package.PackageProperties.Language);
        // No run or style sets another language.
        Assert.All(main.Document.Body!.Descendants<W.Languages>(), l => Assert.Equal(expected, l.Val?.Value));
    }

    [Theory]
    [MemberData(nameof(WordFiles))]
    public void The_properties_name_the_organisation_and_the_version_of_the_register(string path)
    {
        var organisation = RegisterLoader.Load(RenderedExample.Directory, new LoadOptions { DisplayRoot = Approver.RepoRoot }).Register!.Organisation;
        using var package = WordprocessingDocument.Open(new MemoryStream(Bytes(path)), false);
        var properties = package.PackageProperties;

        Assert.Equal(organisation.Name, properties.Creator);
        Assert.Equal(organisation.Name, package.ExtendedFilePropertiesPart!.Properties.Company!.Text);
        Assert.False(string.IsNullOrEmpty(properties.Title));
        Assert.False(string.IsNullOrEmpty(properties.Version));
        var version = NodaTime.Text.LocalDatePattern.Iso.Parse(properties.Version!).GetValueOrThrow();
        // Dated by the register, not by the clock that built it.
        Assert.Equal(version, NodaTime.LocalDate.FromDateTime(properties.Created!.Value.ToUniversalTime()));
        Assert.Equal(properties.Created, properties.Modified);
        if (!path.StartsWith("reports/", StringComparison.Ordinal))
        {
            var notices = RegisterLoader.Load(RenderedExample.Directory, new LoadOptions { DisplayRoot = Approver.RepoRoot }).Register!.Notices;
            var dates = notices.Select(n => n.VersionDate ?? organisation.VersionDate).Append(organisation.VersionDate);
            Assert.Contains(version, dates);
        }
    }

    [Theory]
    [MemberData(nameof(WordFiles))]
    public void Headings_keep_with_the_next_paragraph_and_never_skip_a_level(string path)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(Bytes(path)), false);
        var main = package.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<W.Style>().ToDictionary(s => s.StyleId!.Value!, StringComparer.Ordinal);
        var headings = Headings(main).ToList();

        Assert.NotEmpty(headings);
        Assert.All(headings, h => Assert.NotNull(styles[$"Heading{h.Level}"].StyleParagraphProperties?.KeepNext));
        Assert.All(headings, h => Assert.Equal(h.Level - 1, styles[$"Heading{h.Level}"].StyleParagraphProperties?.OutlineLevel?.Val?.Value));
        Assert.Equal(2, headings[0].Level);
        for (var i = 1; i < headings.Count; i++)
        {
            Assert.True(headings[i].Level <= headings[i - 1].Level + 1, $"'{headings[i].Text}' (Heading{headings[i].Level}) follows '{headings[i - 1].Text}' (Heading{headings[i - 1].Level})");
        }
    }

    [Theory]
    [MemberData(nameof(NoticeFiles))]
    public void A_notice_has_the_headings_of_its_html_page_at_the_same_levels(string path)
    {
        // The page's table of contents (a nav of links) is the browser's; Word has its navigation pane.
        var html = NavPattern().Replace(System.Text.Encoding.UTF8.GetString(Bytes(path[..^".docx".Length] + ".html")), "");
        var expected = HtmlHeadingPattern().Matches(html)
            .Select(m => (Level: int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Text: WebUtility.HtmlDecode(TagPattern().Replace(m.Groups[2].Value, "")).Trim()))
            .ToList();
        using var package = WordprocessingDocument.Open(new MemoryStream(Bytes(path)), false);

        Assert.Contains(expected, h => h.Level >= 3);
        Assert.Equal(expected, Headings(package.MainDocumentPart!).Select(h => (h.Level, h.Text.Trim())).ToList());
    }

    public static TheoryData<string> NoticeFiles => new(Documents().Select(f => f.Path).Where(p => p.StartsWith("notices/", StringComparison.Ordinal)));

    [Fact]
    public void A_numbered_list_restarts_at_its_own_start_and_bullets_share_one_definition()
    {
        var bytes = DocxWriter.ToBytes(
            "de",
            new DocumentProperties("T", "S", "de", "C", new NodaTime.LocalDate(2026, 1, 1)),
            new DocxPageFrame("H", "V", "Seite", "von"),
            docx => MarkdownWordDocument.Append(docx, "1. a\n2. b\n\ntext\n\n3. c\n4. d\n\n- x\n  - y\n\n- z\n"));

        using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(OfficeText.ValidationErrors(package));
        var numbering = package.MainDocumentPart!.NumberingDefinitionsPart!.Numbering;
        var items = package.MainDocumentPart.Document.Body!.Elements<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.NumberingProperties is not null)
            .Select(p => (p.InnerText, Num: p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value, Level: p.ParagraphProperties.NumberingProperties.NumberingLevelReference!.Val!.Value))
            .ToList();

        Assert.Equal(["a", "b", "c", "d", "x", "y", "z"], items.Select(i => i.InnerText));
        Assert.Equal(items[0].Num, items[1].Num);
        Assert.NotEqual(items[0].Num, items[2].Num);
        Assert.Equal([0, 0, 0, 0, 0, 1, 0], items.Select(i => i.Level));
        Assert.Equal(items[4].Num, items[6].Num);
        int Start(int num) => numbering.Elements<W.NumberingInstance>().Single(n => n.NumberID!.Value == num)
            .Elements<W.LevelOverride>().Single().StartOverrideNumberingValue!.Val!.Value;
        Assert.Equal(1, Start(items[0].Num));
        Assert.Equal(3, Start(items[2].Num));
        var bullets = numbering.Elements<W.NumberingInstance>().Single(n => n.NumberID!.Value == items[4].Num).AbstractNumId!.Val!.Value;
        Assert.Equal(W.NumberFormatValues.Bullet, numbering.Elements<W.AbstractNum>().Single(a => a.AbstractNumberId!.Value == bullets).Elements<W.Level>().First().NumberingFormat!.Val!.Value);
    }

    [Fact]
    public void Bare_addresses_in_text_become_links_and_the_same_address_shares_one_relationship()
    {
        var bytes = DocxWriter.ToBytes(
            "nl",
            new DocumentProperties("T", "S", "nl", "C", new NodaTime.LocalDate(2026, 1, 1)),
            new DocxPageFrame("H", "V", "Pagina", "van"),
            docx => docx.Paragraph("Mail privacy@example.org of kijk op https://example.org/privacy. Nogmaals: privacy@example.org, ftp://x.example blijft tekst."));

        using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(OfficeText.ValidationErrors(package));
        var main = package.MainDocumentPart!;
        var links = main.Document.Body!.Descendants<W.Hyperlink>().Select(h => (h.InnerText, Target: main.HyperlinkRelationships.Single(r => r.Id == h.Id!.Value).Uri.OriginalString)).ToList();

        Assert.Equal(
            [("privacy@example.org", "mailto:privacy@example.org"), ("https://example.org/privacy", "https://example.org/privacy"), ("privacy@example.org", "mailto:privacy@example.org")],
            links);
        Assert.Equal(2, main.HyperlinkRelationships.Count());
        Assert.Equal("Mail privacy@example.org of kijk op https://example.org/privacy. Nogmaals: privacy@example.org, ftp://x.example blijft tekst.", main.Document.Body.InnerText);
    }

    private static IEnumerable<(int Level, string Text)> Headings(MainDocumentPart main) =>
        main.Document.Body!.Elements<W.Paragraph>()
            .Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "", p.InnerText))
            .Where(p => p.Style.StartsWith("Heading", StringComparison.Ordinal))
            .Select(p => (int.Parse(p.Style["Heading".Length..], System.Globalization.CultureInfo.InvariantCulture), p.InnerText));

    [GeneratedRegex(@"https?://|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]")]
    private static partial Regex AddressPattern();

    [GeneratedRegex(@"<h([2-4])\b[^>]*>(.*?)</h\1>", RegexOptions.Singleline)]
    private static partial Regex HtmlHeadingPattern();

    [GeneratedRegex(@"<nav\b.*?</nav>", RegexOptions.Singleline)]
    private static partial Regex NavPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
