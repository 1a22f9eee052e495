using DocumentFormat.OpenXml.Packaging;
using Register.Tests.Rendering.OpenXml;

namespace Register.Tests.Cli;

public sealed class ExportCommandTests
{
    private static string ExampleRegister => Path.Combine(Approval.Approver.RepoRoot, "register");

    [Fact]
    public void A_docx_export_writes_a_valid_word_file_to_the_chosen_path()
    {
        var target = Path.Combine(Path.GetTempPath(), $"art30-{Environment.ProcessId}-{Environment.CurrentManagedThreadId}.docx");
        try
        {
            var run = CliRun.Of("export", "art30", ExampleRegister, "--lang", "de", "--format", "docx", "--out", target);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal($"Wrote {target}\n", run.Output);
            using var package = WordprocessingDocument.Open(target, false);
            Assert.Empty(OfficeText.ValidationErrors(package));
            Assert.Equal("de-DE", package.PackageProperties.Language);
        }
        finally
        {
            File.Delete(target);
        }
    }

    [Fact]
    public void A_missing_templates_folder_is_an_io_error_as_in_build()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-templates-{Environment.ProcessId}");
        var run = CliRun.Of("export", "art30", ExampleRegister, "--lang", "en", "--format", "md", "--templates", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"the templates folder '{missing}' does not exist.", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void A_markdown_export_without_out_goes_to_standard_output()
    {
        var run = CliRun.Of("export", "art30", ExampleRegister, "--lang", "en", "--format", "md");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# Record of processing activities\n", run.Output, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void A_language_the_register_lacks_is_a_usage_error_listing_its_languages()
    {
        var run = CliRun.Of("export", "art30", ExampleRegister, "--lang", "fr", "--format", "csv");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal("register: --lang 'fr' is not one of the register's languages; choose one of: nl, de, en.\n", run.Error);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var run = CliRun.Of("export", "art30", ExampleRegister, "--lang", "nl", "--format", "pdf");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("pdf", run.Error, StringComparison.Ordinal);
    }
}
