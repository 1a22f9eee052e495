namespace Register.Model;

/// <summary>A whole register as loaded: every file's content, with positions.</summary>
public sealed record RegisterModel
{
    public required Organisation Organisation { get; init; }

    public IReadOnlyList<ProcessingActivity> Activities { get; init; } = [];

    public IReadOnlyList<Recipient> Recipients { get; init; } = [];

    public IReadOnlyList<SecurityMeasure> Measures { get; init; } = [];

    public VocabularyFile Vocabulary { get; init; } = new();

    public IReadOnlyList<Notice> Notices { get; init; } = [];

    public IReadOnlyList<ChangeEntry> Changes { get; init; } = [];
}
