using NodaTime;
using Register.Model;

namespace Register.Validation;

/// <summary>
/// What a check may look at: the register, lookups by id, the merged vocabulary and the date of the check. Read-only
/// once made (what it finds on first use is made once, whichever thread asks first), so checks may run at once.
/// </summary>
public sealed class CheckContext
{
    private readonly Lazy<IReadOnlyList<ModelNode>> _nodes;
    private readonly Lazy<IReadOnlyList<RegisterNodes.FoundText>> _texts;

    public CheckContext(RegisterModel register, Vocabulary.Terminology vocabulary, LocalDate today, int reviewMonths, bool someFileUnreadable = false, IReadOnlySet<string>? phraseLanguages = null)
    {
        Register = register;
        Vocabulary = vocabulary;
        Today = today;
        ReviewMonths = reviewMonths;
        SomeFileUnreadable = someFileUnreadable;
        PhraseLanguages = phraseLanguages ?? Checks.PhraseCoverage.BuiltInLanguages;
        Languages = register.Organisation.Languages.Where(vocabulary.Languages.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
        ActivitiesById = FirstById(register.Activities, a => a.Id);
        RecipientsById = FirstById(register.Recipients, r => r.Id);
        MeasuresById = FirstById(register.Measures, m => m.Id);
        AudiencesById = FirstById(register.Organisation.Audiences, a => a.Id);
        NoticesById = FirstById(register.Notices, n => n.Id);
        GroupEntitiesById = FirstById(register.Organisation.GroupEntities, g => g.Id);
        _nodes = new(() => RegisterNodes.All(Register));
        _texts = new(() => RegisterNodes.Texts(Nodes));
    }

    public RegisterModel Register { get; }

    public Vocabulary.Terminology Vocabulary { get; }

    public LocalDate Today { get; }

    public int ReviewMonths { get; }

    /// <summary>
    /// True when a file could not be read at all: checks that need the whole register (unused entries, references to
    /// activities) then stay quiet rather than blame the files that did load.
    /// </summary>
    public bool SomeFileUnreadable { get; }

    /// <summary>The languages with a phrase book: the tool's own, and those of the --templates folder.</summary>
    public IReadOnlySet<string> PhraseLanguages { get; }

    /// <summary>The valid language codes the register declares, without repeats, in the order written.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Activities by id; where an id is duplicated, the first definition.</summary>
    public IReadOnlyDictionary<string, ProcessingActivity> ActivitiesById { get; }

    public IReadOnlyDictionary<string, Recipient> RecipientsById { get; }

    public IReadOnlyDictionary<string, SecurityMeasure> MeasuresById { get; }

    public IReadOnlyDictionary<string, Audience> AudiencesById { get; }

    public IReadOnlyDictionary<string, Notice> NoticesById { get; }

    public IReadOnlyDictionary<string, GroupEntity> GroupEntitiesById { get; }

    /// <summary>Every record read from a file, parents before children (<see cref="RegisterNodes.All"/>), walked once for every check that looks at all of them.</summary>
    internal IReadOnlyList<ModelNode> Nodes => _nodes.Value;

    /// <summary>Every reader-facing text of the register (<see cref="RegisterNodes.Texts"/>), found once.</summary>
    internal IReadOnlyList<RegisterNodes.FoundText> Texts => _texts.Value;

    /// <summary>
    /// Makes now what several checks would otherwise each make on first use, so checks running at once find it made
    /// once, as one check after the other would: the walk of the model, and each notice section's coverage.
    /// </summary>
    internal void Prepare()
    {
        _ = Texts;
        foreach (var section in Register.Notices.SelectMany(notice => notice.Sections))
        {
            Views.NoticeCoverage.Activities(section, Register);
        }
    }

    private static Dictionary<string, T> FirstById<T>(IEnumerable<T> items, Func<T, string?> id)
    {
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item is not null && id(item) is { Length: > 0 } key)
            {
                byId.TryAdd(key, item);
            }
        }

        return byId;
    }
}
