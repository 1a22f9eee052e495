using Register.Pipeline;
using Register.Rendering.Art30;
using Register.Rendering.Formats;
using Register.Tests.Approval;
using Register.Validation;
using Register.Views.Art30;

namespace Register.Tests.Rendering.Art30;

/// <summary>The records of the example register (register/): complete, valid and byte-stable in every language.</summary>
public sealed class ExampleRegisterRecordTests
{
    private static readonly Lazy<BuildResult> ExampleBuild = new(() =>
        BuildPipeline.Render(Path.Combine(Approver.RepoRoot, "register"), new BuildOptions
        {
            Validation = ValidationOptions.Default with { Today = new NodaTime.LocalDate(2026, 11, 1) },
        }));

    [Fact]
    public void The_build_writes_every_record_format_in_every_language()
    {
        var paths = ExampleBuild.Value.Files.Select(f => f.Path).Where(p => p.StartsWith("records/", StringComparison.Ordinal)).ToList();

        foreach (var language in new[] { "nl", "de", "en" })
        {
            foreach (var extension in new[] { "md", "html", "docx", "xlsx", "csv" })
            {
                Assert.Contains($"records/{language}/art30-controller.{extension}", paths);
            }
        }
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("de")]
    [InlineData("en")]
    public void Every_activity_appears_with_every_field_of_its_record(string language)
    {
        var register = RegisterValidation.Run(Path.Combine(Approver.RepoRoot, "register")).Register!;
        var export = Art30Export.Run(Path.Combine(Approver.RepoRoot, "register"), new Art30ExportOptions { Format = OutputFormats.Csv, Language = language });
        var csv = System.Text.Encoding.UTF8.GetString(Assert.Single(export.Files).Content);

        var controllerIds = register.Activities.Where(a => a.Role != Model.ActivityRole.Processor).Select(a => a.Id).ToList();
        Assert.All(controllerIds, id => Assert.Contains($"\r\n{id},", csv, StringComparison.Ordinal));
        // The overview table follows the parties block and an empty line.
        var table = csv[(csv.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
        var header = table[..table.IndexOf("\r\n", StringComparison.Ordinal)];
        Assert.Equal(Art30Views.ControllerFieldKeys.Count + 1, header.Split(',').Length);
    }

    [Fact]
    public void Rendering_twice_gives_identical_bytes_for_every_record_file()
    {
        var second = BuildPipeline.Render(Path.Combine(Approver.RepoRoot, "register"), new BuildOptions
        {
            Validation = ValidationOptions.Default with { Today = new NodaTime.LocalDate(2026, 11, 1) },
        });

        var first = ExampleBuild.Value.Files.Where(f => f.Path.StartsWith("records/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(first);
        foreach (var file in first)
        {
            Assert.Equal(file.Content, second.Files.Single(f => f.Path == file.Path).Content);
        }
    }
}
