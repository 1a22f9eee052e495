using Register.Loading;
using Register.Workflow;

namespace Register.Tests.Workflow;

public sealed class RegisterScaffoldTests
{
    [Fact]
    public void Init_writes_a_register_the_loader_reads_without_a_problem()
    {
        using var folder = new TempFolder();

        var result = RegisterScaffold.Create(folder.Path);

        Assert.False(result.Refused);
        Assert.Contains("register/organisation.yaml", result.Written);
        Assert.Contains("register/activities/contact-form.yaml", result.Written);
        Assert.Contains("register/schema/activity.schema.json", result.Written);
        Assert.Contains(".config/dotnet-tools.json", result.Written);
        Assert.Equal(
            File.ReadAllText(Path.Combine(Approval.Approver.RepoRoot, "docs", "github-actions-register.yml")),
            File.ReadAllText(folder[".github/workflows/register.yml"]));
        var loaded = RegisterLoader.Load(folder["register"], new LoadOptions { DisplayRoot = folder.Path });
        Assert.Empty(loaded.Diagnostics);
        Assert.Equal("contact-form", Assert.Single(loaded.Register!.Activities).Id);
        Assert.Equal("P2Y", loaded.Register.Activities[0].Retention!.Period!.Text);
    }

    [Fact]
    public void Init_refuses_to_overwrite_and_then_writes_nothing()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder["register"]);
        File.WriteAllText(folder["register/organisation.yaml"], "name: mine\n");

        var result = RegisterScaffold.Create(folder.Path);

        Assert.True(result.Refused);
        Assert.Equal(["register/organisation.yaml"], result.AlreadyThere);
        Assert.Empty(result.Written);
        Assert.Equal("name: mine\n", File.ReadAllText(folder["register/organisation.yaml"]));
        Assert.False(File.Exists(folder["register/activities/contact-form.yaml"]));
    }

    [Fact]
    public void Tool_manifest_names_the_tool_package_and_its_command()
    {
        var manifest = System.Text.Json.JsonDocument.Parse(RegisterScaffold.ToolManifest()).RootElement;

        var tool = manifest.GetProperty("tools").GetProperty("gdprregister.tool");
        Assert.Equal(RegisterScaffold.ToolVersion, tool.GetProperty("version").GetString());
        Assert.Equal("register", tool.GetProperty("commands")[0].GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+$", RegisterScaffold.ToolVersion);
    }

    [Fact]
    public void Without_a_feed_no_nuget_config_is_written_and_the_manifest_names_the_public_package()
    {
        using var folder = new TempFolder();

        var result = RegisterScaffold.Create(folder.Path);

        Assert.DoesNotContain("nuget.config", result.Written);
        Assert.Contains("\"gdprregister.tool\"", File.ReadAllText(folder[".config/dotnet-tools.json"]), StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_feed_nuget_config_names_only_that_source()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder["packages"]);

        var inside = RegisterScaffold.FeedSource(folder.Path, folder["packages"]);
        var url = RegisterScaffold.FeedSource(folder.Path, "https://nuget.pkg.github.com/example-org/index.json");
        var missing = RegisterScaffold.FeedSource(folder.Path, folder["no-such-folder"]);
        RegisterScaffold.Create(folder.Path, inside);

        Assert.Equal("packages", inside);
        Assert.Equal("https://nuget.pkg.github.com/example-org/index.json", url);
        Assert.Null(missing);
        var config = System.Xml.Linq.XDocument.Load(folder["nuget.config"]);
        var sources = config.Root!.Element("packageSources")!;
        Assert.NotNull(sources.Element("clear"));
        Assert.Equal("packages", Assert.Single(sources.Elements("add")).Attribute("value")!.Value);
    }

    [Fact]
    public void The_generated_workflow_pins_the_version_the_manifest_installs()
    {
        Assert.Contains($"REGISTER_VERSION: \"{RegisterScaffold.ToolVersion}\"", RegisterScaffold.Workflow(), StringComparison.Ordinal);
    }
}
