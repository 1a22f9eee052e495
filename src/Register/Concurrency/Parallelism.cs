using System.Globalization;

namespace Register.Concurrency;

/// <summary>
/// How many threads a stage may use (reading the register's files; rendering documents): the processor count, at most
/// <see cref="MaxWorkers"/>, or what <c>REGISTER_PARALLELISM</c> says (1 runs every stage on the calling thread alone).
/// The environment is read here only, once per process. Results never depend on it, only the time they take.
/// </summary>
public static class Parallelism
{
    /// <summary>The environment variable that sets the number of workers (a whole number of at least 1).</summary>
    public const string EnvironmentVariable = "REGISTER_PARALLELISM";

    /// <summary>The most workers used by default: beyond this a register's files are too few and too small to gain.</summary>
    public const int MaxWorkers = 8;

    private static readonly Lazy<int> FromEnvironment = new(() => Parse(Environment.GetEnvironmentVariable(EnvironmentVariable)));

    /// <summary><c>REGISTER_PARALLELISM</c> when it is a whole number of at least 1, otherwise the processor count up to <see cref="MaxWorkers"/>.</summary>
    public static int Default => FromEnvironment.Value;

    /// <summary><paramref name="requested"/> when given (at least 1), otherwise <see cref="Default"/>.</summary>
    public static int Of(int? requested) => requested is { } workers ? Math.Max(workers, 1) : Default;

    /// <summary>The number of workers <paramref name="setting"/> (the variable's value, or null) asks for.</summary>
    internal static int Parse(string? setting) =>
        int.TryParse(setting, NumberStyles.None, CultureInfo.InvariantCulture, out var workers) && workers >= 1
            ? workers
            : Math.Clamp(Environment.ProcessorCount, 1, MaxWorkers);
}
