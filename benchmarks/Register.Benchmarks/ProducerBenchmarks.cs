using Register.Output;
using BenchmarkDotNet.Attributes;
using Register.Diagnostics;
using Register.Rendering;
using Register.Rendering.Formats;
using Register.Views;

namespace Register.Benchmarks;

/// <summary>The views stage and each document family's formats on their own, from a register validated once in the setup.</summary>
// Not sealed: BenchmarkDotNet derives from benchmark classes.
[MemoryDiagnoser]
public class ProducerBenchmarks
{
    private static readonly IReadOnlyList<OutputFormat> NoticeFormats = [OutputFormats.Markdown, OutputFormats.HtmlPage, OutputFormats.HtmlFragment, OutputFormats.Json];

    private BenchmarkRegister? _register;
    private ViewInput? _input;
    private DocumentViews? _views;
    private Views.Localization.PhraseLibrary? _phrases;

    /// <summary>The register: "example" or a number of activities (<see cref="BenchmarkRegister.Sizes"/>).</summary>
    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = BenchmarkRegister.Example;

    public static IEnumerable<string> Sizes => BenchmarkRegister.Sizes;

    [GlobalSetup]
    public void Setup()
    {
        _register = new BenchmarkRegister(Size);
        _input = _register.CreateViewInput();
        _phrases = BenchmarkRegister.Phrases(_input);
        _views = DocumentViews.Build(_input, _phrases);
    }

    [GlobalCleanup]
    public void Cleanup() => _register?.Dispose();

    [Benchmark(Description = "every view (notices, records, reports)")]
    public int Views() => DocumentViews.Build(_input!, BenchmarkRegister.Phrases(_input!)).Notices.Count;

    [Benchmark(Description = "notices (md, html, fragment, json) from their views")]
    public int Notices() => Count(_views! with { Records = [], Keys = _views.Keys with { Records = [] } }, NoticeFormats);

    [Benchmark(Description = "Art. 30 records (all formats) from their views")]
    public int Art30Records() => Count(_views! with { Notices = [], Keys = _views.Keys with { Notices = [] } }, OutputFormats.All);

    // Sums the sizes so the benchmark consumes every file the formats made.
    private int Count(DocumentViews views, IReadOnlyList<OutputFormat> formats)
    {
        var output = new MemoryOutput();
        DocumentRendering.Render(views, _ => new DpoReportMaker(_ => null, (_, _) => throw new InvalidOperationException("no report format")), _input!.Register, _phrases!, formats, TemplateEngine.BuiltIn, new DiagnosticBag(), output);
        return output.Contents.Sum(f => f.Content.Length);
    }
}
