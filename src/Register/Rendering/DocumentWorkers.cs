using System.Globalization;
using System.Runtime.ExceptionServices;
using Register.Concurrency;

namespace Register.Rendering;

/// <summary>
/// Renders a build's documents on a few threads and hands their results back in the plan's order, so what a build
/// records and prints never depends on which document finished first. Each document's work may run on any worker; each
/// result is completed on the calling thread, one after the other, in index order. The largest items can be taken
/// first, and the workers are threads of their own with the main thread's stack. <see cref="OrderedWork"/> (the
/// loader's and the checks') runs on it, in index order, keeping the results.
/// </summary>
internal static class DocumentWorkers
{
    // The stack of the main thread on Linux (ulimit -s 8192): a worker renders what the main thread rendered before,
    // to the same template recursion limit, and the runtime's default of 1.5 MiB for new threads is less.
    private const int StackSize = 8 << 20;

    /// <summary>
    /// Runs <paramref name="work"/> for every index below <paramref name="count"/> on up to <paramref name="workers"/>
    /// threads and passes each result to <paramref name="complete"/> on the calling thread, in index order. With one
    /// worker (or one item) everything runs on the calling thread, one item after the other, as a loop would. With
    /// <paramref name="size"/> (a guess of each item's work), the workers take the largest items first, so that the last
    /// ones to finish are small and no worker idles long while another finishes a large one; results are still
    /// completed in index order.
    /// </summary>
    /// <remarks>
    /// When work throws, no item of a higher index is started; the items of lower index still run (taken largest first,
    /// they may not have started yet), since one of them may fail too. When every worker has ended, the exception of the
    /// lowest index that failed is thrown as it was (never wrapped in an AggregateException): whatever the sizes and the
    /// threads' timing, the caller sees what a loop would have thrown. Results from the failed index on are dropped.
    /// </remarks>
    public static void Run<T>(int count, int workers, Func<int, T> work, Action<int, T> complete, Func<int, long>? size = null)
    {
        if (workers <= 1 || count <= 1)
        {
            for (var i = 0; i < count; i++)
            {
                complete(i, work(i));
            }

            return;
        }

        var order = Enumerable.Range(0, count);
        var board = new Board<T>(size is null ? [.. order] : [.. order.OrderByDescending(size)]);
        var threads = Enumerable.Range(0, Math.Min(workers, count)).Select(_ => Start(() => board.Work(work))).ToList();
        try
        {
            for (var i = 0; i < count && board.Take(i) is (true, var result); i++)
            {
                complete(i, result);
            }
        }
        finally
        {
            board.Stop();
            foreach (var thread in threads)
            {
                thread.Join();
            }
        }

        board.ThrowFailure();
    }

    private static Thread Start(Action run)
    {
        // Formatting follows the caller's culture, as it would on the caller's thread.
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var thread = new Thread(
            () =>
            {
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
                run();
            },
            StackSize)
        {
            IsBackground = true,
            Name = "Register document worker",
        };
        // Thread.Start flows the caller's execution context (WorkProbe's and ViewGaps' recordings) to the worker.
        thread.Start();
        return thread;
    }

    /// <summary>The items handed out in <c>order</c>, their results as they arrive, and the failures; every member under one lock.</summary>
    private sealed class Board<T>(int[] order)
    {
        // An object, not a Lock: Monitor.Wait and PulseAll need the monitor.
        private readonly object _gate = new();
        private readonly T[] _results = new T[order.Length];
        private readonly bool[] _done = new bool[order.Length];
        private ExceptionDispatchInfo? _failure;
        // The lowest index that failed so far (order.Length: none): no item from it on is handed out any more.
        private int _failed = order.Length;
        private int _next;
        private bool _stopped;

        public void Work(Func<int, T> work)
        {
            while (Next() is { } index)
            {
                T result;
                try
                {
                    result = work(index);
                }
                catch (Exception e)
                {
                    lock (_gate)
                    {
                        if (index < _failed)
                        {
                            (_failed, _failure) = (index, ExceptionDispatchInfo.Capture(e));
                        }

                        Monitor.PulseAll(_gate);
                    }

                    continue;
                }

                lock (_gate)
                {
                    _results[index] = result;
                    _done[index] = true;
                    Monitor.PulseAll(_gate);
                }
            }
        }

        /// <summary>Waits for the result of <paramref name="index"/>; false when it or an item before it failed, or the run stopped.</summary>
        public (bool Done, T Result) Take(int index)
        {
            lock (_gate)
            {
                while (!_done[index] && index < _failed && !_stopped)
                {
                    Monitor.Wait(_gate);
                }

                if (!_done[index] || index >= _failed)
                {
                    return (false, default!);
                }

                var result = _results[index];
                _results[index] = default!;
                return (true, result);
            }
        }

        public void Stop()
        {
            lock (_gate)
            {
                _stopped = true;
                Monitor.PulseAll(_gate);
            }
        }

        public void ThrowFailure()
        {
            lock (_gate)
            {
                _failure?.Throw();
            }
        }

        // The next item in hand-out order, skipping those at or after the lowest failure; null when none is left.
        private int? Next()
        {
            lock (_gate)
            {
                while (!_stopped && _next < order.Length)
                {
                    var index = order[_next++];
                    if (index < _failed)
                    {
                        return index;
                    }
                }

                return null;
            }
        }
    }
}
