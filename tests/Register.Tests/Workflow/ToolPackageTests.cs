using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using Register.Tests.Approval;
using Register.Workflow;

namespace Register.Tests.Workflow;

/// <summary>
/// The tool as a register-only repository gets it: 'dotnet pack' makes a tool package whose command is 'register', and
/// after 'register init', 'dotnet tool restore' and 'dotnet register validate' / 'build' work from the manifest alone.
/// </summary>
public sealed class ToolPackageTests
{
    [Fact]
    public void Pack_then_tool_restore_in_a_new_register_repository_runs_validate_and_build()
    {
        using var folder = new TempFolder();
        var packages = folder["feed"];
        var configuration = AppContext.BaseDirectory.Replace('\\', '/').Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

        // The test project has just built the CLI; packing those binaries keeps this test to a few seconds.
        var pack = Dotnet(Approver.RepoRoot, null, Directory.CreateDirectory(folder["pack-home"]).FullName, "pack", "src/Register.Cli", "-c", configuration, "--no-build", "-o", packages);
        Assert.True(pack.ExitCode == 0, pack.Output);

        var package = Path.Combine(packages, $"Register.Tool.{RegisterScaffold.ToolVersion}.nupkg");
        using (var zip = ZipFile.OpenRead(package))
        {
            var settings = XDocument.Load(zip.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());
            var command = settings.Descendants("Command").Single();
            Assert.Equal("register", command.Attribute("Name")!.Value);
            Assert.Equal("Register.Cli.dll", command.Attribute("EntryPoint")!.Value);
            Assert.NotNull(zip.GetEntry("tools/net10.0/any/Register.dll"));
        }

        var repository = folder["repo"];
        Assert.False(RegisterScaffold.Create(repository).Refused);
        // Only the local feed, and a private package cache, so the test uses exactly the package it just made.
        File.WriteAllText(Path.Combine(repository, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        var cache = folder["nuget-packages"];

        // A home of its own: 'dotnet tool restore' caches where the tool lives under ~/.dotnet/toolResolverCache, and that
        // entry would point at this temporary folder after it is deleted.
        var home = Directory.CreateDirectory(folder["home"]).FullName;
        var restore = Dotnet(repository, cache, home, "tool", "restore");
        var validate = Dotnet(repository, cache, home, "register", "validate");
        var build = Dotnet(repository, cache, home, "register", "build");

        Assert.True(restore.ExitCode == 0, restore.Output);
        Assert.True(validate.ExitCode == 0, validate.Output);
        Assert.Contains("0 errors", validate.Output);
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.True(File.Exists(Path.Combine(repository, "output", "notices", "privacy.en.html")), build.Output);
        Assert.True(File.Exists(Path.Combine(repository, "output", "site", "index.json")), build.Output);
    }

    private static (int ExitCode, string Output) Dotnet(string directory, string? packageCache, string home, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["HOME"] = home;
        start.Environment["DOTNET_CLI_HOME"] = home;
        if (packageCache is not null)
        {
            start.Environment["NUGET_PACKAGES"] = packageCache;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet {string.Join(' ', arguments)} did not finish within 3 minutes");
        }

        return (process.ExitCode, $"dotnet {string.Join(' ', arguments)}:\n{output}{error.Result}");
    }
}
