using Register.Diagnostics;
using Register.Output;
using Register.Model;
using Register.Rendering;
using Register.Rendering.Formats;
using Register.Validation;
using Register.Views;

namespace Register.Pipeline;

/// <summary>
/// The build, one stage after the other, each once: load and validate the register; load the phrase files and build
/// every (document, language) view; write each view in every chosen format; then (in <see cref="Build"/>) write the
/// files atomically. Data only flows forward: no stage looks back at an earlier one's input or at another format's output.
/// </summary>
public static class BuildPipeline
{
    /// <summary>Validates and renders every file in memory. With errors anywhere the result has no files; the diagnostics say why.</summary>
    public static BuildResult Render(string registerDirectory, BuildOptions options)
    {
        var output = new MemoryOutput();
        var result = Run(registerDirectory, options, EngineOf(options), () => output, null, out _);
        return result.HasErrors ? result : result with { Files = output.Contents };
    }

    /// <summary>
    /// Renders, writing each file into the output folder's staging area as it is made, then swaps them in; with errors
    /// nothing is written. The build holds only the paths and hashes of what it wrote. A document whose inputs hash as in
    /// the last build into this folder, and whose files are still as written, is kept instead of rendered (see
    /// <see cref="DocumentInputs"/> and <see cref="DocumentCache"/>); when nothing the build depends on changed since the
    /// last build (<see cref="BuildFingerprint"/>) and every file is as written, its verdict is replayed without loading
    /// the register (<see cref="BuildResult.Replayed"/>).
    /// </summary>
    public static BuildResult Build(string registerDirectory, string outputDirectory, BuildOptions options)
    {
        OutputLocation.Check(registerDirectory, outputDirectory);
        OutputStaging? staging = null;
        try
        {
            var engine = EngineOf(options);
            var fingerprint = FingerprintOf(registerDirectory, options, engine);
            // The cache is read before the folder is opened: a register that changed never touches it before it validates.
            if (fingerprint is not null && DocumentCache.ReadVerdict(outputDirectory) is { } last && last.Fingerprint == fingerprint.Hash)
            {
                staging = OutputWriter.Begin(outputDirectory, options.Write);
                if (Replay(last, fingerprint, staging.Folder, staging, out var documents) is { } replayed)
                {
                    return replayed with { Written = staging.Commit(DocumentCache.Write(documents, last)) };
                }
            }

            var result = Run(registerDirectory, options, engine, () => staging ??= OutputWriter.Begin(outputDirectory, options.Write), null, out var reuse);
            return result.HasErrors || staging is null
                ? result
                : result with { Written = staging.Commit(reuse is null ? null : DocumentCache.Write(reuse.Next, VerdictOf(fingerprint, result))) };
        }
        finally
        {
            staging?.Dispose();
        }
    }

    /// <summary>
    /// Renders and compares with the output folder without writing (build --check); only hashes are kept. A document whose
    /// inputs hash as the last build recorded, with its files as written, counts as current without being rendered; with
    /// nothing changed since the last build, its verdict is replayed as <see cref="Build"/> does.
    /// </summary>
    public static (BuildResult Result, OutputComparison? Comparison) Check(string registerDirectory, string outputDirectory, BuildOptions options)
    {
        OutputLocation.Check(registerDirectory, outputDirectory);
        var output = new HashOutput();
        var folder = new OutputFolderState(outputDirectory);
        var engine = EngineOf(options);
        // Without a recorded verdict (a fresh checkout in CI) the register is not fingerprinted at all.
        var result = DocumentCache.ReadVerdict(folder.Root) is { } last
            && FingerprintOf(registerDirectory, options, engine) is { } fingerprint && last.Fingerprint == fingerprint.Hash
            && Replay(last, fingerprint, folder, output, out _) is { } replayed
                ? replayed
                : Run(registerDirectory, options, engine, () => output, folder, out _);
        // The hashes of kept files and the manifest, read for the reuse, serve the comparison too.
        return (result, result.HasErrors ? null : OutputComparison.Compare(folder, result.Built));
    }

    // The templates the build renders with: a test's own engine, the organisation's folder of overrides, or the built-in ones.
    private static TemplateEngine EngineOf(BuildOptions options) => options.Templates ?? (options.TemplatesDirectory is null
        ? TemplateEngine.BuiltIn
        : new TemplateEngine(TemplateSource.WithOverrides(options.TemplatesDirectory, options.Validation.Load.DisplayRoot)));

    private static IReadOnlyList<OutputFormat> FormatsOf(BuildOptions options) => options.Formats.Count == 0 ? OutputFormats.All : options.Formats;

    // Only a build whose result follows from its fingerprint alone may replay or record a verdict: not with a test's own
    // engine, nor with a notice measure of the caller's.
    private static BuildFingerprint? FingerprintOf(string registerDirectory, BuildOptions options, TemplateEngine engine) =>
        options.UseCache && options.Templates is null && options.Validation.NoticeMeasure is null
            ? BuildFingerprint.Of(registerDirectory, options, FormatsOf(options), engine.Source)
            : null;

    // Recorded only when the load read the very bytes fingerprinted before it.
    private static CachedVerdict? VerdictOf(BuildFingerprint? fingerprint, BuildResult result) =>
        fingerprint is not null && fingerprint.Matches(result.Validation.Sources)
            ? new CachedVerdict(fingerprint.Hash, result.Diagnostics, result.Validation.Sources.Paths, result.Readability)
            : null;

    /// <summary>
    /// The last build's result again, when every file its manifest lists is still in <paramref name="folder"/> as written
    /// (each is handed to <paramref name="output"/> as kept) and the files its diagnostics quote are among those
    /// fingerprinted; null otherwise, and the build runs. <paramref name="documents"/>: the documents the last build
    /// recorded, every one of them kept.
    /// </summary>
    private static BuildResult? Replay(
        CachedVerdict last, BuildFingerprint fingerprint, OutputFolderState folder, IOutputSink output, out IReadOnlyCollection<CachedDocument> documents)
    {
        documents = [];
        var owned = folder.Owned;
        if (owned.Count == 0 || fingerprint.Sources(last.Sources) is not { } sources || owned.Any(file => folder.CurrentHash(file.Key) != file.Value))
        {
            return null;
        }

        Instrumentation.WorkProbe.Count("build.replayed");
        var kept = DocumentCache.Read(folder.Root);
        documents = [.. kept.Values];
        foreach (var (path, hash) in owned)
        {
            output.Keep(path, hash);
        }

        var validation = new ValidationReport(null, Vocabulary.Terminology.BuiltIn, last.Diagnostics, sources);
        return new BuildResult(validation, [], [])
        {
            Built = [.. owned.Select(f => new BuiltFile(f.Key, f.Value)).OrderBy(f => f.Path, StringComparer.Ordinal)],
            Readability = last.Readability,
            KeptDocuments = [.. kept.Keys.Order(StringComparer.Ordinal)],
            Replayed = true,
        };
    }

    /// <summary>
    /// The build's stages; <paramref name="open"/> gives where the files go, and is called only once the register validated
    /// without errors (so a register with errors never touches the output folder). Writing into an output folder (its
    /// staging) or checking one (<paramref name="checking"/>), documents the last build made from the same inputs are kept
    /// (<paramref name="reuse"/> says which).
    /// </summary>
    private static BuildResult Run(
        string registerDirectory, BuildOptions options, TemplateEngine engine, Func<IOutputSink> open, OutputFolderState? checking, out DocumentReuse? reuse)
    {
        reuse = null;
        // 1. Load and validate, once. The documents (the DPO report's findings among them) depend on the register only:
        // they are made as of the version date (or AsOf), whatever date --today gave the diagnostics printed for this run.
        // The phrase books of the build's templates count for REG102. REG140 (readability) is measured below, on the
        // notices this build renders, not on a second rendering of them.
        var validation = RegisterValidation.Run(registerDirectory, options.Validation with
        {
            AsOf = options.AsOf ?? options.Validation.AsOf,
            PhraseLanguages = options.Validation.PhraseLanguages ?? engine.Source.PhraseLanguages,
        });
        if (validation.HasErrors || validation.Register is not { } register)
        {
            return new BuildResult(validation, [], []);
        }

        var asOf = options.AsOf ?? options.Validation.AsOf ?? register.Organisation.VersionDate;
        var findings = validation.DocumentFindings;
        var diagnostics = new DiagnosticBag();
        TemplateErrors.ReportHandlebarsFiles(engine.Source, diagnostics);

        // 2. Views: the phrase files once, then each (document, language) view once, when it is written.
        var input = new ViewInput
        {
            Register = register,
            // Merging again is harmless (the organisation's terms win either way) and keeps the build right whatever the validator merged.
            Vocabulary = validation.Vocabulary.With(register.Vocabulary),
            Findings = findings,
            AsOf = asOf,
        };
        var phrases = PhraseFiles.Load(engine.Source, Languages(register), diagnostics);
        // Each view is built when its document is written and dropped after it (DocumentViews.Plan).
        var views = DocumentViews.Plan(input, phrases);

        // 3. Formats: every view in each chosen format, each file handed to the output as soon as it is made.
        var formats = FormatsOf(options);
        var output = open();
        // The folder as the staging (build) or the check reads it: each file hashed once, the manifest parsed once.
        var folder = output is OutputStaging staging ? staging.Folder : checking;
        IReadOnlyDictionary<string, string>? inputs = null;
        if (folder is not null && options.Templates is null && options.UseCache)
        {
            inputs = DocumentInputs.Of(register, validation.Sources, views, formats, asOf, engine.Source);
            reuse = new DocumentReuse(inputs, DocumentCache.Read(folder.Root), folder.Owned, folder.CurrentHash);
        }

        // REG140 from the notices as rendered (unless the caller gave the validation a measure of its own, which it has
        // used already). The DPO reports list the findings, REG140 among them, so that is before the reports are made.
        var measured = options.Validation.NoticeMeasure is not null;
        void Measure(IReadOnlyList<Readability.NoticeReadability> readability)
        {
            if (!measured)
            {
                validation = RegisterValidation.WithReadability(validation, new MeasuredNotices(readability));
                measured = true;
            }
        }

        var rendered = DocumentRendering.Render(
            views,
            readability =>
            {
                // Here, once every document is rendered and before any report is made.
                Measure(readability);
                var measuredInput = input with { Findings = validation.DocumentFindings };
                return new DpoReportMaker(
                    language => inputs?.GetValueOrDefault(DocumentRendering.IdOf(Views.Art30.Art30RecordKind.Controller, language)) is { } record
                        ? DocumentInputs.Report(record, measuredInput.Findings, readability)
                        : null,
                    (language, controllerRecord) => DocumentViews.Report(measuredInput, phrases, language, controllerRecord, readability));
            },
            register,
            phrases,
            formats,
            engine,
            diagnostics,
            options.Progress is null ? output : new ProgressOutput(output, options.Progress),
            reuse,
            Concurrency.Parallelism.Of(options.Parallelism ?? options.Validation.Load.Parallelism));
        // Without a report format the reports are not made, but the notices are measured all the same.
        Measure(rendered.Readability);
        var files = output.Files;

        var found = diagnostics.ToSortedList();
        return found.Any(d => d.Severity == Severity.Error)
            ? new BuildResult(validation, found, [])
            : new BuildResult(validation, found, [])
            {
                Built = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(),
                Readability = rendered.Readability,
                RenderedDocuments = reuse?.Rendered ?? [],
                KeptDocuments = reuse?.Kept ?? [],
            };
    }

    /// <summary>Every language a document is written in: the organisation's and each notice's.</summary>
    private static IEnumerable<string> Languages(RegisterModel register) =>
        register.Organisation.Languages.Concat(register.Notices.SelectMany(n => NoticeCoverage.Languages(n, register)));
}
