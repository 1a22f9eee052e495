using Register.Rendering.Formats;
using Register.Diagnostics;
using Register.Pipeline;

namespace Register.Tests.Pipeline;

public sealed class BuildPipelineTests
{
    [Fact]
    public void The_example_register_renders_every_notice_in_every_language_without_errors()
    {
        var result = RenderedExample.Render();

        Assert.True(!result.HasErrors, string.Join("\n", result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString() + " " + d.Message)));
        // 4 notices × 3 languages × every format that has a notice version.
        Assert.Equal(4 * 3 * OutputFormats.For(DocumentKinds.Notice).Count, result.Files.Count(f => f.Path.StartsWith("notices/", StringComparison.Ordinal)));
        // The site: 12 notice pages, 3 language indexes, index.html and index.json.
        Assert.Equal((4 * 3) + 3 + 2, result.Files.Count(f => f.Path.StartsWith("site/", StringComparison.Ordinal)));
        Assert.Contains(result.Files, f => f.Path == "notices/privacy-debtors.nl.md");
    }

    [Fact]
    public void Rendering_twice_gives_identical_bytes()
    {
        var first = BuildPipeline.Render(RenderedExample.Directory, RenderedExample.Options);
        var second = BuildPipeline.Render(RenderedExample.Directory, RenderedExample.Options);

        Assert.Equal(first.Files.Select(f => f.Path), second.Files.Select(f => f.Path));
        Assert.All(first.Files.Zip(second.Files), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
    }
}
