using Register.Model;
using Register.Views.Localization;

namespace Register.Views.Art30;

/// <summary>Builds the fields of one activity's record entry in one language.</summary>
internal sealed class Art30EntryBuilder(ViewInput input, string language, Art30Words words)
{
    private readonly Art30Phrases _phrases = words.Phrases;
    private readonly Art30Names _names = new(input, language);

    // Lines made from what activities share (a recipient, a measure, a citation) are equal text in many entries: one instance each.
    private readonly HashSet<string> _lines = new(StringComparer.Ordinal);
    private readonly Dictionary<Art32Point, string> _pointHeadings = [];

    public Art30ActivityView Entry(ProcessingActivity activity, Art30RecordKind kind)
    {
        var keys = kind == Art30RecordKind.Controller ? Art30Views.ControllerFieldKeys : Art30Views.ProcessorFieldKeys;
        return new Art30ActivityView
        {
            Id = activity.Id,
            Name = Say(activity.Name),
            Fields = keys.Select(key => Field(key, activity, kind)).ToList(),
        };
    }

    // A recipient's own onward transfer is that controller's, not the organisation's (Art. 30(1)(e)).
    public IEnumerable<Art30TransferView> Transfers(ProcessingActivity activity) =>
        activity.Transfers.Where(t => !t.IsOnward).Select(t => new Art30TransferView(
            activity.Id,
            Say(activity.Name),
            _names.Recipient(t.Recipient),
            t.Country ?? "",
            t.Country is { Length: > 0 } code ? _names.Country(code) : _phrases.CountriesUnspecified,
            Mechanism(t),
            Safeguards(t)));

    public IEnumerable<Art30RecipientView> Recipients(ProcessingActivity activity) =>
        activity.Recipients.Select(id =>
        {
            var recipient = _names.FindRecipient(id);
            return new Art30RecipientView(
                activity.Id,
                Say(activity.Name),
                _names.Recipient(id),
                recipient is null ? "" : _names.RecipientCategory(recipient.Category),
                recipient is null ? "" : _phrases.RecipientRoleName(recipient.Role),
                recipient?.LegalEntity ?? "",
                recipient?.Country is { } country ? _names.Country(country) : "",
                recipient?.Agreement ?? "");
        });

    private Art30Field Field(string key, ProcessingActivity activity, Art30RecordKind kind)
    {
        var (article, values, empty) = key switch
        {
            Art30FieldKey.Reference => (null, [activity.Id], _phrases.NotSpecified),
            Art30FieldKey.Description => (null, Lines(activity.Description?.ForRecord(language)), _phrases.NotSpecified),
            Art30FieldKey.Role => (null, [_phrases.RoleName(activity.Role)], _phrases.NotSpecified),
            Art30FieldKey.JointControllers => ("30(1)(a)", JointControllers(activity), _phrases.None),
            Art30FieldKey.Controllers => ("30(2)(a)", Controllers(activity), _phrases.NotSpecified),
            Art30FieldKey.Purposes => ("30(1)(b)", activity.Purposes.Select(p => Say(p.Description)).ToList(), _phrases.NotSpecified),
            Art30FieldKey.ProcessingCategories => ("30(2)(b)", ProcessingCategories(activity), _phrases.NotSpecified),
            Art30FieldKey.LegalBasis => (null, activity.Purposes.Select(LegalBasis).ToList(), _phrases.NotSpecified),
            Art30FieldKey.LegitimateInterests => (null, LegitimateInterests(activity), _phrases.None),
            Art30FieldKey.SpecialCategories => (null, SpecialCategories(activity), _phrases.None),
            Art30FieldKey.DataSubjects => (kind == Art30RecordKind.Controller ? "30(1)(c)" : null,
                activity.DataSubjects.Select(_names.DataSubject).ToList(), _phrases.NotSpecified),
            Art30FieldKey.DataCategories => (kind == Art30RecordKind.Controller ? "30(1)(c)" : null,
                activity.DataCategories.Select(DataCategory).ToList(), _phrases.NotSpecified),
            Art30FieldKey.Sources => (null, activity.Sources.Select(Source).ToList(), _phrases.NotSpecified),
            Art30FieldKey.Recipients => (kind == Art30RecordKind.Controller ? "30(1)(d)" : null,
                activity.Recipients.Select(RecipientLine).ToList(), _phrases.None),
            Art30FieldKey.Transfers => (kind == Art30RecordKind.Controller ? "30(1)(e)" : "30(2)(c)",
                Transfers(activity).Select(TransferLine).ToList(), _phrases.NoTransfers),
            Art30FieldKey.Retention => (kind == Art30RecordKind.Controller ? "30(1)(f)" : null, Retention(activity), _phrases.NotSpecified),
            Art30FieldKey.Security => (kind == Art30RecordKind.Controller ? "30(1)(g)" : "30(2)(d)", Security(activity), _phrases.NotSpecified),
            Art30FieldKey.Systems => (null, activity.Systems.ToList(), _phrases.NotSpecified),
            Art30FieldKey.AutomatedDecisions => (null, AutomatedDecisions(activity), _phrases.None),
            Art30FieldKey.Department => (null, Department(activity), _phrases.NotSpecified),
            Art30FieldKey.Dpia => (null, Dpia(activity), _phrases.NotSpecified),
            Art30FieldKey.Created => (null, [words.Date(activity.Created)], _phrases.NotSpecified),
            Art30FieldKey.LastChanged => (null, [words.Date(activity.LastReviewed)], _phrases.NotSpecified),
            _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Unknown Art. 30 field."),
        };
        IReadOnlyList<string> shown = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(Share).ToList() is { Count: > 0 } filled ? filled : [empty];
        return new Art30Field(key, _phrases.FieldLabel(key), article is null ? null : Share(CiteArticle30(article)), shown);
    }

    private string Share(string line)
    {
        if (_lines.TryGetValue(line, out var shared))
        {
            return shared;
        }

        _lines.Add(line);
        return line;
    }

    private string CiteArticle30(string reference)
    {
        // "30(1)(b)" -> the language's citation of article 30, paragraph 1, point b.
        var paragraph = reference[3] - '0';
        var point = reference.Length > 6 ? reference[6].ToString() : null;
        return words.Cite(new ArticleRef(30, paragraph, point));
    }

    // A register text as the record words it: its 'record:' version where the register gives one (LocalizedText.Record).
    private string Say(LocalizedText? text) => text?.ForRecord(language) ?? "";

    private static List<string> Lines(string? text) => text is null ? [] : [text];

    private List<string> JointControllers(ProcessingActivity activity)
    {
        if (activity.Role != ActivityRole.JointController)
        {
            return [];
        }

        return activity.Controllers.Select(id =>
            _names.FindEntity(id)?.Arrangement?.ForRecord(language) is { Length: > 0 } arrangement
                ? $"{_names.Party(id)}. {arrangement}"
                : _names.Party(id)).ToList();
    }

    // Art. 30(2)(a): each controller's name and contact details, or where the list of them is kept.
    private List<string> Controllers(ProcessingActivity activity)
    {
        var lines = activity.Controllers.Select(_names.Party).ToList();
        if (activity.ControllerList?.ForRecord(language) is { Length: > 0 } list)
        {
            lines.Add($"{_phrases.ControllerList}: {list}");
        }

        return lines;
    }

    private List<string> ProcessingCategories(ProcessingActivity activity)
    {
        var lines = new List<string> { Say(activity.Name) };
        lines.AddRange(activity.Purposes.Select(p => Say(p.Description)));
        return lines;
    }

    private string LegalBasis(Purpose purpose)
    {
        // Alternative bases each with when they apply: "… (legitimate interests), if you are already a customer".
        var main = words.Basis(purpose.Basis, purpose.Law?.ForRecord(language));
        var all = purpose.Alternatives
            .Select(a => $"{words.Basis(a.Basis, a.Law?.ForRecord(language))}, {Say(a.AppliesWhen)}")
            .Prepend(Say(purpose.AppliesWhen) is { Length: > 0 } when ? $"{main}, {when}" : main);
        return $"{Say(purpose.Description)}: {string.Join("; ", all)}";
    }

    private List<string> LegitimateInterests(ProcessingActivity activity) =>
        activity.Purposes
            .Where(p => p.Basis == Model.LegalBasis.LegitimateInterests && p.LegitimateInterest?.ForRecord(language) is { Length: > 0 })
            .Select(p => $"{Say(p.Description)}: {Say(p.LegitimateInterest)}")
            .Concat(activity.Purposes.SelectMany(p => p.Alternatives
                .Where(a => a.Basis == Model.LegalBasis.LegitimateInterests && a.LegitimateInterest?.ForRecord(language) is { Length: > 0 })
                .Select(a => $"{Say(p.Description)}: {Say(a.LegitimateInterest)}")))
            .ToList();

    private List<string> SpecialCategories(ProcessingActivity activity)
    {
        var lines = new List<string>();
        if (activity.SpecialCategories is { } special)
        {
            var explanation = special.Explanation?.ForRecord(language) is { Length: > 0 } text ? $" {text}" : "";
            lines.Add($"{words.Article9(special.Condition)}.{explanation}");
        }

        if (activity.CriminalData is { } criminal)
        {
            lines.Add($"{words.Cite(new ArticleRef(10))}: {Say(criminal.Law)}");
        }

        return lines;
    }

    private string DataCategory(DataCategoryUse use)
    {
        var marks = new List<string>();
        if (_names.IsSpecial(use.Category)) marks.Add(_phrases.Special);
        if (_names.IsCriminal(use.Category)) marks.Add(_phrases.Criminal);
        var label = _names.DataCategory(use.Category);
        return marks.Count == 0 ? label : $"{label} ({string.Join(", ", marks)})";
    }

    private string Source(DataSource source)
    {
        var name = Say(source.Name);
        if (source.Kind == SourceKind.Public && name.Length > 0)
        {
            // A named public source already says what it is: "public sources such as …", not "public sources: public sources …".
            return name;
        }

        var named = name.Length > 0 ? $": {name}" : "";
        var open = source.PubliclyAccessible && source.Kind != SourceKind.Public ? $" ({_phrases.PubliclyAccessible})" : "";
        return $"{_phrases.SourceName(source.Kind)}{named}{open}";
    }

    private string RecipientLine(string id)
    {
        if (_names.FindRecipient(id) is not { } recipient)
        {
            return id;
        }

        var details = new List<string> { _names.RecipientCategory(recipient.Category), _phrases.RecipientRoleName(recipient.Role) };
        if (recipient.Country is { Length: > 0 } country)
        {
            details.Add(_names.Country(country));
        }

        // "Name: category; role; country", not "Name (category; …)": names and category labels carry brackets of their own.
        return $"{Say(recipient.Name)}: {string.Join("; ", details.Distinct(StringComparer.Ordinal))}";
    }

    private string Mechanism(Transfer transfer) => words.Mechanism(transfer.Mechanism, transfer.Derogation);

    private string Safeguards(Transfer transfer)
    {
        var text = transfer.Safeguards?.ForRecord(language) ?? "";
        return transfer.SafeguardsUrl is { Length: > 0 } url ? (text.Length == 0 ? url : $"{text} ({url})") : text;
    }

    private string TransferLine(Art30TransferView transfer)
    {
        var safeguards = transfer.Safeguards.Length == 0 ? "" : $" {_phrases.Safeguards}: {transfer.Safeguards}";
        return $"{transfer.Recipient}, {transfer.Country}: {transfer.Mechanism}.{safeguards}";
    }

    private List<string> Retention(ProcessingActivity activity)
    {
        var lines = new List<string>();
        if (words.Retention(activity.Retention) is { } general)
        {
            lines.Add(general);
        }

        foreach (var use in activity.DataCategories)
        {
            if (words.Retention(use.Retention) is { } own)
            {
                lines.Add($"{_names.DataCategory(use.Category)}: {own}");
            }
        }

        return lines;
    }

    // Measures by the point of Art. 32(1) they serve, as the register states it; those without a point by checklist area.
    private List<string> Security(ProcessingActivity activity)
    {
        var measures = activity.SecurityMeasures.Select(_names.FindMeasure).OfType<SecurityMeasure>().ToList();
        var unknown = activity.SecurityMeasures.Where(id => _names.FindMeasure(id) is null);
        var byPoint = Enum.GetValues<Art32Point>()
            .Select(point => (Point: point, Measures: measures.Where(m => m.Art32.Contains(point)).ToList()))
            .Where(g => g.Measures.Count > 0)
            .Select(g => $"{PointHeading(g.Point)}: {Names(g.Measures)}");
        var byArea = measures
            .Where(m => m.Art32.Count == 0)
            .GroupBy(m => m.Area)
            .OrderBy(g => g.Key)
            .Select(g => $"{_phrases.MeasureAreaName(g.Key)}: {Names(g)}");
        return byPoint.Concat(byArea).Concat(unknown).ToList();

        string Names(IEnumerable<SecurityMeasure> group) => string.Join("; ", group.Select(m => Say(m.Name)));
    }

    // "Art. 32(1)(b) GDPR (confidentiality, integrity, …)", worded once per point.
    private string PointHeading(Art32Point point)
    {
        if (!_pointHeadings.TryGetValue(point, out var heading))
        {
            heading = $"{words.Cite(new ArticleRef(32, 1, Naming.ToYamlKey(point.ToString())))} ({_phrases.Art32PointName(point)})";
            _pointHeadings.Add(point, heading);
        }

        return heading;
    }

    private List<string> AutomatedDecisions(ProcessingActivity activity)
    {
        // Silent and 'none' both show the record's "none" value; the validator warns about silence (REG250).
        if (activity.AutomatedDecisions is not { IsNone: false } decisions)
        {
            return [];
        }

        var lines = new List<string> { Say(decisions.Logic), Say(decisions.Significance), Say(decisions.Consequences) };
        if (decisions.Profiling)
        {
            lines.Insert(0, _phrases.Profiling);
        }

        return lines;
    }

    private static List<string> Department(ProcessingActivity activity) => activity.Owner is { } owner
        ? [owner.Contact is { Length: > 0 } contact ? $"{owner.Department} ({contact})" : owner.Department]
        : [];

    private List<string> Dpia(ProcessingActivity activity)
    {
        if (activity.Dpia is not { } dpia)
        {
            return [];
        }

        var done = dpia.Reference is { Length: > 0 } reference
            ? dpia.Date is { } date ? $"{reference} ({words.Date(date)})" : reference
            : dpia.Required ? _phrases.DpiaMissing : "";
        var status = dpia.Required ? _phrases.DpiaRequired : _phrases.DpiaNotRequired;
        return [done.Length == 0 ? status : $"{status}: {done}"];
    }
}
