namespace Register.Tests.Workflow;

/// <summary>
/// The environment for a child <c>dotnet</c> (or a script calling it) that must leave the machine as it found it: its own
/// HOME, CLI home and NuGet package cache inside <paramref name="root"/>, no telemetry, no first-run banner, no build servers.
/// </summary>
internal static class IsolatedDotnet
{
    public static Dictionary<string, string?> Environment(string root)
    {
        var home = Path.Combine(root, "home");
        Directory.CreateDirectory(home);
        return new Dictionary<string, string?>
        {
            ["HOME"] = home,
            ["DOTNET_CLI_HOME"] = home,
            ["NUGET_PACKAGES"] = Path.Combine(root, "nuget-packages"),
            ["NUGET_HTTP_CACHE_PATH"] = Path.Combine(root, "nuget-http-cache"),
            ["NUGET_PLUGINS_CACHE_PATH"] = Path.Combine(root, "nuget-plugins-cache"),
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
            ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["NO_COLOR"] = "1",
            ["XDG_CONFIG_HOME"] = Path.Combine(home, ".config"),
            ["XDG_CACHE_HOME"] = Path.Combine(home, ".cache"),
        };
    }
}
