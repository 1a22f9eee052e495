using System.CommandLine;
using Register.Pipeline;
using Register.Rendering.Formats;
using Register.Reporting;

namespace Register.Cli.Commands;

/// <summary><c>register build [DIR] [--out output] [--templates DIR] [--format md|html|fragment|json] [--check]</c>: renders the documents.</summary>
public static class BuildCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new RegisterInputOptions();
        var output = new Option<string>("--out", "-o")
        {
            Description = "The output folder (not the register folder, nor inside or above it). A file is replaced or removed only when .register-manifest.json lists it with its current content; any other file in the way stops the build with nothing written (exit 1).",
            DefaultValueFactory = _ => "output",
            HelpName = "DIR",
        };
        var templates = new TemplatesOption();
        var formats = new Option<string[]>("--format")
        {
            Description = $"Only these formats: {OutputFormats.Describe(OutputFormats.All)}; each document is written in those it has. Repeat the option for several. Default: all.",
            AllowMultipleArgumentsPerToken = true,
        };
        formats.AcceptOnlyFromAmong([.. OutputFormats.Names]);
        var check = new Option<bool>("--check")
        {
            Description = "Write nothing; exit 1 when the output folder differs from what the register produces, listing each stale, missing or extra file.",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Take over files in the output folder the build did not make or that were changed by hand: replace them, and keep (no longer owned) changed files it would remove.",
        };
        var cache = new Option<string>("--cache")
        {
            Description = "Whether to trust the output folder's cache (.register-inputs.json) to keep unchanged documents and, when nothing changed, the last verdict: on, off (render and validate everything), or auto: off in CI (CI or GITHUB_ACTIONS set), where a cache that came with the repository must not vouch for the output, on elsewhere. The output is the same either way.",
            DefaultValueFactory = _ => "auto",
            HelpName = "auto|on|off",
        };
        cache.AcceptOnlyFromAmong("auto", "on", "off");
        var report = new ReportOptions();

        var command = new Command("build", "Validate the register and render its privacy notices (and other documents) into the output folder.");
        input.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(templates.Option);
        command.Options.Add(formats);
        command.Options.Add(check);
        command.Options.Add(force);
        command.Options.Add(cache);
        report.AddTo(command);
        command.SetAction(parsed =>
        {
            var directory = input.ReadDirectory(parsed);
            var templatesDirectory = templates.Read(parsed);

            var progress = console.ShowsProgress ? new ProgressLine(console.Error) : null;
            var options = new BuildOptions
            {
                Validation = input.ReadValidationOptions(parsed),
                TemplatesDirectory = templatesDirectory,
                Formats = [.. (parsed.GetValue(formats) ?? []).Select(OutputFormats.Find)],
                Progress = progress,
                Write = new Register.Output.WriteOptions { Force = parsed.GetValue(force) },
                UseCache = parsed.GetValue(cache) switch { "on" => true, "off" => false, _ => !console.InCi },
            };
            var outputDirectory = parsed.GetValue(output) ?? "output";
            var writer = report.ReadReport(parsed, console);
            var warningsAsErrors = parsed.GetValue(report.WarningsAsErrors);
            return parsed.GetValue(check)
                ? Check(directory, outputDirectory, options, writer, console, warningsAsErrors, progress)
                : Build(directory, outputDirectory, options, writer, console, warningsAsErrors, progress);
        });
        HelpExamples.Attach(command,
            "register build                                     # ./register -> ./output",
            "register build register --out public/privacy --format html",
            "register build --templates my-templates            # your own wording and layout",
            "register build --check                             # CI: is output/ up to date?",
            "register build --force                             # take over files the build did not make");
        return command;
    }

    private static int Build(string directory, string outputDirectory, BuildOptions options, IDiagnosticReport writer, CliConsole console, bool warningsAsErrors, ProgressLine? progress)
    {
        var result = BuildPipeline.Build(directory, outputDirectory, options);
        progress?.Clear();
        Report(result, writer, console);
        if (result.HasErrors || result.Written is not { } written)
        {
            console.Error.Write("register: nothing was written because of the errors above.\n");
            return ExitCodes.Invalid;
        }

        if (written.Recovered)
        {
            console.Output.Write($"Finished the build that was interrupted in {outputDirectory} first.\n");
        }

        foreach (var conflict in written.Conflicts)
        {
            console.Error.Write($"{(options.Write.Force ? "taken over" : "not ours")}: {outputDirectory}/{conflict.Path} {conflict.Reason}\n");
        }

        if (written.Conflicts.Any(c => !options.Write.Force || !c.Forceable))
        {
            console.Error.Write($"register: nothing was written: {written.Conflicts.Count} file(s) in {outputDirectory} are not the build's to replace or remove. Move them away, or run 'register build --force' to take them over.\n");
            return ExitCodes.Invalid;
        }

        console.Output.Write(
            $"Built {result.Built.Count} files into {outputDirectory}: {written.Written.Count} written, {written.Unchanged.Count} unchanged, {written.Removed.Count} removed.\n");
        console.Output.Write(Register.Readability.ReadabilitySummary.Format(result.Readability));
        return ExitCodes.For(result.Diagnostics, warningsAsErrors);
    }

    private static int Check(string directory, string outputDirectory, BuildOptions options, IDiagnosticReport writer, CliConsole console, bool warningsAsErrors, ProgressLine? progress)
    {
        var (result, comparison) = BuildPipeline.Check(directory, outputDirectory, options);
        progress?.Clear();
        Report(result, writer, console);
        if (comparison is null)
        {
            return ExitCodes.Invalid;
        }

        foreach (var (label, paths) in new[] { ("stale", comparison.Stale), ("missing", comparison.Missing), ("extra", comparison.Extra) })
        {
            foreach (var path in paths)
            {
                console.Output.Write($"{label}: {outputDirectory}/{path}\n");
            }
        }

        if (comparison.Interrupted)
        {
            console.Output.Write($"interrupted: {outputDirectory} holds an unfinished build (or one is running); run 'register build' to complete it.\n");
        }

        console.Output.Write(comparison.IsCurrent
            ? $"{outputDirectory} is up to date ({result.Built.Count} files).\n"
            : $"{outputDirectory} is not up to date: run 'register build' and commit the result.\n");
        return comparison.IsCurrent ? ExitCodes.For(result.Diagnostics, warningsAsErrors) : ExitCodes.Invalid;
    }

    private static void Report(BuildResult result, IDiagnosticReport writer, CliConsole console)
    {
        if (result.Diagnostics.Count > 0)
        {
            writer.Write(console.Output, result.Diagnostics, result.Validation.Sources);
        }
    }
}
