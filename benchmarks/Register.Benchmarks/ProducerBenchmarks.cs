using BenchmarkDotNet.Attributes;
using Register.Rendering;
using Register.Rendering.Art30;
using Register.Rendering.Notices;

namespace Register.Benchmarks;

/// <summary>Each document family on its own, from a register that was loaded and validated once in the setup.</summary>
// Not sealed: BenchmarkDotNet derives from benchmark classes.
[MemoryDiagnoser]
public class ProducerBenchmarks
{
    private BenchmarkRegister? _register;
    private BuildInput? _input;

    /// <summary>How many times each activity of the example register appears (1: the example register itself).</summary>
    [ParamsSource(nameof(Factors))]
    public int Factor { get; set; }

    public static IEnumerable<int> Factors => BenchmarkRegister.Factors;

    [GlobalSetup]
    public void Setup()
    {
        _register = new BenchmarkRegister(Factor);
        _input = _register.CreateBuildInput();
    }

    [GlobalCleanup]
    public void Cleanup() => _register?.Dispose();

    [Benchmark(Description = "notices (md, html, fragment, json)")]
    public int Notices() => Count(new NoticeProducer().Produce(_input!));

    [Benchmark(Description = "Art. 30 records (all formats)")]
    public int Art30Records() => Count(new Art30Producer().Produce(_input!));

    [Benchmark(Description = "Art. 30 record views only")]
    public int Art30Views() => Views.Art30.Art30Views.BuildAll(_input!, Art30Documents.Phrases(_input!)).Count;

    // Sums the sizes so the benchmark consumes every file the producer made.
    private static int Count(IEnumerable<Output.OutputFile> files) => files.Sum(f => f.Content.Length);
}
