using NodaTime;
using Register.Benchmarks;
using Register.Loading;
using Register.Output;
using Register.Pipeline;
using Register.Tests.Approval;
using Register.Validation;

namespace Register.Tests.Pipeline;

/// <summary>
/// Documents rendered by several workers give what one worker gives: every file's bytes, the manifest, the inputs
/// recorded for the next build, the diagnostics in their order, the readability and the documents' order; and a
/// template error or an I/O error on a worker ends the build as it would on the main thread.
/// </summary>
public sealed class ParallelRenderingTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(21 * 5)]
    public void One_worker_and_four_write_the_same_bytes_and_record_the_same_build(int activities)
    {
        using var scratch = new ScratchFolder();
        var (register, options) = Register(scratch, activities);

        var one = BuildPipeline.Build(register, Path.Combine(scratch.Path, "one"), options with { Parallelism = 1 });
        var four = BuildPipeline.Build(register, Path.Combine(scratch.Path, "four"), options with { Parallelism = 4 });

        Assert.False(one.HasErrors, string.Join("\n", one.Diagnostics.Take(10)));
        Assert.Equal(one.Diagnostics, four.Diagnostics);
        Assert.Equal(one.Built, four.Built);
        Assert.Equal(one.Readability.Select(Shown), four.Readability.Select(Shown));
        Assert.Equal(one.RenderedDocuments, four.RenderedDocuments);
        Assert.Equal(one.Written!.Written, four.Written!.Written);
        var files = Files(Path.Combine(scratch.Path, "one"));
        Assert.Contains(OutputManifest.FileName, files.Keys);
        Assert.Contains(DocumentCache.FileName, files.Keys);
        Assert.Equal(files.Keys, Files(Path.Combine(scratch.Path, "four")).Keys);
        foreach (var (path, bytes) in Files(Path.Combine(scratch.Path, "four")))
        {
            Assert.True(files[path].AsSpan().SequenceEqual(bytes), $"{path} differs between one worker and four");
        }
    }

    [Fact]
    public void A_rebuild_by_four_workers_keeps_and_renders_what_one_keeps_and_renders()
    {
        using var scratch = new ScratchFolder();
        var (register, options) = Register(scratch, 0);
        var outputs = new[] { "one", "four" }.Select(name => Path.Combine(scratch.Path, name)).ToList();
        outputs.ForEach(output => BuildPipeline.Build(register, output, options with { Parallelism = 1 }));
        // One activity's file changes: the notices that show it and the records are rendered again, the others kept.
        File.AppendAllText(Directory.EnumerateFiles(Path.Combine(register, "activities"), "*.yaml").Order(StringComparer.Ordinal).First(), "# changed\n");

        var one = BuildPipeline.Build(register, outputs[0], options with { Parallelism = 1 });
        var four = BuildPipeline.Build(register, outputs[1], options with { Parallelism = 4 });

        Assert.NotEmpty(four.KeptDocuments);
        Assert.NotEmpty(four.RenderedDocuments);
        Assert.Equal(one.KeptDocuments, four.KeptDocuments);
        Assert.Equal(one.RenderedDocuments, four.RenderedDocuments);
        Assert.Equal(one.Built, four.Built);
        Assert.Equal(File.ReadAllBytes(Path.Combine(outputs[0], DocumentCache.FileName)), File.ReadAllBytes(Path.Combine(outputs[1], DocumentCache.FileName)));
    }

    // Only the notices that have cookies include the first: some notices fail, the others are rendered meanwhile. The
    // second fails the records' Markdown (and so their HTML) while their Word, Excel and CSV files, written from the view
    // on another thread meanwhile, succeed.
    [Theory]
    [InlineData("notice/_cookies.md.sbn")]
    [InlineData("art30/record.md.sbn")]
    public void A_template_error_in_documents_that_workers_render_is_reported_as_with_one_worker_and_nothing_is_written(string template)
    {
        using var scratch = new ScratchFolder();
        var templates = Path.GetDirectoryName(Path.GetDirectoryName(scratch.Write("templates/" + template, "{{ include \"no-such-partial\" }}\n")))!;
        var options = RenderedExample.Options with { TemplatesDirectory = templates };

        var one = BuildPipeline.Build(RenderedExample.Directory, Path.Combine(scratch.Path, "one"), options with { Parallelism = 1 });
        var four = BuildPipeline.Build(RenderedExample.Directory, Path.Combine(scratch.Path, "four"), options with { Parallelism = 4 });

        Assert.True(four.HasErrors);
        Assert.Contains(four.Diagnostics, d => d.Code == "REG100" && d.At.File.EndsWith(template, StringComparison.Ordinal));
        Assert.Equal(one.Diagnostics, four.Diagnostics);
        Assert.Null(four.Written);
        Assert.False(Directory.Exists(Path.Combine(scratch.Path, "four")));
    }

    [Fact]
    public void An_io_error_on_a_worker_ends_the_build_with_that_error_and_leaves_no_output_folder()
    {
        using var scratch = new ScratchFolder();
        var output = Path.Combine(scratch.Path, "output");
        var staging = Path.Combine(output, OutputJournal.StagingFolder, "new");
        // From the first file reported on, the staging area's next names are taken by folders: no further file can be made there.
        var sabotage = new ProgressListener(_ =>
        {
            foreach (var name in Enumerable.Range(0, 1000).Select(i => Path.Combine(staging, i.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            {
                if (!File.Exists(name))
                {
                    Directory.CreateDirectory(name);
                }
            }
        });

        var error = Assert.Throws<OutputWriteException>(() =>
            BuildPipeline.Build(RenderedExample.Directory, output, RenderedExample.Options with { Parallelism = 4, Progress = sabotage }));

        Assert.Contains("while staging", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    private static (string Register, BuildOptions Options) Register(ScratchFolder scratch, int activities)
    {
        var register = Path.Combine(scratch.Path, "register");
        if (activities == 0)
        {
            scratch.Copy(RenderedExample.Directory, "register");
        }
        else
        {
            ScaledRegister.WriteRealistic(Path.Combine(Approver.RepoRoot, "register"), register, activities);
        }

        return (register, new BuildOptions
        {
            Validation = new ValidationOptions { Load = new LoadOptions { DisplayRoot = scratch.Path }, Today = new LocalDate(2026, 11, 21) },
        });
    }

    private static string Shown(Register.Readability.NoticeReadability notice) =>
        $"{notice with { Score = notice.Score with { LongestSentences = [] } }} {string.Join(" | ", notice.Score.LongestSentences)}";

    private static SortedDictionary<string, byte[]> Files(string folder) =>
        new(
            Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes),
            StringComparer.Ordinal);
}
