using System.CommandLine;
using Register.Pipeline;
using Register.Reporting;
using Register.Rendering.Formats;
using Register.Views.Art30;

namespace Register.Cli.Commands;

/// <summary><c>register export art30 [DIR] --format F --lang L [--out FILE]</c>: one Art. 30 record as a file.</summary>
public static class ExportCommand
{
    private static readonly IReadOnlyList<OutputFormat> Formats = OutputFormats.For(DocumentKinds.Record);

    public static Command Create(CliConsole console)
    {
        var export = new Command("export", "Write one document of the register, such as the Art. 30 record, as a single file.");
        export.Subcommands.Add(CreateArt30(console));
        return export;
    }

    private static Command CreateArt30(CliConsole console)
    {
        var input = new RegisterInputOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = $"File format: {OutputFormats.Describe(Formats)}.",
            DefaultValueFactory = _ => "docx",
        };
        format.AcceptOnlyFromAmong([.. Formats.Select(f => f.Name)]);
        var language = new Option<string>("--lang", "-l")
        {
            Description = "Language of the record: one of the register's languages, e.g. nl.",
            Required = true,
        };
        var processor = new Option<bool>("--processor")
        {
            Description = "The record of processing carried out for other controllers (Art. 30(2)) instead of the controller record (Art. 30(1)).",
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "File to write. Default: standard output for md, html and csv; art30-controller.<lang>.<ext> (or art30-processor…) for docx and xlsx.",
            HelpName = "FILE",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Replace the file given by --out (or the default file) even when it holds other content; the export keeps no record of the files it wrote.",
        };
        var templates = new TemplatesOption();
        var report = new ReportOptions();

        var command = new Command("art30", "Write the record of processing activities (Art. 30 GDPR) in one language and format.");
        input.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(language);
        command.Options.Add(processor);
        command.Options.Add(output);
        command.Options.Add(force);
        command.Options.Add(templates.Option);
        report.AddTo(command);
        command.SetAction(parsed =>
        {
            var chosen = OutputFormats.Find(parsed.GetValue(format) ?? "docx");
            var options = new Art30ExportOptions
            {
                Format = chosen,
                Language = parsed.GetValue(language) ?? "",
                Kind = parsed.GetValue(processor) ? Art30RecordKind.Processor : Art30RecordKind.Controller,
                Build = new BuildOptions
                {
                    Validation = input.ReadValidationOptions(parsed),
                    TemplatesDirectory = templates.Read(parsed),
                    Write = new Register.Output.WriteOptions { Force = parsed.GetValue(force) },
                },
            };
            var target = parsed.GetValue(output) ?? (chosen.IsText ? null : Art30Export.FileName(options));
            var result = Art30Export.Run(input.ReadDirectory(parsed), options with { Target = target });
            if (result.UsageError is { } usage)
            {
                console.Error.Write($"register: {usage}\n");
                return ExitCodes.UsageOrIoError;
            }

            // Standard output may be the document, so problems go to standard error.
            if (result.Diagnostics.Count > 0)
            {
                report.ReadReport(parsed, console).Write(console.Error, result.Diagnostics, result.Validation.Sources);
            }

            var exitCode = report.ExitCode(parsed, result.Diagnostics);
            if (result.HasErrors || result.Files.Count == 0)
            {
                return ExitCodes.Invalid;
            }

            if (target is null)
            {
                console.Output.Write(System.Text.Encoding.UTF8.GetString(result.Files[0].Content).TrimStart('\uFEFF'));
                return exitCode;
            }

            var written = result.Written!;
            if (written.Conflicts.Count > 0)
            {
                var conflict = written.Conflicts[0];
                console.Error.Write(conflict.Forceable
                    ? $"register: nothing was written: {target} {conflict.Reason}. Choose another --out, or add --force to replace it.\n"
                    : $"register: nothing was written: {target} {conflict.Reason}.\n");
                return ExitCodes.Invalid;
            }

            console.Output.Write(written.Unchanged.Count > 0 ? $"{target} is already current\n" : $"Wrote {target}\n");
            return exitCode;
        });
        HelpExamples.Attach(command,
            "register export art30 --lang nl                         # writes art30-controller.nl.docx",
            "register export art30 register --format xlsx --lang de --out vvt.xlsx",
            "register export art30 --format md --lang en > record.md",
            "register export art30 --processor --format csv --lang nl",
            "register export art30 --lang nl --force                 # replace an existing art30-controller.nl.docx");
        return command;
    }
}
