using System.CommandLine;
using Register.Loading;
using Register.Schema;

namespace Register.Cli.Commands;

/// <summary><c>register schema [DIR] [--out DIR]</c>: writes the JSON Schema of every register file kind, for editors.</summary>
public static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var register = new Argument<string>("DIR")
        {
            Description = "The register folder whose ids (vocabulary.yaml, recipients, measures, audiences) and languages the schemas offer; without one, the built-in ids.",
            DefaultValueFactory = _ => "register",
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The folder to write the schemas to [default: DIR/schema]; the register's YAML files point at it.",
            HelpName = "DIR",
        };
        var command = new Command("schema", "Write the JSON Schema of each register file (organisation, activity, recipients, measures, vocabulary, notices, changelog) so YAML editors offer completion, including every id a key accepts, and mark mistakes while you type.");
        command.Arguments.Add(register);
        command.Options.Add(output);
        command.SetAction(parsed =>
        {
            var folder = parsed.GetValue(register) ?? "register";
            var ids = SchemaIds.BuiltIn;
            if (Directory.Exists(folder))
            {
                if (RegisterLoader.Load(folder).Register is { } model)
                {
                    ids = SchemaIds.Of(model);
                }
                else
                {
                    console.Error.Write($"register: note: {folder} cannot be read without errors (see 'register validate'), so the schemas offer the built-in ids only.\n");
                }
            }

            foreach (var path in SchemaWriter.Write(parsed.GetValue(output) ?? Path.Combine(folder, SchemaWriter.RegisterFolder), ids))
            {
                console.Output.Write($"wrote {path.Replace('\\', '/')}\n");
            }

            return ExitCodes.Valid;
        });
        HelpExamples.Attach(command,
            "register schema                                    # writes register/schema/*.schema.json",
            "register schema path/to/register                   # writes path/to/register/schema/*.schema.json");
        return command;
    }
}
