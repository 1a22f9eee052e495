using BenchmarkDotNet.Attributes;
using Register.Loading;
using Register.Pipeline;
using Register.Validation;

namespace Register.Benchmarks;

/// <summary>The stages a user waits for, each from the files on disk: load, load + validate, and the whole in-memory build.</summary>
// Not sealed: BenchmarkDotNet derives from benchmark classes.
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private BenchmarkRegister? _register;

    /// <summary>The register: "example" or a number of activities (<see cref="BenchmarkRegister.Sizes"/>).</summary>
    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = BenchmarkRegister.Example;

    public static IEnumerable<string> Sizes => BenchmarkRegister.Sizes;

    private string Directory => _register!.Directory;

    [GlobalSetup]
    public void Setup() => _register = new BenchmarkRegister(Size);

    [GlobalCleanup]
    public void Cleanup() => _register?.Dispose();

    [Benchmark(Description = "load")]
    public LoadResult Load() => RegisterLoader.Load(Directory);

    [Benchmark(Description = "load+validate")]
    public ValidationReport Validate() => RegisterValidation.Run(Directory);

    [Benchmark(Description = "render (build in memory)")]
    public BuildResult Render() => BuildPipeline.Render(Directory, BuildOptions.Default);
}
