using System.CommandLine;
using Register.Schema;

namespace Register.Cli.Commands;

/// <summary><c>register schema [--out DIR]</c>: writes the JSON Schema of every register file kind, for editors.</summary>
public static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<string>("--out", "-o")
        {
            Description = "The folder to write the schemas to; the register's YAML files point at register/schema.",
            DefaultValueFactory = _ => "register/schema",
            HelpName = "DIR",
        };
        var command = new Command("schema", "Write the JSON Schema of each register file (organisation, activity, recipients, measures, vocabulary, notices, changelog) so YAML editors offer completion and mark mistakes while you type.");
        command.Options.Add(output);
        command.SetAction(parsed =>
        {
            foreach (var path in SchemaWriter.Write(parsed.GetValue(output) ?? "register/schema"))
            {
                console.Output.Write($"wrote {path.Replace('\\', '/')}\n");
            }

            return ExitCodes.Valid;
        });
        HelpExamples.Attach(command,
            "register schema                                    # writes register/schema/*.schema.json",
            "register schema --out path/to/register/schema");
        return command;
    }
}
