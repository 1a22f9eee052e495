using System.CommandLine;

namespace Register.Cli.Commands;

/// <summary><c>--templates DIR</c>: an organisation's template and phrase overrides, shared by every command that renders.</summary>
public sealed class TemplatesOption
{
    public Option<string?> Option { get; } = new("--templates")
    {
        Description = "A folder of your own templates and phrase files; each file replaces the built-in one of the same path, phrase files key by key.",
        HelpName = "DIR",
    };

    /// <summary>The folder, or null; throws <see cref="DirectoryNotFoundException"/> (exit code 2) when it is given but missing.</summary>
    public string? Read(ParseResult parsed)
    {
        var directory = parsed.GetValue(Option);
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"the templates folder '{directory}' does not exist.");
        }

        return directory;
    }
}
