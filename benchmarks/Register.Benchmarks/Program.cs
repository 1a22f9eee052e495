using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Register.Benchmarks;

// "scale FACTOR FOLDER" writes a scaled register for timing the CLI end to end (benchmarks/run.sh).
if (args is ["scale", var factorText, var folder])
{
    var factor = int.Parse(factorText, CultureInfo.InvariantCulture);
    var written = ScaledRegister.Write(Path.Combine(BenchmarkRegister.RepoRoot, "register"), folder, factor);
    Console.WriteLine($"{folder}: {written} activities");
    return 0;
}

// "size ACTIVITIES FOLDER" writes a register of that many activities shaped like a large organisation's (benchmarks/run.sh).
if (args is ["size", var countText, var target])
{
    var count = int.Parse(countText, CultureInfo.InvariantCulture);
    var notices = ScaledRegister.WriteRealistic(Path.Combine(BenchmarkRegister.RepoRoot, "register"), target, count);
    Console.WriteLine($"{target}: {count} activities, {notices} notices");
    return 0;
}

// "memory REGISTER OUT [MiB]" builds once and prints the peak memory while each file was made (docs/performance.md).
if (args is ["memory", var memoryRegister, var memoryOut, ..] && args.Length <= 4)
{
    return MemoryProbe.Run(memoryRegister, memoryOut, args.Length == 4 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 0);
}

if (args is ["live", var liveRegister])
{
    return LiveHeapProbe.Run(liveRegister);
}

// A short job (1 warm-up, 3 measured iterations) run in this process: the machine has 2 shared cores, building a
// separate process per benchmark (BenchmarkDotNet's default) would cost minutes, and the largest case (Art. 30 records, x50) takes tens of seconds an operation.
var job = Job.ShortRun.WithWarmupCount(1).WithToolchain(InProcessEmitToolchain.Instance).WithId("short-inprocess");
var config = DefaultConfig.Instance
    .AddJob(job)
    .WithOptions(ConfigOptions.JoinSummary)
    .WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared, MethodOrderPolicy.Declared));
var summaries = BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args, config);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
