using Register.Diagnostics;
using Register.Loading;

namespace Register.Tests.Reporting;

/// <summary>
/// A small fixture register (Reporting/Fixtures/register) with a fixed set of diagnostics pointing into it.
/// The diagnostics are written out here rather than produced by the validator, so these snapshots change only when
/// a report format changes, not whenever a rule's wording does.
/// </summary>
internal static class ReportSample
{
    private const string Organisation = "register/organisation.yaml";
    private const string LiveChat = "register/activities/live-chat.yaml";

    // Stand-ins outside every team's code range: the reports must not care which rule a diagnostic comes from.
    public static readonly Rule ReviewOverdue = new("REG999", Severity.Warning, "Review overdue (stand-in)");
    public static readonly Rule Remark = new("REG998", Severity.Info, "Remark (stand-in)");

    /// <summary>The rules the sample uses, for a SARIF rule list that does not grow with the catalogue.</summary>
    public static IReadOnlyList<Rule> Rules { get; } =
    [
        Register.Diagnostics.Rules.DuplicateKey, Register.Diagnostics.Rules.UnknownKey, Register.Diagnostics.Rules.MissingField,
        Register.Diagnostics.Rules.TabIndentation, Register.Diagnostics.Rules.MissingFile, Remark, ReviewOverdue,
    ];

    public static SourceFiles Sources()
    {
        var sources = new SourceFiles();
        var root = Path.Combine(Approval.Approver.RepoRoot, "tests", "Register.Tests", "Reporting", "Fixtures");
        foreach (var file in new[] { Organisation, LiveChat })
        {
            sources.Add(file, File.ReadAllText(Path.Combine(root, file)));
        }

        return sources;
    }

    public static IReadOnlyList<Diagnostic> Sample()
    {
        var bag = new DiagnosticBag();
        bag.Report(Register.Diagnostics.Rules.UnknownKey, new SourceLocation(Organisation, 2, 1),
            "'adress' is not a known key in the file. Did you mean 'address'?",
            "Use one of: name, address, contacts, languages, version_date.");
        bag.Report(Register.Diagnostics.Rules.MissingField, new SourceLocation(Organisation, 1, 1),
            "The file has no 'version_date': date of this version of the register, shown on documents.",
            "Add 'version_date:' with a value to the file.");
        bag.Report(Register.Diagnostics.Rules.DuplicateKey, new SourceLocation(LiveChat, 5, 3),
            "The key 'nl' appears twice in the same mapping.",
            "Keep one of the two and delete the other (YAML would silently use only one of them).",
            new RelatedLocation(new SourceLocation(LiveChat, 3, 3), "'nl' first defined here"));
        bag.Report(Register.Diagnostics.Rules.TabIndentation, new SourceLocation(LiveChat, 7, 1),
            "This line is indented with a tab; YAML only allows spaces for indentation.",
            "Replace the tab with spaces (two per level, as in the rest of the register).");
        bag.Report(Remark, new SourceLocation(LiveChat, 11, 9),
            "The retention text mentions 100%, then: archived; say what is archived.");
        bag.Report(ReviewOverdue, new SourceLocation(LiveChat, 12, 16),
            "The activity was last reviewed on 2024-01-10, more than 12 months before 2026-02-01.",
            "Review the activity with its owner and set last_reviewed to the date of the review.");
        bag.Report(Register.Diagnostics.Rules.MissingFile, SourceLocation.OfFile("register/recipients.yaml"),
            "The register has no recipients.yaml, but live-chat names recipients.",
            "Create recipients.yaml; docs/register-format.md has an example.");
        return bag.ToSortedList();
    }
}
