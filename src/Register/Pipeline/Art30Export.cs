using Register.Diagnostics;
using Register.Output;
using Register.Rendering;
using Register.Rendering.Art30;
using Register.Validation;
using Register.Views.Art30;

namespace Register.Pipeline;

/// <summary><c>register export art30</c>: validates the register and renders one Art. 30 record in one language and format.</summary>
public static class Art30Export
{
    /// <summary>
    /// The result has exactly one file (named as in a build, without the folders) unless there are errors; then none,
    /// and the diagnostics say why.
    /// </summary>
    public static BuildResult Run(string registerDirectory, Art30ExportOptions options)
    {
        var build = options.Build;
        var validation = RegisterValidation.Run(registerDirectory, build.Validation);
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

        var input = new BuildInput
        {
            Register = register,
            Vocabulary = validation.Vocabulary,
            Findings = validation.Diagnostics,
            AsOf = build.AsOf ?? register.Organisation.VersionDate,
            TemplatesDirectory = build.TemplatesDirectory,
            Templates = build.TemplatesDirectory is null
                ? TemplateEngine.BuiltIn
                : new TemplateEngine(TemplateSource.WithOverrides(build.TemplatesDirectory, build.Validation.Load.DisplayRoot)),
            Diagnostics = diagnostics,
        };

        TemplateErrors.ReportHandlebarsFiles(input.Templates.Source, diagnostics);
        var phrases = PhraseLibrary.Load(input.Templates.Source, [options.Language], diagnostics).For(options.Language);
        var content = phrases is null ? null : Art30Documents.TryRender(Art30Views.Build(input, phrases, options.Kind), options.Format, input);
        var files = content is null
            ? []
            : new List<OutputFile> { new(FileName(options), content) };
        return new BuildResult(validation, diagnostics.ToSortedList(), files);
    }

    /// <summary>The default file name of an export, e.g. art30-controller.nl.docx.</summary>
    public static string FileName(Art30ExportOptions options) =>
        $"{Art30Documents.FileStem(options.Kind)}.{options.Language}.{Art30Documents.Extension(options.Format)}";
}
