using System.Globalization;
using Register.Diagnostics;
using Register.Model;
using Register.Views.Art30;
using Register.Views.Localization;

namespace Register.Views.Reports;

/// <summary>Builds the DPO report of a register in one language, computed as of <see cref="ViewInput.AsOf"/>.</summary>
public static class DpoReportViews
{
    /// <summary>Reviews older than this are overdue: the validator's default (ValidationOptions.ReviewMonths).</summary>
    public const int ReviewMonths = 12;

    /// <summary>The readability measured on the rendered notices of this build, one row per notice and language.</summary>
    private static ReportTable Readability(IReadOnlyList<Readability.NoticeReadability> readability, RegisterModel register, Func<string, string> r)
    {
        string Title(Readability.NoticeReadability e) =>
            register.Notices.FirstOrDefault(n => n.Id == e.NoticeId)?.Title.Get(e.Score.Language) ?? e.NoticeId;
        var rows = readability
            .Select(e => (IReadOnlyList<string>)[
                Title(e),
                e.Score.Language,
                e.Score.Words.ToString(CultureInfo.InvariantCulture),
                e.Score.ReadingMinutes.ToString(CultureInfo.InvariantCulture),
                e.Score.AverageSentenceLength.ToString("0.0", CultureInfo.InvariantCulture),
                $"{e.Score.Index} {e.Score.Value.ToString("0.0", CultureInfo.InvariantCulture)}"])
            .ToList();
        return new ReportTable(r("readability"), r("readability_intro"),
            [r("notice"), r("language"), r("words"), r("minutes"), r("sentence_length"), r("index")], rows, [2.4, 0.6, 0.8, 0.8, 0.9, 1.5]);
    }

    /// <summary>
    /// The report in the language of <paramref name="phrases"/>, reusing that language's controller record view and the
    /// readability measured on this build's notices (so reports are built after the notices are rendered).
    /// </summary>
    public static DpoReportView Build(ViewInput input, PhraseBook phrases, Art30RecordView record, IReadOnlyList<Readability.NoticeReadability> readability) =>
        Build(input, phrases, DpoRecordExtract.Of(record), readability);

    /// <summary>The report in the language of <paramref name="phrases"/>, from what it shows of that language's controller record.</summary>
    public static DpoReportView Build(ViewInput input, PhraseBook phrases, DpoRecordExtract record, IReadOnlyList<Readability.NoticeReadability> readability)
    {
        var register = input.Register;
        var organisation = register.Organisation;
        var art30Phrases = new Art30Phrases(phrases);
        string R(string key) => phrases.Get("art30.report." + key);
        var activities = register.Activities.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        string Name(ProcessingActivity a) => a.Name.ForRecord(phrases.Language) ?? "";
        string Names(IEnumerable<ProcessingActivity> list) => string.Join("\n", list.Select(Name));
        string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
        var citation = organisation.CitationStyle;

        var special = activities.Where(a => a.SpecialCategories is not null || a.CriminalData is not null
            || a.DataCategories.Any(c => input.Vocabulary.DataCategories.GetValueOrDefault(c.Category) is { } t && (t.Special || t.Criminal))).ToList();
        var overdue = activities.Where(a => a.LastReviewed.PlusMonths(ReviewMonths) < input.AsOf).ToList();
        var dpiaMissing = activities.Where(a => a.Dpia is { Required: true } d && string.IsNullOrWhiteSpace(d.Reference)).ToList();
        // Only the organisation's own transfers: a recipient's onward transfer is that controller's.
        var transfers = activities.SelectMany(a => a.Transfers.Where(t => !t.IsOnward).Select(t => (Activity: a, Transfer: t))).ToList();

        var summary = new ReportTable(R("summary"), null, [R("figure"), R("count")],
        [
            [R("activities_total"), Count(activities.Count)],
            [R("as_controller"), Count(activities.Count(a => a.Role != ActivityRole.Processor))],
            [R("as_processor"), Count(activities.Count(a => a.Role == ActivityRole.Processor))],
            [R("transfers_total"), Count(transfers.Count)],
            [R("special_total"), Count(special.Count)],
            [R("overdue_total"), Count(overdue.Count)],
            [R("dpia_missing_total"), Count(dpiaMissing.Count)],
            [R("findings_total"), Count(input.Findings.Count)],
        ], [3, 1]);

        var perBasis = Enum.GetValues<LegalBasis>()
            .Select(b => (Basis: b, List: activities.Where(a => a.Purposes.Any(p => p.Bases().Contains(b))).ToList()))
            .Where(x => x.List.Count > 0)
            .Select(x => (IReadOnlyList<string>)[$"{Citations.Cite(GdprProvisions.Basis(x.Basis), phrases, citation)} ({art30Phrases.BasisName(x.Basis)})", Count(x.List.Count), Names(x.List)])
            .ToList();

        var perAudience = organisation.Audiences
            .Select(au => (Audience: au, List: activities.Where(a => a.Audiences.Contains(au.Id, StringComparer.Ordinal)).ToList()))
            .Select(x => (IReadOnlyList<string>)[x.Audience.Name[phrases.Language], Count(x.List.Count), Names(x.List)])
            .ToList();

        var perTransfer = transfers
            .GroupBy(x => (Country: x.Transfer.Country ?? "", x.Transfer.Mechanism))
            .OrderBy(g => g.Key.Country, StringComparer.Ordinal).ThenBy(g => g.Key.Mechanism)
            .Select(g => (IReadOnlyList<string>)[
                g.Key.Country.Length == 0 ? art30Phrases.CountriesUnspecified
                : input.Vocabulary.FindCountry(g.Key.Country)?.Name.Get(phrases.Language) is { } country ? $"{country} ({g.Key.Country})" : g.Key.Country,
                art30Phrases.MechanismName(g.Key.Mechanism),
                Count(g.Count()),
                Names(g.Select(x => x.Activity).Distinct())])
            .ToList();

        var specialRows = special
            .Select(a => (IReadOnlyList<string>)[Name(a), record.SpecialCategories.GetValueOrDefault(a.Id) ?? "",
                string.Join("\n", a.DataCategories.Where(c => input.Vocabulary.DataCategories.GetValueOrDefault(c.Category) is { } t && (t.Special || t.Criminal))
                    .Select(c => input.Vocabulary.DataCategories[c.Category].Label.Get(phrases.Language) ?? c.Category))])
            .ToList();

        var overdueRows = overdue.Select(a => (IReadOnlyList<string>)[Name(a), DateWords.Format(a.LastReviewed, phrases)]).ToList();
        var dpiaRows = dpiaMissing.Select(a => (IReadOnlyList<string>)[Name(a), a.Owner?.Department ?? ""]).ToList();

        var statistics = new List<ReportTable>
        {
            summary,
            new(R("per_basis"), null, [R("basis"), R("count"), R("activities")], perBasis, [2, 0.6, 3]),
            new(R("per_audience"), null, [R("audience"), R("count"), R("activities")], perAudience, [2, 0.6, 3]),
            new(R("per_transfer"), null, [art30Phrases.Country, art30Phrases.Mechanism, R("count"), R("activities")], perTransfer, [1.4, 2, 0.6, 2.4]),
            new(R("special"), null, [art30Phrases.Activity, R("condition"), R("categories")], specialRows, [1.5, 2.5, 1.5]),
            new(PhraseBook.Fill(R("overdue"), ("months", Count(ReviewMonths))), null, [art30Phrases.Activity, R("last_reviewed")], overdueRows, [3, 1.2]),
            new(R("dpia_missing"), null, [art30Phrases.Activity, art30Phrases.FieldLabel(Art30FieldKey.Department)], dpiaRows, [3, 1.5]),
            Readability(readability, register, R),
        };

        var findings = input.Findings
            .Where(d => d.Severity != Severity.Error)
            .GroupBy(d => d.Code, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReportTable(
                $"{g.Key} {Rules.All.FirstOrDefault(r => r.Code == g.Key)?.Title}",
                null,
                [R("place"), R("message")],
                g.Order(Comparer<Diagnostic>.Create(Diagnostic.Compare))
                    .Select(d => (IReadOnlyList<string>)[$"{d.At.File}:{d.At.Line}:{d.At.Column}", d.Message])
                    .ToList(),
                [1.2, 3]))
            .ToList();

        var asOf = DateWords.Format(input.AsOf, phrases);
        var cover = new List<Art30Field>(record.Parties)
        {
            new("as_of", R("as_of"), null, [asOf]),
            new("register_version", R("register_version"), null, [record.VersionDateText]),
        };
        return new DpoReportView
        {
            Language = phrases.Language,
            Phrases = art30Phrases,
            Title = R("title"),
            OrganisationName = organisation.Name,
            Cover = cover,
            AsOf = input.AsOf,
            AsOfText = asOf,
            AsOfLine = $"{R("as_of")} {asOf}",
            StatisticsHeading = R("statistics"),
            Statistics = statistics,
            FindingsHeading = R("findings"),
            FindingsIntro = R("findings_intro"),
            Findings = findings,
            None = R("none"),
        };
    }
}
