using System.Globalization;
using System.Net;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Register.Model;
using Register.Views.Localization;

namespace Register.Rendering.Site;

/// <summary>The HTML of the site's index pages: one per language, plus a root page that forwards to the first language.</summary>
internal static class SiteIndexPage
{
    /// <summary>The few words of the index page; other languages fall back to English.</summary>
    private static readonly Dictionary<string, (string Title, string Intro, string Version, string Languages, string Name, string Forward)> Words = new(StringComparer.Ordinal)
    {
        ["nl"] = ("Privacyverklaringen", "Hier vindt u alle privacyverklaringen van {0}.", "Versie van {0}", "Andere talen", "Nederlands", "Naar de privacyverklaringen"),
        ["de"] = ("Datenschutzhinweise", "Hier finden Sie alle Datenschutzhinweise von {0}.", "Stand: {0}", "Andere Sprachen", "Deutsch", "Zu den Datenschutzhinweisen"),
        ["en"] = ("Privacy notices", "All privacy notices of {0}.", "Version of {0}", "Other languages", "English", "To the privacy notices"),
    };

    // Long words (Datenschutzhinweise) wrap instead of pushing the page sideways on a 375 px phone.
    private const string Style =
        "body { font-family: system-ui, -apple-system, \"Segoe UI\", Roboto, Arial, sans-serif; line-height: 1.55; max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; color: #1a1a1a; background: #fff; overflow-wrap: anywhere; }\n" +
        "h1 { font-size: clamp(1.5rem, 7vw, 1.9rem); line-height: 1.2; hyphens: auto; }\n" +
        "a { color: #0b57a4; }\nnav.languages ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; }\nli { margin: .4rem 0; }\n.version { color: #555; font-size: .9rem; }\n" +
        "@media print { body { max-width: none; padding: 0; } nav.languages { display: none; } @page { margin: 2cm; } }\n";

    public static string Render(RegisterModel register, string language, IReadOnlyList<string> languages, IReadOnlyList<SiteEntry> entries, PhraseBook? phrases)
    {
        var words = Words.GetValueOrDefault(language, Words["en"]);
        var organisation = register.Organisation.TradeName ?? register.Organisation.Name;
        var others = languages.Where(l => l != language).ToList();
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n");
        sb.Append($"<html lang=\"{Encode(language)}\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append($"<title>{Encode(words.Title)} – {Encode(organisation)}</title>\n");
        foreach (var version in languages)
        {
            sb.Append($"<link rel=\"alternate\" hreflang=\"{Encode(version)}\" href=\"index.{Encode(version)}.html\">\n");
        }

        if (languages.Count > 0)
        {
            sb.Append($"<link rel=\"alternate\" hreflang=\"x-default\" href=\"index.{Encode(languages[0])}.html\">\n");
        }

        sb.Append("<style>\n").Append(Style).Append("</style>\n");
        sb.Append("</head>\n<body>\n");
        if (others.Count > 0)
        {
            sb.Append($"<header>\n<nav class=\"languages\" aria-label=\"{Encode(words.Languages)}\">\n<ul>\n");
            foreach (var other in others)
            {
                var name = Words.TryGetValue(other, out var w) ? w.Name : other;
                sb.Append($"<li><a href=\"index.{Encode(other)}.html\" hreflang=\"{Encode(other)}\" lang=\"{Encode(other)}\">{Encode(name)}</a></li>\n");
            }

            sb.Append("</ul>\n</nav>\n</header>\n");
        }

        sb.Append($"<main>\n<h1>{Encode(words.Title)}</h1>\n<p>{Encode(string.Format(CultureInfo.InvariantCulture, words.Intro, organisation))}</p>\n<ul>\n");
        foreach (var entry in entries.Where(e => e.Language == language))
        {
            var title = entry.Notice.Title.Get(language) ?? entry.Notice.Id;
            var version = string.Format(CultureInfo.InvariantCulture, words.Version, Date(entry.Version, phrases));
            sb.Append($"<li><a href=\"{Encode(entry.FileName)}\">{Encode(title)}</a> <span class=\"version\">(<time datetime=\"{entry.Version.Iso}\">{Encode(version)}</time>)</span></li>\n");
        }

        sb.Append("</ul>\n</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>A root page for hosts that open index.html: it forwards to the first language's index.</summary>
    public static string Redirect(string language)
    {
        var words = Words.GetValueOrDefault(language, Words["en"]);
        var target = $"index.{Encode(language)}.html";
        return $"<!DOCTYPE html>\n<html lang=\"{Encode(language)}\">\n<head>\n<meta charset=\"utf-8\">\n" +
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
            $"<meta http-equiv=\"refresh\" content=\"0; url={target}\">\n<title>{Encode(words.Title)}</title>\n" +
            $"<link rel=\"canonical\" href=\"{target}\">\n</head>\n<body>\n<main>\n<p><a href=\"{target}\">{Encode(words.Forward)}</a></p>\n</main>\n</body>\n</html>\n";
    }

    /// <summary>The date as the notices write it (1 november 2026); ISO only for a language without a phrase book.</summary>
    private static string Date(VersionStamp version, PhraseBook? phrases) =>
        phrases is null ? version.Iso : DateWords.Format(version, phrases);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
