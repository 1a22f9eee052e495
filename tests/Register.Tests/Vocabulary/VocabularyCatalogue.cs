using System.Globalization;
using System.Text;
using Register.Model;
using Register.Vocabulary;

namespace Register.Tests.Vocabulary;

/// <summary>Writes the lists of built-in ids in docs/vocabulary.md from the data files, so the document cannot drift from them.</summary>
internal static class VocabularyCatalogue
{
    public static string ToMarkdown(Terminology vocabulary)
    {
        var md = new StringBuilder();
        Section(md, "Data categories (`data_categories`)", "Art. 9 marks a special category of personal data, Art. 10 criminal-offence data.");
        Table(md, ["id", "English", "Nederlands", "Deutsch", "article"], vocabulary.DataCategories.Values.Select(t =>
            new[] { Code(t.Id), t.Label["en"], t.Label["nl"], t.Label["de"], t.Special ? "Art. 9" : t.Criminal ? "Art. 10" : "" }));
        Section(md, "Categories of data subjects (`data_subjects`)", null);
        Table(md, ["id", "English", "Nederlands", "Deutsch"], vocabulary.DataSubjects.Values.Select(Row));
        Section(md, "Categories of recipients (`category` of a recipient)", null);
        Table(md, ["id", "English", "Nederlands", "Deutsch"], vocabulary.RecipientCategories.Values.Select(Row));
        Section(md, "Legal bases (`basis`)", "Art. 6(1) GDPR.");
        Table(md, ["value", "article", "English", "Nederlands", "Deutsch", "checked"], vocabulary.LegalBases.Select(p =>
            new[] { Code(Naming.ToYamlKey(p.Key.ToString())), p.Value.Article, p.Value.Label["en"], p.Value.Label["nl"], p.Value.Label["de"], p.Value.Verification }));
        Section(md, "Conditions for special categories (`condition`)", "Art. 9(2) GDPR.");
        Table(md, ["value", "article", "English", "Nederlands", "Deutsch", "checked"], vocabulary.Article9Conditions.Values.Select(ArticleRow));
        Section(md, "Transfer mechanisms (`mechanism` of a transfer)", "Chapter V GDPR.");
        Table(md, ["value", "article", "English", "Nederlands", "Deutsch", "checked"], vocabulary.TransferMechanisms.Values.Select(ArticleRow));
        Section(md, "Derogations for specific situations (`derogation` of a transfer)", "Art. 49(1) GDPR.");
        Table(md, ["value", "article", "English", "Nederlands", "Deutsch", "checked"], vocabulary.Article49Derogations.Values.Select(ArticleRow));
        Section(md, "Rights of the data subject", "In article order.");
        Table(md, ["id", "article", "English", "Nederlands", "Deutsch", "checked"], vocabulary.Rights.Select(r =>
            new[] { Code(r.Id), r.Article, r.Label["en"], r.Label["nl"], r.Label["de"], r.Verification }));
        Section(md, "Supervisory authorities (`supervisory_authority`)", null);
        Table(md, ["id", "name", "postal address", "web site", "checked"], vocabulary.Authorities.Values.Select(a =>
            new[]
            {
                Code(a.Id) + string.Concat(a.Aliases.Select(alias => " or " + Code(alias))),
                a.Name[a.Country == "NL" ? "nl" : "de"],
                $"{a.Address.Street}, {a.Address.PostalCode} {a.Address.City}",
                a.Url,
                a.Verification,
            }));
        Section(md, "Adequacy decisions", "Used for transfers with `mechanism: adequacy` (or `dpf` for the United States).");
        Table(md, ["country", "scope", "decision", "in force from", "in force until", "checked"], vocabulary.AdequacyDecisions.Select(d =>
            new[]
            {
                vocabulary.Countries.TryGetValue(d.Country, out var country) ? $"{Code(d.Country)} {country.Name["en"]}" : d.Name?["en"] ?? d.Country,
                d.Scope["en"] + (d.Note is null ? "" : $" ({d.Note["en"]})"),
                d.Decision,
                Date(d.Adopted ?? d.InForceFrom),
                d.Expires is null ? "open-ended" : Date(d.Expires),
                d.Verification,
            }));
        Section(md, "Countries (`country`)", "ISO 3166-1 alpha-2 codes. EL is accepted for Greece (GR), as the EU writes it.");
        Table(md, ["code", "English", "Nederlands", "Deutsch", "EU", "EEA"], vocabulary.Countries.Values.Select(c =>
            new[] { Code(c.Code), c.Name["en"], c.Name["nl"], c.Name["de"], c.IsEu ? "yes" : "", c.IsEea ? "yes" : "" }));
        Section(md, "Languages (`languages`)", "ISO 639-1 codes. The official languages of the EU are marked.");
        Table(md, ["code", "English", "Nederlands", "Deutsch", "EU"], vocabulary.Languages.Values.Select(l =>
            new[] { Code(l.Code), l.Name["en"], l.Name["nl"], l.Name["de"], l.EuOfficial ? "yes" : "" }));
        return md.ToString();
    }

    private static string[] Row(VocabularyTerm term) => [Code(term.Id), term.Label["en"], term.Label["nl"], term.Label["de"]];

    private static string[] ArticleRow(Register.Vocabulary.ArticleTerm term) =>
        [Code(term.Id), term.Article, term.Label["en"], term.Label["nl"], term.Label["de"], term.Verification];

    private static string Code(string text) => $"`{text}`";

    private static string Date(NodaTime.LocalDate? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "not recorded";

    private static void Section(StringBuilder md, string title, string? intro)
    {
        md.Append("### ").Append(title).Append("\n\n");
        if (intro is not null)
        {
            md.Append(intro).Append("\n\n");
        }
    }

    private static void Table(StringBuilder md, string[] headers, IEnumerable<string[]> rows)
    {
        md.Append("| ").AppendJoin(" | ", headers).Append(" |\n");
        md.Append('|').AppendJoin("", headers.Select(_ => "---|")).Append('\n');
        foreach (var row in rows)
        {
            md.Append("| ").AppendJoin(" | ", row.Select(cell => cell.Replace("|", "\\|", StringComparison.Ordinal))).Append(" |\n");
        }

        md.Append('\n');
    }
}
