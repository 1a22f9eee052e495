using System.Diagnostics;
using System.Globalization;
using Register.Pipeline;

namespace Register.Benchmarks;

/// <summary>
/// "memory REGISTER OUT": one build into OUT, sampling the process's resident set and the GC heap every 20 ms, and
/// printing for each file (in the order the build writes them) the largest of both while it was being made, so the stage
/// that holds the most is named. Not a benchmark: a diagnostic for docs/performance.md (memory at 10,000 activities).
/// </summary>
public static class MemoryProbe
{
    public static int Run(string register, string output, double reportAboveMiB)
    {
        long intervalRss = 0, intervalHeap = 0, peakRss = 0;
        var sync = new object();
        var stop = false;
        var sampler = new Thread(() =>
        {
            while (!Volatile.Read(ref stop))
            {
                var rss = Environment.WorkingSet;
                var heap = GC.GetTotalMemory(false);
                lock (sync)
                {
                    intervalRss = Math.Max(intervalRss, rss);
                    intervalHeap = Math.Max(intervalHeap, heap);
                    peakRss = Math.Max(peakRss, rss);
                }

                Thread.Sleep(20);
            }
        }) { IsBackground = true };
        sampler.Start();
        var clock = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        void Report(string what)
        {
            long rss, heap;
            lock (sync)
            {
                (rss, heap) = (intervalRss, intervalHeap);
                intervalRss = intervalHeap = 0;
            }

            var now = clock.Elapsed;
            if (rss / 1048576.0 >= reportAboveMiB)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{now.TotalSeconds,8:F1}s {(now - last).TotalSeconds,6:F1}s  rss {rss / 1048576.0,7:F0} MiB  heap {heap / 1048576.0,7:F0} MiB  {what}"));
            }

            last = now;
        }

        // PROBE_PAUSE_AFTER=path PROBE_PAUSE=seconds: wait that long once that file is written, for dotnet-dump to attach.
        var pauseAfter = Environment.GetEnvironmentVariable("PROBE_PAUSE_AFTER");
        var pause = int.TryParse(Environment.GetEnvironmentVariable("PROBE_PAUSE"), out var seconds) ? seconds : 0;
        var result = BuildPipeline.Build(register, output, BuildOptions.Default with
        {
            Progress = new Inline(path =>
            {
                Report(path);
                if (pause > 0 && path == pauseAfter)
                {
                    Console.WriteLine($"pid {Environment.ProcessId} paused after {path}");
                    Thread.Sleep(pause * 1000);
                }
            }),
        });
        Report("(after the last file: DPO reports, commit)");
        Volatile.Write(ref stop, true);
        sampler.Join();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak rss {peakRss / 1048576.0:F0} MiB; errors: {result.HasErrors}; GC: server {System.Runtime.GCSettings.IsServerGC}, latency {System.Runtime.GCSettings.LatencyMode}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GC pauses {GC.GetTotalPauseDuration().TotalSeconds:F2} s; collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}"));
        return result.HasErrors ? 1 : 0;
    }

    private sealed class Inline(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}

/// <summary>"live REGISTER": the live GC heap (after a full collection) after validation and after the views, by stage.</summary>
public static class LiveHeapProbe
{
    public static int Run(string register)
    {
        // PROBE_PAUSE=seconds: wait that long after each figure, for dotnet-gcdump/dotnet-dump to attach (pid printed).
        var pause = int.TryParse(Environment.GetEnvironmentVariable("PROBE_PAUSE"), out var seconds) ? seconds : 0;
        if (pause > 0)
        {
            Console.WriteLine($"pid {Environment.ProcessId}");
        }

        string Live()
        {
            var figure = string.Create(CultureInfo.InvariantCulture, $"{GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:F0} MiB live, rss {Environment.WorkingSet / 1048576.0:F0} MiB");
            if (pause > 0)
            {
                Console.WriteLine(figure);
                Thread.Sleep(pause * 1000);
            }

            return figure;
        }

        Console.WriteLine($"start: {Live()}");
        var validation = Register.Validation.RegisterValidation.Run(register);
        Console.WriteLine($"after validation (report held): {Live()}");
        var model = validation.Register!;
        var input = new Register.Views.ViewInput { Register = model, Vocabulary = validation.Vocabulary.With(model.Vocabulary), Findings = validation.DocumentFindings, AsOf = model.Organisation.VersionDate };
        var phrases = Register.Rendering.PhraseFiles.Load(Register.Rendering.TemplateEngine.BuiltIn.Source, model.Organisation.Languages.Concat(model.Notices.SelectMany(n => n.Languages)).Distinct(), new Register.Diagnostics.DiagnosticBag());
        var records = Register.Views.Art30.Art30Views.BuildAll(input, phrases);
        Console.WriteLine($"after the {records.Count} record views: {Live()}");
        GC.KeepAlive(records);
        records = null;
        Console.WriteLine($"record views dropped: {Live()}");
        var views = Register.Views.DocumentViews.Build(input, phrases);
        views = views with { Records = [] };
        Console.WriteLine($"after the {views.Notices.Count} notice views: {Live()}");
        GC.KeepAlive(views);
        views = null;
        Console.WriteLine($"no views: {Live()}");
        GC.KeepAlive(validation);
        return 0;
    }
}
