namespace Register.Views;

/// <summary>
/// The anchors of one notice's parts, each unique in the notice: fixed ids for the standard parts (so links to them work
/// in every language), the section and activity ids from the register, and "recipient-" ids for the recipients part.
/// </summary>
public sealed class NoticeAnchors
{
    /// <summary>The standard parts of a notice: the anchor and the phrase key of the part's heading.</summary>
    public static IReadOnlyList<(string Anchor, string HeadingKey)> Parts { get; } =
    [
        ("summary", "notice.summary_heading"),
        ("controller", "notice.controller_heading"),
        ("cookies", "notice.cookies_heading"),
        ("recipients", "notice.recipients_heading"),
        ("retention", "notice.retention_heading"),
        ("rights", "notice.rights_heading"),
        ("exercise-rights", "notice.exercise_heading"),
        ("objection", "notice.objection_heading"),
        ("withdrawal", "notice.withdrawal_heading"),
        ("complaint", "notice.complaint_heading"),
        ("automated-decisions", "notice.automated_decisions"),
        ("security", "notice.security_heading"),
        ("codes", "notice.codes_heading"),
        ("changes", "notice.changes_heading"),
    ];

    // The page template's own ids, besides the parts.
    private readonly HashSet<string> _used = new(Parts.Select(p => p.Anchor).Append("toc-heading").Append("contents"), StringComparer.Ordinal);

    private readonly Dictionary<string, string> _recipients = new(StringComparer.Ordinal);

    /// <summary>The anchor of a recipient's entry: the same for every activity that names it.</summary>
    public string Recipient(string id)
    {
        if (!_recipients.TryGetValue(id, out var anchor))
        {
            anchor = Claim("recipient-" + id);
            _recipients.Add(id, anchor);
        }

        return anchor;
    }

    /// <summary>The id itself when still free, else the id with the first free suffix -2, -3 ….</summary>
    public string Claim(string id)
    {
        var anchor = id;
        for (var n = 2; !_used.Add(anchor); n++)
        {
            anchor = $"{id}-{n}";
        }

        return anchor;
    }
}
