using System.Text;
using System.Text.RegularExpressions;

namespace Register.Benchmarks;

/// <summary>
/// A larger register made from the example one: every processing activity copied under new ids, and every notice
/// section that lists activities by id extended with the copies, so the copies validate as cleanly as the originals.
/// </summary>
/// <remarks>Also compiled into the test project, which checks that the result still validates clean.</remarks>
public static partial class ScaledRegister
{
    private const string ActivitiesFolder = "activities";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The id of copy <paramref name="copy"/> (2 and up) of activity <paramref name="id"/>; copy 1 is the original.</summary>
    public static string CopyId(string id, int copy) => copy == 1 ? id : $"{id}-copy{copy:D2}";

    /// <summary>
    /// Writes the register in <paramref name="exampleDirectory"/> to <paramref name="targetDirectory"/> with each activity
    /// <paramref name="factor"/> times (the original plus factor - 1 copies). Returns the number of activities written.
    /// </summary>
    public static int Write(string exampleDirectory, string targetDirectory, int factor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factor, 1);
        CopyFolder(exampleDirectory, targetDirectory);

        var activityDirectory = Path.Combine(targetDirectory, ActivitiesFolder);
        var originals = Directory.EnumerateFiles(activityDirectory, "*.yaml").Order(StringComparer.Ordinal).ToList();
        foreach (var file in originals)
        {
            var text = File.ReadAllText(file, Utf8);
            var id = IdLine().Match(text) is { Success: true } match
                ? match.Groups["id"].Value
                : throw new InvalidDataException($"{file} has no top-level 'id:' line to copy the activity by.");
            for (var copy = 2; copy <= factor; copy++)
            {
                var copyId = CopyId(id, copy);
                File.WriteAllText(Path.Combine(activityDirectory, copyId + ".yaml"), IdLine().Replace(text, "id: " + copyId, 1), Utf8);
            }
        }

        var notices = Path.Combine(targetDirectory, "notices.yaml");
        if (File.Exists(notices))
        {
            var text = File.ReadAllText(notices, Utf8);
            File.WriteAllText(notices, ListedActivities().Replace(text, m => ExpandList(m, factor)), Utf8);
        }

        return originals.Count * factor;
    }

    /// <summary>The number of organisational units a register of <paramref name="activities"/> activities is split into.</summary>
    /// <remarks>Each unit has its own copy of the example's notices, so 10,000 activities give 80 notices of ~125 activities each.</remarks>
    public static int UnitsFor(int activities) => Math.Max(1, activities / 500);

    /// <summary>
    /// Writes a register of exactly <paramref name="activities"/> activities shaped like a large organisation's: the example's
    /// activities copied round-robin under new ids and names, grouped into <see cref="UnitsFor"/> units, each unit with its
    /// own copy of every notice that lists the unit's activities (audience sections become lists of the unit's activities
    /// of that audience). The Art. 30 records cover every activity. Returns the number of notices written.
    /// </summary>
    public static int WriteRealistic(string exampleDirectory, string targetDirectory, int activities)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(activities, 1);
        CopyFolder(exampleDirectory, targetDirectory);
        var activityDirectory = Path.Combine(targetDirectory, ActivitiesFolder);
        var originals = Directory.EnumerateFiles(activityDirectory, "*.yaml").Order(StringComparer.Ordinal)
            .Select(file => (File: file, Text: File.ReadAllText(file, Utf8)))
            .Select(o => (o.File, o.Text, Id: IdLine().Match(o.Text).Groups["id"].Value, Audiences: AudiencesOf(o.Text)))
            .ToList();
        foreach (var original in originals)
        {
            File.Delete(original.File);
        }

        var copies = (activities + originals.Count - 1) / originals.Count;
        var units = Math.Min(UnitsFor(activities), copies);
        // Unit u holds copies [first, last); members[u] are (original id, audiences, new id) of the unit's activities.
        var members = Enumerable.Range(0, units).Select(_ => new List<(string Original, string[] Audiences, string Id)>()).ToList();
        for (var i = 0; i < activities; i++)
        {
            var original = originals[i % originals.Count];
            var copy = (i / originals.Count) + 1;
            var id = CopyId(original.Id, copy);
            var text = IdLine().Replace(original.Text, "id: " + id, 1);
            if (copy > 1)
            {
                text = NameBlock().Replace(text, m => Suffixed(m.Value, $" ({copy})"), 1);
            }

            File.WriteAllText(Path.Combine(activityDirectory, id + ".yaml"), text, Utf8);
            members[(copy - 1) * units / copies].Add((original.Id, original.Audiences, id));
        }

        var noticesFile = Path.Combine(targetDirectory, "notices.yaml");
        if (!File.Exists(noticesFile))
        {
            return 0;
        }

        var noticesText = File.ReadAllText(noticesFile, Utf8).ReplaceLineEndings("\n");
        var firstNotice = noticesText.IndexOf("\n  - id: ", StringComparison.Ordinal) + 1;
        var blocks = NoticeStart().Split(noticesText[firstNotice..]).Where(b => b.Length > 0).ToList();
        var output = new StringBuilder(noticesText[..firstNotice]);
        var written = 0;
        for (var u = 0; u < units; u++)
        {
            foreach (var block in blocks)
            {
                if (UnitNotice(block, u, members[u]) is { } notice)
                {
                    output.Append(notice);
                    written++;
                }
            }
        }

        File.WriteAllText(noticesFile, output.ToString(), Utf8);
        return written;
    }

    // One notice block ("  - id: ..." up to the next notice) for unit u: ids, outputs and titles made the unit's own,
    // sections listing the unit's activities; null when no section keeps an activity.
    private static string? UnitNotice(string block, int unit, List<(string Original, string[] Audiences, string Id)> members)
    {
        // The first unit keeps the example's notice ids, which changelog.yaml refers to.
        var suffix = unit == 0 ? "" : $"-u{unit + 1:D2}";
        var sections = SectionStart().Split(block);
        var head = sections[0];
        var kept = new StringBuilder();
        foreach (var section in sections.Skip(1))
        {
            var body = "      - id: " + section;
            string[] ids;
            if (ListedActivities().Match(body) is { Success: true } listed)
            {
                var originals = listed.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                ids = members.Where(m => originals.Contains(m.Original, StringComparer.Ordinal)).Select(m => m.Id).ToArray();
                body = ListedActivities().Replace(body, $"${{indent}}activities: [{string.Join(", ", ids)}]", 1);
            }
            else if (ListedAudiences().Match(body) is { Success: true } audiences)
            {
                var wanted = audiences.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                ids = members.Where(m => m.Audiences.Any(a => wanted.Contains(a, StringComparer.Ordinal))).Select(m => m.Id).ToArray();
                body = ListedAudiences().Replace(body, $"${{indent}}activities: [{string.Join(", ", ids)}]", 1);
            }
            else
            {
                throw new InvalidDataException("A notice section with neither 'activities' nor 'audiences' in flow style: " + body);
            }

            if (ids.Length > 0)
            {
                kept.Append(body);
            }
        }

        if (kept.Length == 0)
        {
            return null;
        }

        head = NoticeIdLine().Replace(head, $"${{head}}${{id}}{suffix}", 1);
        head = OutputLine().Replace(head, $"${{head}}${{id}}{suffix}", 1);
        if (unit > 0)
        {
            head = TitleBlock().Replace(head, m => Suffixed(m.Value, $" ({unit + 1})"), 1);
        }

        return "  - id: " + head + kept;
    }

    private static string[] AudiencesOf(string activity) =>
        AudiencesLine().Match(activity) is { Success: true } m
            ? m.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [];

    // Appends the suffix to every "  xx: text" line of a multilingual block (name or title).
    private static string Suffixed(string block, string suffix) => LanguageLine().Replace(block, m => m.Value + suffix);

    private static string ExpandList(Match list, int factor)
    {
        var ids = list.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var expanded = ids.SelectMany(id => Enumerable.Range(1, factor).Select(copy => CopyId(id, copy)));
        return $"{list.Groups["indent"].Value}activities: [{string.Join(", ", expanded)}]";
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }

        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }

    [GeneratedRegex(@"^id: *(?<id>[a-z0-9-]+) *$", RegexOptions.Multiline)]
    private static partial Regex IdLine();

    [GeneratedRegex(@"^audiences: *\[(?<ids>[^\]]*)\] *$", RegexOptions.Multiline)]
    private static partial Regex AudiencesLine();

    [GeneratedRegex(@"^(?<indent>[ ]*)audiences: *\[(?<ids>[^\]]*)\] *$", RegexOptions.Multiline)]
    private static partial Regex ListedAudiences();

    [GeneratedRegex(@"^name:\n(?:  [a-z]{2}: [^\n]*\n)+", RegexOptions.Multiline)]
    private static partial Regex NameBlock();

    [GeneratedRegex(@"^    title:\n(?:      [a-z]{2}: [^\n]*\n)+", RegexOptions.Multiline)]
    private static partial Regex TitleBlock();

    [GeneratedRegex(@"(?<=^ +[a-z]{2}: )[^\n]*?(?= *$)", RegexOptions.Multiline)]
    private static partial Regex LanguageLine();

    [GeneratedRegex(@"^  - id: ", RegexOptions.Multiline)]
    private static partial Regex NoticeStart();

    [GeneratedRegex(@"^      - id: ", RegexOptions.Multiline)]
    private static partial Regex SectionStart();

    [GeneratedRegex(@"^(?<head>)(?<id>[a-z0-9-]+)(?= *$)", RegexOptions.Multiline)]
    private static partial Regex NoticeIdLine();

    [GeneratedRegex(@"^(?<head>    output: *)(?<id>[a-z0-9-]+)(?= *$)", RegexOptions.Multiline)]
    private static partial Regex OutputLine();

    // Only the flow-style lists notices.yaml uses ("activities: [a, b]"); a block list would be left as it is.
    [GeneratedRegex(@"^(?<indent>[ ]*)activities: *\[(?<ids>[^\]]*)\] *$", RegexOptions.Multiline)]
    private static partial Regex ListedActivities();
}
