using Register.Instrumentation;
using Register.Rendering;

namespace Register.Tests.Rendering;

/// <summary>Work done on several threads is completed on the caller's, in index order; a failure ends it as a loop's would.</summary>
public sealed class DocumentWorkersTests
{
    [Fact]
    public void Results_are_completed_on_the_calling_thread_in_index_order_whatever_finishes_first()
    {
        var caller = Environment.CurrentManagedThreadId;
        var completed = new List<(int Index, string Result, int Thread)>();

        // The first items take longest, so later ones finish first.
        DocumentWorkers.Run(12, 3, i =>
        {
            Thread.Sleep((12 - i) * 5);
            return $"item {i}";
        }, (i, result) => completed.Add((i, result, Environment.CurrentManagedThreadId)));

        Assert.Equal(Enumerable.Range(0, 12), completed.Select(c => c.Index));
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"item {i}"), completed.Select(c => c.Result));
        Assert.All(completed, c => Assert.Equal(caller, c.Thread));
    }

    [Fact]
    public void With_sizes_the_largest_items_are_started_first_and_still_completed_in_index_order()
    {
        var first = new System.Collections.Concurrent.ConcurrentBag<int>();
        var calls = 0;
        using var both = new Barrier(2);
        var completed = new List<int>();

        // Each of the two workers waits with its first item until the other has one: those are the first two handed out.
        DocumentWorkers.Run(8, 2, i =>
        {
            if (Interlocked.Increment(ref calls) <= 2)
            {
                first.Add(i);
                both.SignalAndWait(TimeSpan.FromSeconds(30));
            }

            return i;
        }, (i, _) => completed.Add(i), size: i => i % 4);

        // Sizes 0 1 2 3 0 1 2 3: the two of size 3 first.
        Assert.Equal([3, 7], first.Order());
        Assert.Equal(Enumerable.Range(0, 8), completed);
    }

    [Fact]
    public void A_failure_is_thrown_as_it_was_after_every_worker_ended_and_the_lowest_index_wins()
    {
        var running = 0;
        var started = 0;

        var error = Assert.Throws<IOException>(() => DocumentWorkers.Run(40, 4, i =>
        {
            Interlocked.Increment(ref started);
            Interlocked.Increment(ref running);
            try
            {
                Thread.Sleep(i == 3 ? 50 : 5);
                return i is 3 or 5 ? throw new IOException($"item {i}") : i;
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        }, (_, _) => { }));

        Assert.Equal("item 3", error.Message);
        Assert.Equal(0, Volatile.Read(ref running));
        Assert.True(started < 40, "no item after a failed one is started");
        var after = Volatile.Read(ref started);
        Thread.Sleep(20);
        Assert.Equal(after, Volatile.Read(ref started));
    }

    [Fact]
    public void Taken_largest_first_a_failure_of_a_large_item_does_not_hide_one_of_a_lower_index()
    {
        var ran = new System.Collections.Concurrent.ConcurrentBag<int>();

        // Item 19 is the largest, handed out first, and fails at once; item 2 fails too, and a loop would have met it
        // first. The items below 19 must still run, so the failure reported is item 2's whatever the timing.
        var error = Assert.Throws<IOException>(() => DocumentWorkers.Run(20, 2, i =>
        {
            ran.Add(i);
            return i is 2 or 19 ? throw new IOException($"item {i}") : i;
        }, (_, _) => { }, size: i => i));

        Assert.Equal("item 2", error.Message);
        Assert.Equal([0, 1, 2], ran.Where(i => i < 3).Order());
    }

    [Fact]
    public void Work_on_the_workers_counts_into_the_callers_probe_exactly()
    {
        using var probe = WorkProbe.Start();

        DocumentWorkers.Run(1000, 4, i =>
        {
            WorkProbe.Count("test.unit");
            WorkProbe.Count("test.units", i);
            return i;
        }, (_, _) => { });

        Assert.Equal(1000, probe.Counts["test.unit"]);
        Assert.Equal(999 * 1000 / 2, probe.Counts["test.units"]);
    }
}
