using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using Register.Loading;
using Register.Pipeline;
using Register.Tests.Approval;
using Register.Validation;

namespace Register.Tests.Pipeline;

/// <summary>Output depends on the register, the templates and the tool version only: never the clock or the runtime.</summary>
public sealed partial class ClockIndependenceTests
{
    private static BuildOptions Options(LocalDate? today) => new()
    {
        Validation = new ValidationOptions { Today = today, Load = new LoadOptions { DisplayRoot = Approver.RepoRoot } },
    };

    [Fact]
    public void No_source_file_reads_the_clock()
    {
        var source = Path.Combine(Approver.RepoRoot, "src");
        var readers = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(p => File.ReadLines(p).Select((line, i) => (Path: p, Line: i + 1, Text: line)))
            .Where(l => ClockRead().IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(Approver.RepoRoot, l.Path).Replace('\\', '/')}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories).Count() > 50, "the scan found no sources");
        Assert.True(readers.Count == 0, "These lines read the clock; take the date from the register or an option:\n" + string.Join("\n", readers));
    }

    [Fact]
    public void The_scan_recognises_every_way_of_reading_the_clock()
    {
        Assert.All(
            ["DateTime.Now", "DateTime.UtcNow", "DateTime.Today", "DateTimeOffset.Now", "DateTimeOffset.UtcNow", "SystemClock.Instance", "clock.GetCurrentInstant()", "TimeProvider.System"],
            text => Assert.Matches(ClockRead(), text));
        Assert.DoesNotMatch(ClockRead(), "register.Organisation.VersionDate");
    }

    [Fact]
    public void Building_with_different_dates_gives_identical_bytes()
    {
        var asOfVersion = BuildPipeline.Render(RenderedExample.Directory, Options(null));
        var later = BuildPipeline.Render(RenderedExample.Directory, Options(new LocalDate(2029, 6, 30)));

        Assert.False(asOfVersion.HasErrors, string.Join("\n", asOfVersion.Diagnostics));
        Assert.False(later.HasErrors, string.Join("\n", later.Diagnostics));
        // The later date does change the verdict (reviews fall due), so the test would see a leak into the documents.
        Assert.True(later.Diagnostics.Count > asOfVersion.Diagnostics.Count);
        Assert.Equal(asOfVersion.Files.Select(f => f.Path), later.Files.Select(f => f.Path));
        Assert.Contains(asOfVersion.Files, f => f.Path.EndsWith("dpo-report.docx", StringComparison.Ordinal));
        foreach (var (first, second) in asOfVersion.Files.Zip(later.Files))
        {
            Assert.True(first.Content.AsSpan().SequenceEqual(second.Content), $"{first.Path} depends on the date of the run");
        }
    }

    [Fact]
    public void A_build_with_another_today_validates_once_and_lists_the_findings_of_the_version_date()
    {
        var atVersion = RegisterValidation.Run(RenderedExample.Directory, Options(null).Validation);
        BuildResult later;
        using (var probe = Register.Instrumentation.WorkProbe.Start())
        {
            later = BuildPipeline.Render(RenderedExample.Directory, Options(new LocalDate(2030, 1, 1)));
            Assert.Equal(1, probe.Counts["validation.run"]);
        }

        Assert.False(later.HasErrors, string.Join("\n", later.Diagnostics));
        // --today changes what the run prints, not what the documents say.
        Assert.NotEqual(atVersion.Diagnostics, later.Validation.Diagnostics);
        Assert.Equal(atVersion.Diagnostics, later.Validation.DocumentFindings);
    }

    [Theory]
    [InlineData("2027-06-01")]
    [InlineData("2030-01-01")]
    public void The_committed_output_is_current_whatever_today_is(string today)
    {
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(today).Value;
        var (result, comparison) = BuildPipeline.Check(RenderedExample.Directory, Path.Combine(Approver.RepoRoot, "output"), Options(date));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.NotNull(comparison);
        Assert.True(comparison.IsCurrent, "stale with --today " + today + ": " + string.Join(", ", comparison.Stale.Concat(comparison.Missing).Concat(comparison.Extra)));
    }

    /// <summary>
    /// The SHA-256 of one Word and one Excel file: a change of the runtime's zlib (or of the zip writer) cannot change
    /// committed output unnoticed. When the change is intended, accept the new hashes together with the rebuilt output/.
    /// </summary>
    [Fact]
    public void Word_and_Excel_bytes_are_pinned_by_hash()
    {
        var files = BuildPipeline.Render(RenderedExample.Directory, Options(null)).Files;
        var pinned = new StringBuilder();
        foreach (var path in new[] { "records/en/art30-controller.docx", "records/en/art30-controller.xlsx", "reports/en/dpo-report.docx" })
        {
            var file = Assert.Single(files, f => f.Path == path);
            pinned.Append(path).Append(' ').Append(Convert.ToHexStringLower(SHA256.HashData(file.Content))).Append('\n');
        }

        Approver.Verify(pinned.ToString());
    }

    [GeneratedRegex(@"\b(DateTime|DateTimeOffset)\s*\.\s*(Now|UtcNow|Today)\b|\bSystemClock\b|\bGetCurrentInstant\s*\(|\bTimeProvider\s*\.\s*System\b")]
    private static partial Regex ClockRead();
}
