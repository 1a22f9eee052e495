using BenchmarkDotNet.Attributes;
using Register.Rendering;
using Register.Rendering.Art30;
using Register.Views.Art30;

namespace Register.Benchmarks;

/// <summary>Writing the Art. 30 records (all languages, views built once in the setup) in each format the build writes.</summary>
// Not sealed: BenchmarkDotNet derives from benchmark classes.
[MemoryDiagnoser]
public class Art30FormatBenchmarks
{
    private BenchmarkRegister? _register;
    private BuildInput? _input;
    private IReadOnlyList<Art30RecordView> _records = [];

    /// <summary>How many times each activity of the example register appears (1: the example register itself).</summary>
    [ParamsSource(nameof(Factors))]
    public int Factor { get; set; }

    [ParamsSource(nameof(Formats))]
    public Art30Format Format { get; set; }

    public static IEnumerable<int> Factors => BenchmarkRegister.Factors;

    public static IEnumerable<Art30Format> Formats => Art30Documents.BuildFormats;

    [GlobalSetup]
    public void Setup()
    {
        _register = new BenchmarkRegister(Factor);
        _input = _register.CreateBuildInput();
        _records = Art30Views.BuildAll(_input, Art30Documents.Phrases(_input));
    }

    [GlobalCleanup]
    public void Cleanup() => _register?.Dispose();

    [Benchmark(Description = "Art. 30 records, one format")]
    public int Write() => _records.Sum(r => Art30Documents.Render(r, Format, _input!.Templates).Length);
}
