using Register.Model;
using Register.Views.Art30;
using Register.Views.Localization;
using Register.Views.Reports;

namespace Register.Views;

/// <summary>
/// Every view of a build, each (document, language) built once: the notices in each of their languages and the Art. 30
/// records; the DPO reports follow with <see cref="Reports"/> once the notices' readability is measured. Every format of a
/// document renders from the same view object.
/// </summary>
public sealed record DocumentViews
{
    public required IReadOnlyList<NoticeVersion> Notices { get; init; }

    public required IReadOnlyList<Art30RecordView> Records { get; init; }

    /// <summary>
    /// Builds every view from validated input; views report nothing. Every check on what the register says (missing
    /// texts, unknown ids, the Art. 13/14 elements a notice must show) ran in the validator before.
    /// </summary>
    public static DocumentViews Build(ViewInput input, PhraseLibrary phrases)
    {
        var register = input.Register;
        var notices = new List<NoticeVersion>();
        foreach (var notice in register.Notices)
        {
            foreach (var language in NoticeCoverage.Languages(notice, register))
            {
                if (phrases.For(language) is not { } book)
                {
                    continue;
                }

                var view = NoticeViewBuilder.Build(notice, new NoticeContext(register, input.Vocabulary, book, input.AsOf));
                notices.Add(new NoticeVersion(notice, view, book));
            }
        }

        return new DocumentViews { Notices = notices, Records = Art30Views.BuildAll(input, phrases) };
    }

    /// <summary>The DPO report in each language of the organisation, reusing the controller record views of <paramref name="records"/>.</summary>
    public static IReadOnlyList<DpoReportView> Reports(ViewInput input, PhraseLibrary phrases, IReadOnlyList<Art30RecordView> records, IReadOnlyList<Readability.NoticeReadability> readability) =>
        input.Register.Organisation.Languages
            .Where(language => phrases.For(language) is not null)
            .Select(language => DpoReportViews.Build(input, phrases.For(language)!, ControllerRecord(records, language), readability))
            .ToList();

    private static Art30RecordView ControllerRecord(IReadOnlyList<Art30RecordView> records, string language) =>
        records.First(r => r.Language == language && r.Kind == Art30RecordKind.Controller);
}
