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

    // Only the flow-style lists notices.yaml uses ("activities: [a, b]"); a block list would be left as it is.
    [GeneratedRegex(@"^(?<indent>[ ]*)activities: *\[(?<ids>[^\]]*)\] *$", RegexOptions.Multiline)]
    private static partial Regex ListedActivities();
}
