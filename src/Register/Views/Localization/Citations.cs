using System.Globalization;
using Register.Model;

namespace Register.Views.Localization;

/// <summary>Cites a GDPR provision the way lawyers of a language write it (phrase keys <c>citation.*</c>).</summary>
public static class Citations
{
    public static string Cite(ArticleRef provision, PhraseBook phrases, CitationStyle style)
    {
        var styleKey = style == CitationStyle.Formal ? "formal" : "practitioner";
        var shape = (provision.Paragraph, provision.Subparagraph, provision.Point) switch
        {
            (null, _, _) => "article",
            (_, null, null) => "paragraph",
            (_, _, null) => "subparagraph",
            (_, null, _) => "point",
            _ => "subparagraph_point",
        };

        return phrases.Format(
            $"citation.{styleKey}.{shape}",
            ("article", Digits(provision.Article)),
            ("paragraph", provision.Paragraph is { } p ? Digits(p) : ""),
            ("paragraph_ordinal", provision.Paragraph is { } po ? phrases.Ordinal(po) : ""),
            ("subparagraph", provision.Subparagraph is { } s ? Digits(s) : ""),
            ("subparagraph_ordinal", provision.Subparagraph is { } so ? phrases.Ordinal(so) : ""),
            ("point", provision.Point ?? ""),
            ("act", phrases.Get("act." + styleKey)));
    }

    private static string Digits(int value) => value.ToString(CultureInfo.InvariantCulture);
}
