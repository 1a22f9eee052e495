using System.Runtime.ExceptionServices;

namespace Register.Concurrency;

/// <summary>
/// Runs items of work on a fixed number of workers and gives the results in the items' order, so what comes out is
/// what a loop over the items gives, whatever the threads' timing. An item that throws stops the items after it from
/// starting; the first failure in item order is rethrown as it was thrown (never wrapped in an AggregateException),
/// which is the failure the loop would have stopped at.
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
        workers = Math.Min(workers, count);
        if (workers <= 1)
        {
            var worker = newWorker();
            for (var i = 0; i < count; i++)
            {
                results[i] = work(worker, i);
            }

            return results;
        }

        var failures = new ExceptionDispatchInfo?[count];
        var next = -1;
        var stop = count;
        // One body per worker, each taking the next index until none is left: a worker the thread pool starts late
        // finds less to do, never different results; and each index is taken after every lower one.
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ =>
        {
            var worker = newWorker();
            int i;
            while ((i = Interlocked.Increment(ref next)) < Volatile.Read(ref stop))
            {
                try
                {
                    results[i] = work(worker, i);
                }
                catch (Exception e)
                {
                    failures[i] = ExceptionDispatchInfo.Capture(e);
                    LowerTo(ref stop, i);
                }
            }
        });

        Array.Find(failures, f => f is not null)?.Throw();
        return results;
    }

    private static void LowerTo(ref int value, int limit)
    {
        int seen;
        while ((seen = Volatile.Read(ref value)) > limit && Interlocked.CompareExchange(ref value, limit, seen) != seen)
        {
        }
    }
}
