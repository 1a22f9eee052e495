using System.Runtime.InteropServices;
using Register.Tests.Approval;
using Register.Workflow;

namespace Register.Tests.Workflow;

/// <summary>
/// A local NuGet feed holding the tool packages as a release makes them, packed once per test class: the package users
/// install, which points at one ReadyToRun package per platform (here only this machine's, <see cref="Rid"/>) and at the
/// portable fallback package (<c>any</c>). Built from the source tree into a temporary folder (<c>--artifacts-path</c>,
/// nothing written into the tree), with its own NuGet cache; packages already in the user's cache are read from there
/// (a fallback folder, never written), so only the runtime and ReadyToRun compiler packs are fetched.
/// </summary>
public sealed class ToolFeed : IDisposable
{
    private readonly TempFolder _folder = new();

    public ToolFeed()
    {
        Feed = _folder["feed"];
        var configuration = AppContext.BaseDirectory.Replace('\\', '/').Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        List<string> arguments =
        [
            "pack", "src/Register.Cli", "-c", configuration, "-nologo", "-o", Feed,
            "--artifacts-path", _folder["build"], "-p:RegisterPlatformPackages=true", "-p:RegisterToolRids=" + Rid,
        ];
        if (UserPackageCache() is { } cache)
        {
            arguments.Add("-p:RestoreAdditionalProjectFallbackFolders=" + cache);
        }

        var pack = ChildProcess.Run("dotnet", arguments, Approver.RepoRoot, IsolatedDotnet.Environment(_folder["pack"]), TimeSpan.FromMinutes(10));
        Assert.True(pack.ExitCode == 0, pack.Transcript);
        Package = PackagePath(RegisterScaffold.PackageId);
        PlatformPackage = PackagePath($"{RegisterScaffold.PackageId}.{Rid}");
        PortablePackage = PackagePath($"{RegisterScaffold.PackageId}.any");
        foreach (var package in new[] { Package, PlatformPackage, PortablePackage })
        {
            Assert.True(File.Exists(package), $"No {package}:\n{pack.Transcript}");
        }
    }

    /// <summary>This machine's platform, as the release names it (<c>linux-x64</c>, <c>osx-arm64</c>, ...).</summary>
    public static string Rid => RuntimeInformation.RuntimeIdentifier;

    /// <summary>The folder holding the packages, as a user's download folder would.</summary>
    public string Feed { get; }

    /// <summary>The package users install (<c>GdprRegister.Tool</c>): metadata and the list of platform packages.</summary>
    public string Package { get; }

    /// <summary>The ReadyToRun package for this machine's platform.</summary>
    public string PlatformPackage { get; }

    /// <summary>The framework-dependent package for platforms without their own (<c>any</c>).</summary>
    public string PortablePackage { get; }

    public void Dispose() => _folder.Dispose();

    private string PackagePath(string id) => Path.Combine(Feed, $"{id}.{RegisterScaffold.ToolVersion}.nupkg");

    private static string? UserPackageCache()
    {
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (string.IsNullOrEmpty(cache))
        {
            cache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        }

        return Directory.Exists(cache) ? cache : null;
    }
}
