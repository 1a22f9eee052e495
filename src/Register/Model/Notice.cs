using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>A privacy notice (Art. 13/14) to render: register/notices.yaml.</summary>
public sealed record Notice : ModelNode
{
    [Required, Description("Id of the notice.")]
    public string Id { get; init; } = "";

    [Required, Description("Title of the notice.")]
    public LocalizedText Title { get; init; } = LocalizedText.Empty;

    [Required, Description("Base name of the output files (lowercase letters, digits and '-').")]
    public string Output { get; init; } = "";

    [Description("Languages to render; default: all the register's languages.")]
    public IReadOnlyList<string> Languages { get; init; } = [];

    [Description("Version date shown on the notice, a day or a month (2026-03); default: the register's version_date.")]
    [MonthPrecision(nameof(VersionMonth))]
    public LocalDate? VersionDate { get; init; }

    /// <summary>The month, when version_date was written as one; <see cref="VersionDate"/> is then its last day.</summary>
    [NotInFile]
    public YearMonth? VersionMonth { get; init; }

    [Description("Text shown under the title.")]
    public LocalizedText? Intro { get; init; }

    [Required, Description("Sections of the notice.")]
    public IReadOnlyList<NoticeSection> Sections { get; init; } = [];

    [Description("How easy the notice must be to read; below the minimum the build warns.")]
    public ReadabilityTarget? Readability { get; init; }

    [Description("Group entity ids (organisation.yaml) jointly responsible with the organisation for all the processing this notice describes (Art. 26): named in its controller section with the essence of the arrangement.")]
    public IReadOnlyList<string> JointControllers { get; init; } = [];

    [Description("Other supervisory authorities the complaint section names for readers who live or work in their country (Art. 77(1)), e.g. the Land authority for German readers: built-in ids (de-nw) or full entries.")]
    public IReadOnlyList<SupervisoryAuthorityRef> LocalAuthorities { get; init; } = [];

    [Description("Whether to show a 'changes to this notice' section from changelog.yaml.")]
    public bool ShowChanges { get; init; } = true;
}
