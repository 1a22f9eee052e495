namespace Register.Cli;

/// <summary>Where the command line writes, and whether that is a terminal that may show colour.</summary>
/// <param name="Output">Standard output: the report.</param>
/// <param name="Error">Standard error: one line for usage and I/O errors.</param>
/// <param name="IsTerminal">Standard output is an interactive terminal (not a pipe or file).</param>
/// <param name="NoColor">The NO_COLOR environment variable is set to a non-empty value (https://no-color.org).</param>
public sealed record CliConsole(TextWriter Output, TextWriter Error, bool IsTerminal, bool NoColor)
{
    /// <summary>Colour only on a terminal and only when NO_COLOR is not set.</summary>
    public bool Color => IsTerminal && !NoColor;

    /// <summary>
    /// A progress line may be drawn on standard error: it is a terminal, and this is not a CI run (CI, GITHUB_ACTIONS) or
    /// a dumb terminal, so logs and redirected output never contain it.
    /// </summary>
    public bool ShowsProgress { get; init; }

    /// <summary>This is a CI run: the environment sets CI or GITHUB_ACTIONS (as GitHub Actions, GitLab CI, Azure Pipelines' CI and most others do).</summary>
    public bool InCi { get; init; }

    /// <summary>The process's own console and environment.</summary>
    public static CliConsole System() => new(
        Console.Out,
        Console.Error,
        !Console.IsOutputRedirected,
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")))
    {
        ShowsProgress = !Console.IsErrorRedirected && !Ci() && Environment.GetEnvironmentVariable("TERM") != "dumb",
        InCi = Ci(),
    };

    private static bool Ci() =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("GITHUB_ACTIONS"));
}
