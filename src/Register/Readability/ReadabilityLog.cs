using System.Collections.Concurrent;

namespace Register.Readability;

/// <summary>
/// The readability of every notice a build rendered: the notice producer records each one once, and the build summary
/// and the DPO report show them (the report's producer runs after the notices').
/// </summary>
public sealed class ReadabilityLog
{
    private readonly ConcurrentDictionary<(string Output, string Language), NoticeReadability> _entries = new();

    public void Record(NoticeReadability entry) => _entries[(entry.Output, entry.Score.Language)] = entry;

    /// <summary>Every entry, by output name and then language, in ordinal order.</summary>
    public IReadOnlyList<NoticeReadability> Entries =>
        _entries.Values.OrderBy(e => e.Output, StringComparer.Ordinal).ThenBy(e => e.Score.Language, StringComparer.Ordinal).ToList();
}
