using Register.Diagnostics;
using Register.Rendering;
using Register.Validation;
using Register.Views;
using Register.Views.Localization;

namespace Register.Benchmarks;

/// <summary>
/// The register a benchmark reads: the example register itself (factor 1) or a scaled copy of it in a temporary
/// folder (deleted when disposed). Checked once on creation, so a benchmark never silently times a broken register.
/// </summary>
public sealed class BenchmarkRegister : IDisposable
{
    private readonly string? _scratch;

    /// <param name="size">"example" for the example register itself, else a number of activities for a register
    /// written by <see cref="ScaledRegister.WriteRealistic"/> (the size table's registers).</param>
    public BenchmarkRegister(string size)
    {
        var example = Path.Combine(RepoRoot, "register");
        if (size == Example)
        {
            Directory = example;
        }
        else
        {
            _scratch = Path.Combine(Path.GetTempPath(), $"register-bench-{size}-{Environment.ProcessId}");
            ScaledRegister.WriteRealistic(example, _scratch, int.Parse(size, System.Globalization.CultureInfo.InvariantCulture));
            Directory = _scratch;
        }

        var report = RegisterValidation.Run(Directory, ValidationOptions.Default);
        if (report.HasErrors)
        {
            var first = report.Diagnostics.First(d => d.Severity == Severity.Error);
            throw new InvalidOperationException(
                $"The {size} benchmark register has {report.ErrorCount} errors, e.g. {first.At.File}:{first.At.Line}: {first.Code} {first.Message}");
        }

        ActivityCount = report.Register!.Activities.Count;
    }

    /// <summary>The <c>size</c> that names the example register in <c>register/</c>.</summary>
    public const string Example = "example";

    /// <summary>The repository root: the nearest folder above the running program that holds Register.sln.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>
    /// The sizes to measure: REGISTER_BENCH_SIZES, e.g. "example,100,1000" (the example register and registers of that
    /// many activities, as in the size table); by default the example and 100.
    /// </summary>
    public static IReadOnlyList<string> Sizes { get; } =
        (Environment.GetEnvironmentVariable("REGISTER_BENCH_SIZES") ?? $"{Example},100")
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public string Directory { get; }

    public int ActivityCount { get; }

    /// <summary>What the build builds its views from, made the way the build makes it.</summary>
    public ViewInput CreateViewInput()
    {
        var validation = RegisterValidation.Run(Directory);
        var register = validation.Register!;
        return new ViewInput
        {
            Register = register,
            Vocabulary = validation.Vocabulary.With(register.Vocabulary),
            Findings = validation.Diagnostics,
            AsOf = register.Organisation.VersionDate,
        };
    }

    /// <summary>The built-in phrase books of the register's languages, as the build loads them (once).</summary>
    public static PhraseLibrary Phrases(ViewInput input) =>
        PhraseFiles.Load(TemplateSource.BuiltIn, input.Register.Organisation.Languages, new DiagnosticBag());

    public void Dispose()
    {
        if (_scratch is not null && System.IO.Directory.Exists(_scratch))
        {
            System.IO.Directory.Delete(_scratch, recursive: true);
        }
    }

    private static string FindRepoRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Register.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Register.sln above {AppContext.BaseDirectory}; run the benchmarks from the repository's build output.");
    }
}
