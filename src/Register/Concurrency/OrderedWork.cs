namespace Register.Concurrency;

/// <summary>
/// Runs items of work on a fixed number of workers and gives the results in the items' order, so what comes out is
/// what a loop over the items gives, whatever the threads' timing. An item that throws stops the items after it from
/// starting; the first failure in item order is rethrown as it was thrown (never wrapped in an AggregateException),
/// which is the failure the loop would have stopped at. The scheduling is <see cref="Rendering.DocumentWorkers"/>'s,
/// with the items handed out in index order and the results kept.
/// </summary>
internal static class OrderedWork
{
    /// <summary><paramref name="work"/> for every index below <paramref name="count"/>, on up to <paramref name="workers"/> threads (1: the calling thread alone, in order).</summary>
    public static TResult[] Run<TResult>(int count, int workers, Func<int, TResult> work) =>
        Run(count, workers, static () => 0, (_, i) => work(i));

    /// <summary>
    /// <paramref name="work"/> for every index below <paramref name="count"/>, on up to <paramref name="workers"/>
    /// threads (1: the calling thread alone, in order); each worker has its own state from <paramref name="newWorker"/>.
    /// </summary>
    public static TResult[] Run<TWorker, TResult>(int count, int workers, Func<TWorker> newWorker, Func<TWorker, int, TResult> work)
    {
        var results = new TResult[count];
        // One state per thread that runs items: the calling thread alone with one worker, each worker thread otherwise.
        using var state = new ThreadLocal<TWorker>(newWorker);
        Rendering.DocumentWorkers.Run(count, workers, i => work(state.Value!, i), (i, result) => results[i] = result);
        return results;
    }
}
