using System.CommandLine;
using System.CommandLine.Invocation;

namespace Register.Cli;

/// <summary>Prints the tool version without the source-revision suffix, the same as reports show.</summary>
internal sealed class PrintVersionAction(string version) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.Write(version + "\n");
        return ExitCodes.Valid;
    }
}
