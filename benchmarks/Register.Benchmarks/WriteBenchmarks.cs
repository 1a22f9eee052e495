using System.Globalization;
using BenchmarkDotNet.Attributes;
using Register.Output;
using Register.Pipeline;

namespace Register.Benchmarks;

/// <summary>
/// The write stage on its own (stage every file, journal, swap into a fresh folder, from files rendered beforehand), and
/// an incremental rebuild of an unchanged register into a folder it built (validate, views, notices' Markdown for
/// readability; every document kept).
/// </summary>
// Not sealed: BenchmarkDotNet derives from benchmark classes.
[MemoryDiagnoser]
public class WriteBenchmarks
{
    private BenchmarkRegister? _register;
    private IReadOnlyList<OutputFile> _files = [];
    private string _root = "";
    private string _built = "";
    private int _runs;

    /// <summary>The register: "example" or a number of activities (<see cref="BenchmarkRegister.Sizes"/>).</summary>
    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = BenchmarkRegister.Example;

    public static IEnumerable<string> Sizes => BenchmarkRegister.Sizes;

    [GlobalSetup]
    public void Setup()
    {
        _register = new BenchmarkRegister(Size);
        _files = BuildPipeline.Render(_register.Directory, BuildOptions.Default).Files;
        _root = Path.Combine(Path.GetTempPath(), $"register-bench-write-{Environment.ProcessId}-{Size}");
        _built = Path.Combine(_root, "built");
        BuildPipeline.Build(_register.Directory, _built, BuildOptions.Default);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _register?.Dispose();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Benchmark(Description = "write (stage, journal, swap) into a fresh folder")]
    public WriteOutcome Write() => OutputWriter.Write(Path.Combine(_root, (++_runs).ToString(CultureInfo.InvariantCulture)), _files);

    [Benchmark(Description = "rebuild, nothing changed (incremental)")]
    public BuildResult Rebuild() => BuildPipeline.Build(_register!.Directory, _built, BuildOptions.Default);
}
