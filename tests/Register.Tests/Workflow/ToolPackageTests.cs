using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Register.Tests.Approval;
using Register.Workflow;

namespace Register.Tests.Workflow;

/// <summary>
/// The tool's packages as the release makes them (<see cref="ToolFeed"/>): what each holds, and that <c>dotnet tool
/// install</c> takes this machine's, which on linux-x64 is the Native AOT executable alone and builds the example to the
/// committed output/.
/// </summary>
[Collection(ToolFeedCollection.Name)]
public sealed class ToolPackageTests(ToolFeed tool)
{
    [Fact]
    public void The_package_has_its_own_id_metadata_readme_and_names_every_platform_package()
    {
        using var zip = ZipFile.OpenRead(tool.Package);
        var nuspec = Nuspec(zip);
        string Field(string name) => nuspec.Descendants().Single(e => e.Name.LocalName == name).Value;

        Assert.Equal(RegisterScaffold.PackageId, Field("id"));
        Assert.Equal(RegisterScaffold.ToolVersion, Field("version"));
        Assert.Contains("GDPR register of processing activities", Field("description"), StringComparison.Ordinal);
        Assert.DoesNotContain("Package Description", Field("description"), StringComparison.Ordinal);
        Assert.Equal("The Register contributors", Field("authors"));
        Assert.Equal("MIT", Field("license"));
        Assert.StartsWith("https://", Field("projectUrl"), StringComparison.Ordinal);
        Assert.Contains("gdpr", Field("tags").Split(' '));
        Assert.Equal("PackageReadme.md", Field("readme"));
        Assert.Contains("dotnet tool install --global GdprRegister.Tool", new StreamReader(zip.GetEntry("PackageReadme.md")!.Open()).ReadToEnd(), StringComparison.Ordinal);
        var repository = nuspec.Descendants().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("git", repository.Attribute("type")?.Value);

        var settings = XDocument.Load(zip.GetEntry("tools/any/any/DotnetToolSettings.xml")!.Open());
        Assert.Equal("register", settings.Descendants("Command").Single().Attribute("Name")!.Value);
        Assert.Equal(
            ToolFeed.ReleaseRids.Select(rid => $"{rid} {RegisterScaffold.PackageId}.{rid}"),
            settings.Descendants("RuntimeIdentifierPackage").Select(p => $"{p.Attribute("RuntimeIdentifier")!.Value} {p.Attribute("Id")!.Value}"));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.EndsWith(".dll", StringComparison.Ordinal));
    }

    [Fact]
    public void A_platform_package_is_ReadyToRun_and_the_fallback_package_is_portable()
    {
        AssertManagedToolPackage(tool.ReadyToRunPackage, ToolFeed.ReadyToRunRid, readyToRun: true);
        AssertManagedToolPackage(tool.PortablePackage, "any", readyToRun: false);
    }

    [Fact]
    public void This_platforms_package_is_the_Native_AOT_executable_alone_on_linux_x64_and_ReadyToRun_elsewhere()
    {
        if (!ToolFeed.IsNative)
        {
            AssertManagedToolPackage(tool.PlatformPackage, ToolFeed.Rid, readyToRun: true);
            return;
        }

        using var zip = ZipFile.OpenRead(tool.PlatformPackage);
        Assert.Equal("DotnetToolRidPackage", PackageType(Nuspec(zip)));
        const string Folder = "tools/any/linux-x64/";
        Assert.Equal(
            [Folder + "DotnetToolSettings.xml", Folder + "Register.Cli"],
            zip.Entries.Select(e => e.FullName).Where(n => n.StartsWith("tools/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        var command = XDocument.Load(zip.GetEntry(Folder + "DotnetToolSettings.xml")!.Open()).Descendants("Command").Single();
        Assert.Equal("register Register.Cli executable", $"{command.Attribute("Name")!.Value} {command.Attribute("EntryPoint")!.Value} {command.Attribute("Runner")!.Value}");
        using var executable = zip.GetEntry(Folder + "Register.Cli")!.Open();
        var magic = new byte[4];
        executable.ReadExactly(magic);
        Assert.Equal("\u007fELF"u8.ToArray(), magic);
    }

    [Fact]
    public void Installing_the_tool_takes_this_platforms_package_which_validates_and_builds_the_example_to_the_committed_output()
    {
        using var folder = new TempFolder();
        var environment = IsolatedDotnet.Environment(folder["dotnet"]);
        var tools = folder["tools"];
        var install = ChildProcess.Run("dotnet", ["tool", "install", RegisterScaffold.PackageId, "--tool-path", tools, "--add-source", tool.Feed], folder.Path, environment);
        Assert.True(install.ExitCode == 0, install.Transcript);

        var store = Path.Combine(tools, ".store", RegisterScaffold.PackageId.ToLowerInvariant(), RegisterScaffold.ToolVersion);
        var platformId = $"{RegisterScaffold.PackageId}.{ToolFeed.Rid}".ToLowerInvariant();
        Assert.Equal(
            [RegisterScaffold.PackageId.ToLowerInvariant(), platformId],
            Directory.GetDirectories(store).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        if (ToolFeed.IsNative)
        {
            // Nothing for a .NET runtime to load: the command is the native executable.
            Assert.Empty(Directory.EnumerateFiles(Path.Combine(store, platformId), "*.dll", SearchOption.AllDirectories));
        }

        var register = Path.Combine(tools, "register");
        var version = ChildProcess.Run(register, ["--version"], folder.Path, environment);
        Assert.Equal(0, version.ExitCode);
        Assert.Equal(RegisterScaffold.ToolVersion, version.Output.Trim());
        var example = Path.Combine(Approver.RepoRoot, "register");
        var validate = ChildProcess.Run(register, ["validate", example], folder.Path, environment);
        Assert.True(validate.ExitCode == 0, validate.Transcript);
        var output = folder["output"];
        var build = ChildProcess.Run(register, ["build", example, "--out", output], folder.Path, environment);
        Assert.True(build.ExitCode == 0, build.Transcript);
        AssertSameFiles(Path.Combine(Approver.RepoRoot, "output"), output);
    }

    /// <summary>
    /// Every committed file of output/ and nothing more, byte for byte; the build's own bookkeeping (its inputs, keyed on
    /// the tool's build, and its lock) is not committed.
    /// </summary>
    private static void AssertSameFiles(string expected, string actual)
    {
        string[] Files(string root) => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => f is not (".register-inputs.json" or ".register-lock"))
            .Order(StringComparer.Ordinal)
            .ToArray();

        var files = Files(expected);
        Assert.Equal(files, Files(actual));
        Assert.All(files, f => Assert.True(
            File.ReadAllBytes(Path.Combine(expected, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, f))),
            $"{f} differs from output/{f}"));
    }

    private static void AssertManagedToolPackage(string package, string rid, bool readyToRun)
    {
        using var zip = ZipFile.OpenRead(package);
        var nuspec = Nuspec(zip);
        Assert.Equal($"{RegisterScaffold.PackageId}.{rid}", nuspec.Descendants().Single(e => e.Name.LocalName == "id").Value);
        Assert.Equal("DotnetToolRidPackage", PackageType(nuspec));
        var folder = $"tools/net10.0/{rid}/";
        var command = XDocument.Load(zip.GetEntry(folder + "DotnetToolSettings.xml")!.Open()).Descendants("Command").Single();
        Assert.Equal("register", command.Attribute("Name")!.Value);
        // A platform's package starts through its own launcher (which uses the installed .NET runtime); the portable one through dotnet.
        var launcher = rid.StartsWith("win-", StringComparison.Ordinal) ? "Register.Cli.exe" : "Register.Cli";
        Assert.Equal(readyToRun ? $"{launcher} executable" : "Register.Cli.dll dotnet", $"{command.Attribute("EntryPoint")!.Value} {command.Attribute("Runner")!.Value}");
        foreach (var assembly in new[] { "Register.Cli.dll", "Register.dll", "YamlDotNet.dll" })
        {
            Assert.True(
                IsReadyToRun(zip.GetEntry(folder + assembly)!) == readyToRun,
                $"{assembly} in {Path.GetFileName(package)} should {(readyToRun ? "" : "not ")}be ReadyToRun code");
        }
    }

    private static XDocument Nuspec(ZipArchive zip) =>
        XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());

    private static string PackageType(XDocument nuspec) =>
        nuspec.Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name")!.Value;

    /// <summary>Whether an assembly carries precompiled native code (a ReadyToRun header), not only IL.</summary>
    private static bool IsReadyToRun(ZipArchiveEntry entry)
    {
        using var bytes = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(bytes);
        }

        bytes.Position = 0;
        using var reader = new PEReader(bytes);
        return reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }
}
