using System.Text;
using NodaTime.Text;
using Register.Model;
using Register.Output;
using Register.Views.Localization;

namespace Register.Rendering.Site;

/// <summary>
/// The publishable web site under <c>site/</c>: the notices' HTML pages, an index page per language linking every notice
/// (and the other languages' indexes), and <c>index.json</c> with each notice's URL, language, version date and SHA-256
/// hash. The pages themselves are written (by the formats stage) the moment the HTML format makes them, to their own path
/// and to <see cref="PagePath"/>, so the site holds exactly those bytes; this class gets only their hashes.
/// </summary>
public static class NoticeSite
{
    public const string Folder = "site";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Where the site holds a notice's page: site/&lt;output&gt;.&lt;language&gt;.html.</summary>
    public static string PagePath(Notice notice, string language) => $"{Folder}/{FileName(notice, language)}";

    /// <summary>
    /// The site's index pages and its index.json, from the SHA-256 of each notice's page in each language. The index pages
    /// borrow month names from the build's phrase books (<paramref name="phrases"/>, loaded once).
    /// </summary>
    public static (IReadOnlyList<OutputFile> Html, OutputFile Index) Build(RegisterModel register, IReadOnlyList<(Notice Notice, string Language, string Sha256)> pages, PhraseLibrary phrases)
    {
        var byPage = new Dictionary<(string, string), string>();
        foreach (var (notice, language, sha256) in pages)
        {
            byPage.TryAdd((notice.Id, language), sha256);
        }

        var entries = new List<SiteEntry>();
        foreach (var notice in register.Notices.OrderBy(n => n.Id, StringComparer.Ordinal))
        {
            foreach (var language in Languages(register))
            {
                if (byPage.TryGetValue((notice.Id, language), out var sha256))
                {
                    var version = VersionStamp.Of(notice, register.Organisation);
                    entries.Add(new SiteEntry(notice, language, FileName(notice, language), sha256, version.Date, version.Month));
                }
            }
        }

        var html = new List<OutputFile>();
        var languages = Languages(register).Where(l => entries.Any(e => e.Language == l)).ToList();

        foreach (var language in languages)
        {
            html.Add(new OutputFile($"{Folder}/index.{language}.html", Utf8.GetBytes(SiteIndexPage.Render(register, language, languages, entries, phrases.For(language)))));
        }

        if (languages.Count > 0)
        {
            html.Add(new OutputFile($"{Folder}/index.html", Utf8.GetBytes(SiteIndexPage.Redirect(languages[0]))));
        }

        return (html, new OutputFile($"{Folder}/index.json", Utf8.GetBytes(IndexJson(register, entries))));
    }

    private static string FileName(Notice notice, string language) => $"{notice.Output}.{language}.html";

    /// <summary>The register's languages in the order it lists them.</summary>
    private static IEnumerable<string> Languages(RegisterModel register) =>
        register.Organisation.Languages.Concat(register.Notices.SelectMany(n => n.Languages)).Distinct(StringComparer.Ordinal);

    private static string IndexJson(RegisterModel register, IReadOnlyList<SiteEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions
        {
            // As the notice JSON: <, > and & escaped, so the index is safe to inline in a page; other letters stay readable.
            Indented = true, IndentSize = 2, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        }))
        {
            json.WriteStartObject();
            json.WriteString("controller", register.Organisation.Name);
            json.WriteStartArray("notices");
            foreach (var entry in entries)
            {
                json.WriteStartObject();
                json.WriteString("id", entry.Notice.Id);
                json.WriteString("language", entry.Language);
                json.WriteString("title", entry.Notice.Title.Get(entry.Language) ?? entry.Notice.Id);
                json.WriteString("url", entry.FileName);
                json.WriteString("version_date", entry.Version.Iso);
                json.WriteString("sha256", entry.Sha256);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Utf8.GetString(stream.ToArray()) + "\n";
    }
}
