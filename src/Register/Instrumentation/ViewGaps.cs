namespace Register.Instrumentation;

/// <summary>
/// Where a view met input the validator should have refused: a text missing in a language, an id that names nothing.
/// Views report nothing (they are built from validated input only) and fall back to an empty text or the id; a test
/// starts a recording to prove that no validated register ever reaches such a fallback. Off unless a test starts it.
/// </summary>
public static class ViewGaps
{
    private static readonly AsyncLocal<List<string>?> Current = new();

    /// <summary>Starts recording on this flow of execution; dispose the result to stop.</summary>
    public static Recording Start()
    {
        var gaps = new List<string>();
        Current.Value = gaps;
        return new Recording(gaps);
    }

    /// <summary>Notes a gap (what was missing and where) when recording is on.</summary>
    public static void Note(string what)
    {
        if (Current.Value is { } gaps)
        {
            // Views are built on the threads that render the documents.
            lock (gaps)
            {
                gaps.Add(what);
            }
        }
    }

    /// <summary>The gaps of one recording, in the order met (with documents rendered in parallel, the order the threads met them).</summary>
    public sealed class Recording(List<string> gaps) : IDisposable
    {
        public IReadOnlyList<string> Gaps => gaps;

        public void Dispose() => Current.Value = null;
    }
}
