using System.CommandLine;
using System.CommandLine.Invocation;
using System.Security;

namespace Register.Cli;

/// <summary>Runs a parsed command line and turns usage errors, I/O failures and bugs into one line on stderr and exit code 2.</summary>
public static class CommandRunner
{
    public static int Run(Command root, string[] args, CliConsole console)
    {
        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var error in parsed.Errors)
            {
                console.Error.Write($"register: {OneLine(error.Message)}\n");
            }

            console.Error.Write($"Run '{CommandPath(parsed.CommandResult.Command)} --help' to see the usage.\n");
            return ExitCodes.UsageOrIoError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = console.Output,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException)
        {
            console.Error.Write($"register: {OneLine(ex.Message)}\n");
            return ExitCodes.UsageOrIoError;
        }
        catch (Exception ex)
        {
            // A bug: still one line, no stack trace; the type name tells a maintainer where to look.
            console.Error.Write($"register: internal error ({ex.GetType().Name}: {OneLine(ex.Message)}); please report this with the command you ran.\n");
            return ExitCodes.UsageOrIoError;
        }
    }

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? symbol = command; symbol is Command current; symbol = current.Parents.FirstOrDefault())
        {
            names.Insert(0, current.Name);
        }

        return string.Join(' ', names);
    }

    // Some parser messages list choices on separate, tab-indented lines; stderr gets one line per problem.
    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
