using Register.Output;
using Register.Pipeline;

namespace Register.Tests.Pipeline;

/// <summary>A build hands each file to the output folder's staging area as it is made and keeps only paths and hashes.</summary>
public sealed class WriteAsYouRenderTests
{
    [Fact]
    public void Each_file_is_staged_the_moment_it_is_rendered_and_the_build_keeps_only_its_hash()
    {
        using var scratch = new ScratchFolder();
        var output = Path.Combine(scratch.Path, "output");
        var staged = new List<int>();
        var progress = new ProgressListener(_ => staged.Add(Directory.GetFiles(Path.Combine(output, OutputJournal.StagingFolder, "new")).Length));

        // One worker: with several, a file another worker finishes meanwhile may be staged before it is reported.
        var result = BuildPipeline.Build(RenderedExample.Directory, output, RenderedExample.Options with { Progress = progress, Parallelism = 1 });

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        // When the n-th file is reported, n files are already on disk in the staging area.
        Assert.Equal(Enumerable.Range(1, result.Built.Count), staged);
        Assert.Empty(result.Files);
        Assert.All(result.Built, f => Assert.Equal(f.Sha256, OutputManifest.HashOf(Path.Combine(output, f.Path))));
        Assert.False(Directory.Exists(Path.Combine(output, OutputJournal.StagingFolder)));
    }

    [Fact]
    public void A_template_error_after_files_were_staged_leaves_no_output_folder_behind()
    {
        using var scratch = new ScratchFolder();
        var output = Path.Combine(scratch.Path, "output");
        // The records are rendered after the notices, so the notices are staged when this template fails.
        var templates = scratch.Write("templates/art30/record.md.sbn", "# {{ include \"no-such-partial\" }}\n");
        var reported = 0;

        var result = BuildPipeline.Build(
            RenderedExample.Directory,
            output,
            RenderedExample.Options with { TemplatesDirectory = Path.GetDirectoryName(Path.GetDirectoryName(templates)), Progress = new ProgressListener(_ => reported++) });

        Assert.True(result.HasErrors);
        Assert.True(reported > 0);
        Assert.Null(result.Written);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Build_check_compares_hashes_and_holds_no_file()
    {
        using var scratch = new ScratchFolder();
        var output = Path.Combine(scratch.Path, "output");
        BuildPipeline.Build(RenderedExample.Directory, output, RenderedExample.Options);

        var (result, comparison) = BuildPipeline.Check(RenderedExample.Directory, output, RenderedExample.Options);

        Assert.Empty(result.Files);
        Assert.NotNull(comparison);
        Assert.True(comparison.IsCurrent);
        Assert.Equal(RenderedExample.Render().Files.Select(f => (f.Path, OutputManifest.Hash(f.Content))), result.Built.Select(f => (f.Path, f.Sha256)));
    }
}
