using Register.Diagnostics;
using Register.Output;
using Register.Rendering;
using Register.Rendering.Art30;
using Register.Rendering.Notices;
using Register.Rendering.Reports;
using Register.Rendering.Site;
using Register.Validation;

namespace Register.Pipeline;

/// <summary>The build: validate, then (only without errors) render every document family in memory, then write them atomically.</summary>
public static class BuildPipeline
{
    /// <summary>The producers, in order; each document family adds one line here.</summary>
    public static IReadOnlyList<IOutputProducer> Producers { get; } =
    [
        new SiteProducer(new NoticeDocxProducer(new NoticeProducer())),
        new Art30Producer(),
        new DpoReportProducer(),
    ];

    /// <summary>Validates and renders every file in memory. With errors anywhere the result has no files; the diagnostics say why.</summary>
    public static BuildResult Render(string registerDirectory, BuildOptions options)
    {
        var validation = RegisterValidation.Run(registerDirectory, options.Validation);
        if (validation.HasErrors || validation.Register is null)
        {
            return new BuildResult(validation, [], []);
        }

        // The documents (the DPO report's findings among them) depend on the register only: they are computed as of
        // the version date (or AsOf), whatever date --today gave the diagnostics printed for this run.
        var asOf = options.AsOf ?? validation.Register.Organisation.VersionDate;
        var findings = (options.Validation.Today ?? validation.Register.Organisation.VersionDate) == asOf
            ? validation.Diagnostics
            : RegisterValidation.Run(registerDirectory, options.Validation with { Today = asOf }).Diagnostics;
        var diagnostics = new DiagnosticBag();
        var engine = options.TemplatesDirectory is null
            ? TemplateEngine.BuiltIn
            : new TemplateEngine(TemplateSource.WithOverrides(options.TemplatesDirectory, options.Validation.Load.DisplayRoot));
        var input = new BuildInput
        {
            Register = validation.Register,
            // Merging again is harmless (the organisation's terms win either way) and keeps the build right whatever the validator merged.
            Vocabulary = validation.Vocabulary.With(validation.Register.Vocabulary),
            Findings = findings,
            AsOf = asOf,
            TemplatesDirectory = options.TemplatesDirectory,
            Templates = engine,
            Diagnostics = diagnostics,
        };

        TemplateErrors.ReportHandlebarsFiles(engine.Source, diagnostics);
        var files = new List<OutputFile>();
        foreach (var producer in Producers)
        {
            foreach (var file in producer.Produce(input))
            {
                files.Add(file);
                options.Progress?.Report(file.Path);
            }
        }

        foreach (var group in files.GroupBy(f => f.Path, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            diagnostics.Report(Rules.OutputPathDuplicate, SourceLocation.OfFile(validation.Register.Organisation.At.File),
                $"Two documents would both be written to '{group.Key}'.",
                "Give each notice its own 'output' name in notices.yaml.");
        }

        foreach (var file in files.Where(f => !OutputPaths.IsSafe(f.Path)))
        {
            diagnostics.Report(Rules.OutputPathInvalid, SourceLocation.OfFile(validation.Register.Organisation.At.File),
                $"A document would be written to '{file.Path}', which is not a plain path inside the output folder.",
                "Use output names of lowercase letters, digits and '-'.");
        }

        var found = diagnostics.ToSortedList();
        if (found.Any(d => d.Severity == Severity.Error))
        {
            return new BuildResult(validation, found, []);
        }

        var kept = files
            .Where(f => options.Formats.Count == 0 || options.Formats.Any(ext => HasFormat(f.Path, ext)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        return new BuildResult(validation, found, kept) { Readability = input.Readability.Entries };
    }

    /// <summary>Renders, then writes the files into <paramref name="outputDirectory"/>; with errors nothing is written.</summary>
    public static BuildResult Build(string registerDirectory, string outputDirectory, BuildOptions options)
    {
        var result = Render(registerDirectory, options);
        return result.HasErrors ? result : result with { Written = OutputWriter.Write(outputDirectory, result.Files) };
    }

    /// <summary>Renders and compares with the output folder without writing (build --check).</summary>
    public static (BuildResult Result, OutputComparison? Comparison) Check(string registerDirectory, string outputDirectory, BuildOptions options)
    {
        var result = Render(registerDirectory, options);
        return (result, result.HasErrors ? null : OutputComparison.Compare(outputDirectory, result.Files));
    }

    /// <summary>The format name of an output path: its extension, or "fragment" for an HTML fragment.</summary>
    public static string FormatOf(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name.EndsWith(".fragment.html", StringComparison.Ordinal) ? "fragment" : name[(name.LastIndexOf('.') + 1)..];
    }

    private static bool HasFormat(string path, string format) =>
        string.Equals(FormatOf(path), format.TrimStart('.'), StringComparison.OrdinalIgnoreCase);
}
