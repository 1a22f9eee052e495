using System.Runtime.InteropServices;
using Register.Tests.Approval;
using Register.Workflow;

namespace Register.Tests.Workflow;

/// <summary>
/// A local NuGet feed holding the tool packages as the release makes them (.github/workflows/release.yml), packed once
/// per test run (<see cref="ToolFeedCollection"/>): the package users install, which names every platform's package; this
/// machine's platform package (Native AOT on linux-x64, ReadyToRun elsewhere); when that one is native, the ReadyToRun
/// package of another platform, cross-compiled as the release does; and the portable fallback (<c>any</c>). Built from
/// the source tree into a temporary folder (<c>--artifacts-path</c>, nothing written into the tree), with its own NuGet
/// cache; packages already in the user's cache are read from there (a fallback folder, never written).
/// </summary>
public sealed class ToolFeed : IDisposable
{
    private readonly TempFolder _folder = new();

    public ToolFeed()
    {
        Feed = _folder["feed"];
        Pack(null);
        Pack("any");
        Pack(Rid);
        if (ReadyToRunRid != Rid)
        {
            Pack(ReadyToRunRid);
        }

        Package = PackagePath(RegisterScaffold.PackageId);
        PlatformPackage = PackagePath($"{RegisterScaffold.PackageId}.{Rid}");
        ReadyToRunPackage = PackagePath($"{RegisterScaffold.PackageId}.{ReadyToRunRid}");
        PortablePackage = PackagePath($"{RegisterScaffold.PackageId}.any");
    }

    /// <summary>This machine's platform, as the release names it (<c>linux-x64</c>, <c>osx-arm64</c>, ...).</summary>
    public static string Rid => RuntimeInformation.RuntimeIdentifier;

    /// <summary>The platforms the package users install names, in its order (Register.Cli.csproj), <c>any</c> last.</summary>
    public static IReadOnlyList<string> ReleaseRids { get; } = ["linux-x64", "linux-arm64", "osx-x64", "osx-arm64", "win-x64", "any"];

    /// <summary>Whether this machine's package is Native AOT (linux-x64; the other platforms' are ReadyToRun).</summary>
    public static bool IsNative => Rid == "linux-x64";

    /// <summary>The platform of <see cref="ReadyToRunPackage"/>: this machine's, or linux-arm64 where this machine's is native.</summary>
    public static string ReadyToRunRid => IsNative ? "linux-arm64" : Rid;

    /// <summary>The folder holding the packages, as a user's download folder would.</summary>
    public string Feed { get; }

    /// <summary>The package users install (<c>GdprRegister.Tool</c>): metadata and the list of platform packages.</summary>
    public string Package { get; }

    /// <summary>The package for this machine's platform.</summary>
    public string PlatformPackage { get; }

    /// <summary>A ReadyToRun platform package (<see cref="ReadyToRunRid"/>).</summary>
    public string ReadyToRunPackage { get; }

    /// <summary>The framework-dependent package for platforms without their own (<c>any</c>).</summary>
    public string PortablePackage { get; }

    public void Dispose() => _folder.Dispose();

    /// <summary>One <c>dotnet pack</c> of the release: without a RID the package users install, with one that platform's.</summary>
    private void Pack(string? rid)
    {
        var configuration = AppContext.BaseDirectory.Replace('\\', '/').Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        List<string> arguments =
        [
            "pack", "src/Register.Cli", "-c", configuration, "-nologo", "-o", Feed,
            "--artifacts-path", _folder["build"], "-p:RegisterPlatformPackages=true",
        ];
        if (rid is not null)
        {
            arguments.AddRange(["-r", rid]);
        }

        if (UserPackageCache() is { } cache)
        {
            arguments.Add("-p:RestoreAdditionalProjectFallbackFolders=" + cache);
        }

        var pack = ChildProcess.Run("dotnet", arguments, Approver.RepoRoot, IsolatedDotnet.Environment(_folder["pack"]), TimeSpan.FromMinutes(10));
        Assert.True(pack.ExitCode == 0, pack.Transcript);
        var package = PackagePath(rid is null ? RegisterScaffold.PackageId : $"{RegisterScaffold.PackageId}.{rid}");
        Assert.True(File.Exists(package), $"No {package}:\n{pack.Transcript}");
    }

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
