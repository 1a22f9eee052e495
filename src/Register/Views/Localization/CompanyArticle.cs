namespace Register.Views.Localization;

/// <summary>
/// The article a language puts before a company's name: German writes "ist die Kompas Incasso B.V." because the name
/// ends in a legal form whose noun is feminine (die Gesellschaft). The article comes from the phrase
/// <c>list.company_article</c>; names without a known legal form get none.
/// </summary>
public static class CompanyArticle
{
    // Legal forms read as "die …" in German (Gesellschaft, Aktiengesellschaft, besloten vennootschap, Limited, …).
    private static readonly string[] LegalForms =
    [
        "GmbH", "gGmbH", "AG", "SE", "KG", "OHG", "UG", "KGaA", "GbR", "eG", "mbH", "B.V.", "BV", "N.V.", "NV", "Ltd", "Ltd.", "Limited",
        "S.A.", "SA", "SAS", "S.à r.l.", "Sàrl", "Inc.", "LLC", "plc", "PLC",
    ];

    public static string For(string name, PhraseBook phrases)
    {
        var article = phrases.TryGet("list.company_article") ?? "";
        var trimmed = name.Trim();
        return article.Length > 0 && LegalForms.Any(form => trimmed.EndsWith(" " + form, StringComparison.Ordinal) || trimmed.Contains(" " + form + " (", StringComparison.Ordinal))
            ? article
            : "";
    }
}
