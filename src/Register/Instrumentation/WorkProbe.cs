namespace Register.Instrumentation;

/// <summary>
/// Counts units of work per stage (an activity looked at, a row written), so a test can check that work grows linearly
/// with the register without timing anything. Off unless a test starts it: then each call is one branch and one add
/// under a lock.
/// </summary>
public static class WorkProbe
{
    private static readonly AsyncLocal<Dictionary<string, long>?> Current = new();

    /// <summary>Starts counting on this flow of execution (and the threads it starts); dispose the result to stop.</summary>
    public static Recording Start()
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        Current.Value = counts;
        return new Recording(counts);
    }

    /// <summary>Adds <paramref name="units"/> of work to <paramref name="stage"/> when counting is on.</summary>
    public static void Count(string stage, long units = 1)
    {
        if (Current.Value is { } counts)
        {
            // The recording flows into the threads its work starts (the checks, the rendering): counts stay exact.
            lock (counts)
            {
                counts[stage] = counts.GetValueOrDefault(stage) + units;
            }
        }
    }

    /// <summary>The counts of one recording, by stage name.</summary>
    public sealed class Recording(Dictionary<string, long> counts) : IDisposable
    {
        /// <summary>The counts so far (a copy, read once the work counted is done).</summary>
        public IReadOnlyDictionary<string, long> Counts
        {
            get
            {
                lock (counts)
                {
                    return new Dictionary<string, long>(counts, StringComparer.Ordinal);
                }
            }
        }

        public void Dispose() => Current.Value = null;
    }
}
