using System.CommandLine;
using Register.Workflow;

namespace Register.Cli.Commands;

/// <summary><c>register init [FOLDER]</c>: scaffolds a new register that validates clean, never overwriting a file.</summary>
public static class InitCommand
{
    public static Command Create(CliConsole console)
    {
        var folder = new Argument<string>("FOLDER")
        {
            Description = "The repository folder to start the register in; the register itself goes in FOLDER/register.",
            DefaultValueFactory = _ => ".",
        };
        var feed = new Option<string>("--feed")
        {
            Description = "A package source (URL or folder with the downloaded .nupkg) to get the tool from: written to nuget.config. Without it the tool comes from nuget.org.",
            HelpName = "URL|DIR",
        };
        var command = new Command("init", "Start a new register: an organisation, one activity, a privacy notice, a change log, the editor schemas, a local tool manifest and a GitHub Actions workflow. Existing files are never overwritten.");
        command.Arguments.Add(folder);
        command.Options.Add(feed);
        command.SetAction(parsed =>
        {
            var target = parsed.GetValue(folder) ?? ".";
            string? source = null;
            if (parsed.GetValue(feed) is { } given && (source = RegisterScaffold.FeedSource(target, given)) is null)
            {
                console.Error.Write($"register: --feed '{given}' is neither an http(s) URL nor an existing folder.\n");
                return ExitCodes.UsageOrIoError;
            }

            var result = RegisterScaffold.Create(target, source);
            if (result.Refused)
            {
                console.Error.Write($"register: nothing was written, because these files already exist in '{target}': {string.Join(", ", result.AlreadyThere)}. Run 'register init' in an empty folder, or move them away first.\n");
                return ExitCodes.UsageOrIoError;
            }

            foreach (var path in result.Written)
            {
                console.Output.Write($"created {path}\n");
            }

            var register = Path.Combine(target, RegisterScaffold.RegisterFolder).Replace('\\', '/');
            console.Output.Write($"\nNext: replace the example values in {register}/organisation.yaml and {register}/activities/contact-form.yaml,\nthen run 'register validate {register}' and 'register build', and commit the register together with output/.\n");
            return ExitCodes.Valid;
        });
        HelpExamples.Attach(command,
            "register init                                      # in the current folder",
            "register init my-register && cd my-register && git init",
            "register init --feed ./packages                    # the tool from a folder holding the .nupkg");
        return command;
    }
}
