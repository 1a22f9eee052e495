using Register.Views.Art30;

namespace Register.Rendering.Art30;

/// <summary>What the templates art30/record.md.sbn and art30/page.html.sbn see: the record with its overview rows prepared.</summary>
public sealed record Art30TemplateModel
{
    public required string Language { get; init; }
    public required string Title { get; init; }
    public required string OrganisationName { get; init; }
    public required string Article { get; init; }
    public required string VersionDate { get; init; }
    public required IReadOnlyList<Art30Field> Parties { get; init; }
    public required IReadOnlyList<Art30ActivityView> Activities { get; init; }
    public required IReadOnlyList<string> OverviewHeader { get; init; }

    /// <summary>One row per activity; several values in a cell are joined with "; " (Markdown table cells hold one line).</summary>
    public required IReadOnlyList<IReadOnlyList<string>> OverviewRows { get; init; }

    /// <summary>The rendered body, for the HTML page template.</summary>
    public TrustedText Body { get; init; } = new("");

    public static Art30TemplateModel From(Art30RecordView record)
    {
        var header = new List<string> { record.Phrases.Activity };
        header.AddRange(record.OverviewKeys.Select(record.Label));
        return new Art30TemplateModel
        {
            Language = record.Language,
            Title = record.Title,
            OrganisationName = record.OrganisationName,
            Article = record.Article,
            VersionDate = record.VersionDateText,
            Parties = record.Parties,
            Activities = record.Activities,
            OverviewHeader = header,
            OverviewRows = record.Activities
                .Select(a => (IReadOnlyList<string>)new List<string> { a.Name }.Concat(record.OverviewKeys.Select(k => a.Field(k).Inline)).ToList())
                .ToList(),
        };
    }
}
