namespace Register.Rendering;

/// <summary>
/// The heading ids taken in one document (or in every part of one document parsed in parts). An id already taken gets
/// the first free suffix "-1", "-2", ..., as Markdig's auto-identifier extension gives it; the suffix last given to a
/// base id is remembered, so the search resumes there instead of starting at 1 for every repeat.
/// </summary>
internal sealed class HeadingIdSet
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, uint> _lastSuffix = new(StringComparer.Ordinal);

    /// <summary>
    /// Takes <paramref name="baseId"/>, or else its first free suffixed form. Every suffix below the remembered one was
    /// taken when it was tried, and ids are never given back, so starting above it finds what starting at 1 would.
    /// </summary>
    public string Take(string baseId)
    {
        if (_taken.Add(baseId))
        {
            return baseId;
        }

        var suffix = _lastSuffix.GetValueOrDefault(baseId);
        string id;
        do
        {
            suffix++;
            id = $"{baseId}-{suffix}";
        }
        while (!_taken.Add(id));

        _lastSuffix[baseId] = suffix;
        return id;
    }
}
