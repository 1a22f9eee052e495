using System.Reflection;

namespace Register.Reporting;

/// <summary>How the tool names itself in machine-readable reports.</summary>
public static class ReportTool
{
    public const string Name = "register";

    /// <summary>The library version without the source-revision suffix, so reports do not change per commit.</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>The project's public address (RegisterProjectUrl in Directory.Build.props), for links to its documentation.</summary>
    public static string ProjectUrl { get; } = typeof(ReportTool).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "RegisterProjectUrl")?.Value ?? throw new InvalidOperationException("The library was built without RegisterProjectUrl.");

    private static string ReadVersion()
    {
        var assembly = typeof(ReportTool).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var version = informational ?? assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? version[..plus] : version;
    }
}
