using System.CommandLine;
using System.Runtime.CompilerServices;

namespace Register.Cli;

/// <summary>Example command lines shown at the end of a command's --help.</summary>
public static class HelpExamples
{
    private static readonly ConditionalWeakTable<Command, IReadOnlyList<string>> Examples = [];

    public static void Attach(Command command, params string[] examples) => Examples.AddOrUpdate(command, examples);

    public static IReadOnlyList<string> For(Command command) => Examples.TryGetValue(command, out var examples) ? examples : [];
}
