using Register.Diagnostics;
using Register.Output;
using Register.Rendering;
using Register.Rendering.Art30;
using Register.Views;
using Register.Validation;
using Register.Views.Art30;

namespace Register.Pipeline;

/// <summary><c>register export art30</c>: validates the register and renders one Art. 30 record in one language and format.</summary>
public static class Art30Export
{
    /// <summary>
    /// The result has exactly one file (named as in a build, without the folders) unless there are errors; then none,
    /// and the diagnostics say why. With <see cref="Art30ExportOptions.Target"/> the file is also written there, by the
    /// rules of <see cref="SingleFileWriter"/> (never into the register, never half-written, no overwrite without --force).
    /// </summary>
    public static BuildResult Run(string registerDirectory, Art30ExportOptions options)
    {
        var build = options.Build;
        var engine = build.Templates ?? (build.TemplatesDirectory is null
            ? TemplateEngine.BuiltIn
            : new TemplateEngine(TemplateSource.WithOverrides(build.TemplatesDirectory, build.Validation.Load.DisplayRoot)));
        var validation = RegisterValidation.Run(registerDirectory, build.Validation with
        {
            AsOf = build.AsOf ?? build.Validation.AsOf,
            PhraseLanguages = build.Validation.PhraseLanguages ?? engine.Source.PhraseLanguages,
        });
        if (validation.HasErrors || validation.Register is not { } register)
        {
            return new BuildResult(validation, [], []);
        }

        var diagnostics = new DiagnosticBag();
        if (!register.Organisation.Languages.Contains(options.Language, StringComparer.Ordinal))
        {
            return new BuildResult(validation, [], [])
            {
                UsageError = $"--lang '{options.Language}' is not one of the register's languages; choose one of: {string.Join(", ", register.Organisation.Languages)}.",
            };
        }

        var input = new ViewInput
        {
            Register = register,
            Vocabulary = validation.Vocabulary,
            Findings = validation.DocumentFindings,
            AsOf = build.AsOf ?? build.Validation.AsOf ?? register.Organisation.VersionDate,
        };
        TemplateErrors.ReportHandlebarsFiles(engine.Source, diagnostics);
        var phrases = PhraseFiles.Load(engine.Source, [options.Language], diagnostics).For(options.Language);
        var content = phrases is null
            ? null
            : DocumentRendering.Try(() => options.Format.Record(new RenderedRecord(Art30Views.Build(input, phrases, options.Kind), engine)), diagnostics);
        var files = content is null || diagnostics.HasErrors
            ? []
            : new List<OutputFile> { new(FileName(options), content) };
        var result = new BuildResult(validation, diagnostics.ToSortedList(), files);
        return options.Target is null || files.Count == 0
            ? result
            : result with { Written = SingleFileWriter.Write(registerDirectory, options.Target, files[0].Content, build.Write) };
    }

    /// <summary>The default file name of an export, e.g. art30-controller.nl.docx.</summary>
    public static string FileName(Art30ExportOptions options) =>
        $"{DocumentRendering.FileStem(options.Kind)}.{options.Language}{options.Format.Extension}";
}
