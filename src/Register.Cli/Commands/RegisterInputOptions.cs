using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Register.Loading;
using Register.Loading.Yaml;
using Register.Validation;

namespace Register.Cli.Commands;

/// <summary>
/// The register folder argument and the options that say how to read and check it: YAML limits and the review date.
/// Shared by every command that reads a register (validate, build, export).
/// </summary>
public sealed class RegisterInputOptions
{
    public Argument<string> Directory { get; } = new("DIR")
    {
        Description = "The register folder (the one holding organisation.yaml).",
        DefaultValueFactory = _ => "register",
    };

    public Option<int> MaxFileBytes { get; } = Limit("--max-file-bytes", "Largest YAML file accepted, in bytes.", YamlLimits.Default.MaxFileBytes);

    public Option<int> MaxDepth { get; } = Limit("--max-depth", "Deepest nesting of lists and mappings in one file.", YamlLimits.Default.MaxDepth);

    public Option<int> MaxNodes { get; } = Limit("--max-nodes", "Most values in one file, counting each alias as a copy.", YamlLimits.Default.MaxNodes);

    public Option<int> MaxAliases { get; } = Limit("--max-aliases", "Most aliases (*name) in one file.", YamlLimits.Default.MaxAliases);

    public Option<LocalDate?> Today { get; } = new("--today")
    {
        Description = "The date to check review dates against (YYYY-MM-DD), e.g. today in CI. Default: the register's version_date. Documents are always computed as of the version date.",
        HelpName = "YYYY-MM-DD",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            var parsed = LocalDatePattern.Iso.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value;
            }

            result.AddError($"--today must be a date written as YYYY-MM-DD, e.g. 2026-01-31; '{text}' is not.");
            return null;
        },
    };

    /// <summary>Adds the argument and options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(Directory);
        command.Options.Add(Today);
        command.Options.Add(MaxFileBytes);
        command.Options.Add(MaxDepth);
        command.Options.Add(MaxNodes);
        command.Options.Add(MaxAliases);
    }

    /// <summary>The register folder; throws <see cref="DirectoryNotFoundException"/> (exit code 2) when it does not exist.</summary>
    public string ReadDirectory(ParseResult parsed)
    {
        var directory = parsed.GetValue(Directory) ?? "register";
        if (!System.IO.Directory.Exists(directory))
        {
            var what = File.Exists(directory) ? "is a file, not a folder" : "does not exist";
            throw new DirectoryNotFoundException(
                $"the register folder '{directory}' {what}; give the folder that holds organisation.yaml, e.g. 'register validate register'.");
        }

        return directory;
    }

    public ValidationOptions ReadValidationOptions(ParseResult parsed) => new()
    {
        Today = parsed.GetValue(Today),
        Load = new LoadOptions
        {
            Limits = new YamlLimits
            {
                MaxFileBytes = parsed.GetValue(MaxFileBytes),
                MaxDepth = parsed.GetValue(MaxDepth),
                MaxNodes = parsed.GetValue(MaxNodes),
                MaxAliases = parsed.GetValue(MaxAliases),
            },
        },
    };

    private static Option<int> Limit(string name, string description, int defaultValue) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        HelpName = "N",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1)
            {
                return value;
            }

            result.AddError($"{name} must be a whole number of at least 1; '{text}' is not.");
            return defaultValue;
        },
    };
}
