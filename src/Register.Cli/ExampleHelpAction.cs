using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Register.Cli;

/// <summary>The standard help, followed by an "Examples:" section for the command asked about.</summary>
internal sealed class ExampleHelpAction(HelpAction standard, int maxWidth) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var configuration = parseResult.InvocationConfiguration;
        var output = configuration.Output;
        var help = new StringWriter();
        standard.MaxWidth = maxWidth;
        configuration.Output = help;
        try
        {
            standard.Invoke(parseResult);
        }
        finally
        {
            configuration.Output = output;
        }

        var examples = HelpExamples.For(parseResult.CommandResult.Command);
        if (examples.Count > 0)
        {
            help.Write("Examples:\n");
            foreach (var example in examples)
            {
                help.Write($"  {example}\n");
            }

            help.Write('\n');
        }

        // The standard layout leaves a space at the end of wrapped lines; trimmed lines keep the snapshots and the README clean.
        var lines = help.ToString().ReplaceLineEndings("\n").Split('\n').Select(line => line.TrimEnd());
        output.Write(string.Join('\n', lines));
        return ExitCodes.Valid;
    }
}
