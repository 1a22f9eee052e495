using Register.Tests.Approval;
using Register.Workflow;

namespace Register.Tests.Workflow;

/// <summary>
/// A local NuGet feed holding the tool package, packed once per test class from the binaries the test project has just
/// built (<c>dotnet pack --no-build</c>, nuspec and package written to a temporary folder, not the source tree).
/// </summary>
public sealed class ToolFeed : IDisposable
{
    private readonly TempFolder _folder = new();

    public ToolFeed()
    {
        Feed = _folder["feed"];
        var configuration = AppContext.BaseDirectory.Replace('\\', '/').Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var pack = ChildProcess.Run(
            "dotnet",
            ["pack", "src/Register.Cli", "-c", configuration, "--no-build", "-nologo", "-o", Feed,
                "-p:NuspecOutputPath=" + _folder["nuspec"] + Path.DirectorySeparatorChar],
            Approver.RepoRoot,
            IsolatedDotnet.Environment(_folder["pack"]),
            TimeSpan.FromMinutes(3));
        Assert.True(pack.ExitCode == 0, pack.Transcript);
        Package = Path.Combine(Feed, $"{RegisterScaffold.PackageId}.{RegisterScaffold.ToolVersion}.nupkg");
        Assert.True(File.Exists(Package), $"No {Package}:\n{pack.Transcript}");
    }

    /// <summary>The folder holding the package, as a user's download folder would.</summary>
    public string Feed { get; }

    public string Package { get; }

    public void Dispose() => _folder.Dispose();
}
