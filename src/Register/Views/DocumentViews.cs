using System.Collections;
using Register.Model;
using Register.Views.Art30;
using Register.Views.Localization;
using Register.Views.Reports;

namespace Register.Views;

/// <summary>
/// Every view of a build, each (document, language) built once: the notices in each of their languages and the Art. 30
/// records; the DPO reports follow with <see cref="Report"/> once the notices' readability is measured. Every format of a
/// document renders from the same view object. <see cref="Keys"/> names each view without building it.
/// </summary>
public sealed record DocumentViews
{
    public required IReadOnlyList<NoticeVersion> Notices { get; init; }

    public required IReadOnlyList<Art30RecordView> Records { get; init; }

    /// <summary>The notice and language of each of <see cref="Notices"/>, and the kind and language of each of <see cref="Records"/>, in the same order.</summary>
    public required ViewKeys Keys { get; init; }

    /// <summary>
    /// Builds every view from validated input; views report nothing. Every check on what the register says (missing
    /// texts, unknown ids, the Art. 13/14 elements a notice must show) ran in the validator before.
    /// </summary>
    public static DocumentViews Build(ViewInput input, PhraseLibrary phrases)
    {
        var planned = Plan(input, phrases);
        return planned with { Notices = planned.Notices.ToList(), Records = planned.Records.ToList() };
    }

    /// <summary>
    /// The views of <see cref="Build"/>, each built when it is reached and not kept: a build goes through them once, one
    /// document after the other, so only the one being written is in memory (at 10,000 activities the records' views are
    /// ~180 MB and the notices' ~140 MB together). Reading an item twice builds it twice.
    /// </summary>
    public static DocumentViews Plan(ViewInput input, PhraseLibrary phrases)
    {
        var register = input.Register;
        var notices = new List<(Notice Notice, string Language, PhraseBook Book)>();
        foreach (var notice in register.Notices)
        {
            foreach (var language in NoticeCoverage.Languages(notice, register))
            {
                if (phrases.For(language) is { } book)
                {
                    notices.Add((notice, language, book));
                }
            }
        }

        var records = Art30Views.Planned(input, phrases);
        return new DocumentViews
        {
            Notices = new BuiltOnUse<NoticeVersion>(notices.Count, i =>
            {
                var (notice, _, book) = notices[i];
                return new NoticeVersion(notice, NoticeViewBuilder.Build(notice, new NoticeContext(register, input.Vocabulary, book, input.AsOf)), book);
            }),
            Records = new BuiltOnUse<Art30RecordView>(records.Count, i =>
            {
                Instrumentation.WorkProbe.Count("views.record");
                return Art30Views.Build(input, records[i].Book, records[i].Kind);
            }),
            Keys = new ViewKeys(
                notices.Select(n => (n.Notice, n.Language)).ToList(),
                records.Select(r => (r.Kind, r.Book.Language)).ToList()),
        };
    }

    /// <summary>The DPO report in a language, from what it shows of that language's controller record (taken when the record was rendered).</summary>
    public static DpoReportView Report(ViewInput input, PhraseLibrary phrases, string language, DpoRecordExtract controllerRecord, IReadOnlyList<Readability.NoticeReadability> readability) =>
        DpoReportViews.Build(input, phrases.For(language)!, controllerRecord, readability);

    /// <summary>A list whose items are made each time they are read, from their index.</summary>
    private sealed class BuiltOnUse<T>(int count, Func<int, T> build) : IReadOnlyList<T>
    {
        public int Count => count;

        public T this[int index] => index >= 0 && index < count ? build(index) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return build(i);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>What each view of <see cref="DocumentViews"/> is, known without building it.</summary>
public sealed record ViewKeys(
    IReadOnlyList<(Notice Notice, string Language)> Notices,
    IReadOnlyList<(Art30RecordKind Kind, string Language)> Records);
