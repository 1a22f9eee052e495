using System.Net;
using System.Text;
using NodaTime.Text;
using Register.Model;

namespace Register.Rendering.Site;

/// <summary>The HTML of the site's index pages: one per language, plus a root page that forwards to the first language.</summary>
internal static class SiteIndexPage
{
    /// <summary>The few words of the index page; other languages fall back to English.</summary>
    private static readonly Dictionary<string, (string Title, string Intro, string Version, string Languages, string Name)> Words = new(StringComparer.Ordinal)
    {
        ["nl"] = ("Privacyverklaringen", "Hier vindt u alle privacyverklaringen van {0}.", "Versie van {0}", "Andere talen", "Nederlands"),
        ["de"] = ("Datenschutzhinweise", "Hier finden Sie alle Datenschutzhinweise von {0}.", "Stand: {0}", "Andere Sprachen", "Deutsch"),
        ["en"] = ("Privacy notices", "All privacy notices of {0}.", "Version of {0}", "Other languages", "English"),
    };

    public static string Render(RegisterModel register, string language, IReadOnlyList<string> languages, IReadOnlyList<SiteEntry> entries)
    {
        var words = Words.GetValueOrDefault(language, Words["en"]);
        var organisation = register.Organisation.TradeName ?? register.Organisation.Name;
        var others = languages.Where(l => l != language).ToList();
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n");
        sb.Append($"<html lang=\"{Encode(language)}\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append($"<title>{Encode(words.Title)} – {Encode(organisation)}</title>\n");
        foreach (var other in others)
        {
            sb.Append($"<link rel=\"alternate\" hreflang=\"{Encode(other)}\" href=\"index.{Encode(other)}.html\">\n");
        }

        sb.Append("<style>\nbody { font-family: system-ui, -apple-system, \"Segoe UI\", Roboto, Arial, sans-serif; line-height: 1.55; max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; color: #1a1a1a; }\n");
        sb.Append("a { color: #0b57a4; }\nnav.languages ul { list-style: none; padding: 0; display: flex; gap: 1rem; }\nli { margin: .4rem 0; }\n.version { color: #555; font-size: .9rem; }\n</style>\n");
        sb.Append("</head>\n<body>\n");
        if (others.Count > 0)
        {
            sb.Append($"<nav class=\"languages\" aria-label=\"{Encode(words.Languages)}\">\n<ul>\n");
            foreach (var other in others)
            {
                var name = Words.TryGetValue(other, out var w) ? w.Name : other;
                sb.Append($"<li><a href=\"index.{Encode(other)}.html\" hreflang=\"{Encode(other)}\" lang=\"{Encode(other)}\">{Encode(name)}</a></li>\n");
            }

            sb.Append("</ul>\n</nav>\n");
        }

        sb.Append($"<h1>{Encode(words.Title)}</h1>\n<p>{Encode(string.Format(System.Globalization.CultureInfo.InvariantCulture, words.Intro, organisation))}</p>\n<ul>\n");
        foreach (var entry in entries.Where(e => e.Language == language))
        {
            var title = entry.Notice.Title.Get(language) ?? entry.Notice.Id;
            var version = string.Format(System.Globalization.CultureInfo.InvariantCulture, words.Version, LocalDatePattern.Iso.Format(entry.VersionDate));
            sb.Append($"<li><a href=\"{Encode(entry.FileName)}\">{Encode(title)}</a> <span class=\"version\">({Encode(version)})</span></li>\n");
        }

        sb.Append("</ul>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>A root page for hosts that open index.html: it forwards to the first language's index.</summary>
    public static string Redirect(string language) =>
        $"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"refresh\" content=\"0; url=index.{Encode(language)}.html\">\n<title>Privacy notices</title>\n</head>\n<body>\n<p><a href=\"index.{Encode(language)}.html\">index.{Encode(language)}.html</a></p>\n</body>\n</html>\n";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
