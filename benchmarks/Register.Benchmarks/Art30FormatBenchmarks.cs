using BenchmarkDotNet.Attributes;
using Register.Rendering;
using Register.Rendering.Art30;
using Register.Rendering.Formats;
using Register.Views.Art30;

namespace Register.Benchmarks;

/// <summary>Writing the Art. 30 records (all languages, views built once in the setup) in each format that has a record version.</summary>
// Not sealed: BenchmarkDotNet derives from benchmark classes.
[MemoryDiagnoser]
public class Art30FormatBenchmarks
{
    private BenchmarkRegister? _register;
    private IReadOnlyList<Art30RecordView> _records = [];

    /// <summary>The register: "example" or a number of activities (<see cref="BenchmarkRegister.Sizes"/>).</summary>
    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = BenchmarkRegister.Example;

    [ParamsSource(nameof(Formats))]
    public OutputFormat Format { get; set; } = OutputFormats.Markdown;

    public static IEnumerable<string> Sizes => BenchmarkRegister.Sizes;

    public static IEnumerable<OutputFormat> Formats => OutputFormats.For(DocumentKinds.Record);

    [GlobalSetup]
    public void Setup()
    {
        _register = new BenchmarkRegister(Size);
        var input = _register.CreateViewInput();
        _records = Art30Views.BuildAll(input, BenchmarkRegister.Phrases(input));
    }

    [GlobalCleanup]
    public void Cleanup() => _register?.Dispose();

    [Benchmark(Description = "Art. 30 records, one format")]
    public int Write() => _records.Sum(r => Format.Record(new RenderedRecord(r, TemplateEngine.BuiltIn)).Length);
}
