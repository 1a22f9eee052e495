using Register.Schema;
using Register.Tests.Cli;
using Register.Validation;

namespace Register.Tests.Workflow;

/// <summary>The workflow commands as a user runs them: init, schema, diff.</summary>
public sealed class WorkflowCommandTests
{
    [Fact]
    public void Init_then_validate_is_clean_and_a_second_init_refuses()
    {
        using var folder = new TempFolder();

        var init = CliRun.Of("init", folder.Path);
        var validation = RegisterValidation.Run(folder["register"], new ValidationOptions { Today = new NodaTime.LocalDate(2026, 3, 1) });
        var again = CliRun.Of("init", folder.Path);

        Assert.Equal(0, init.ExitCode);
        Assert.Contains("created register/activities/contact-form.yaml\n", init.Output, StringComparison.Ordinal);
        Assert.True(validation.Diagnostics.Count == 0, string.Join("\n", validation.Diagnostics));
        Assert.Equal(2, again.ExitCode);
        Assert.StartsWith("register: nothing was written, because these files already exist", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_writes_every_kind_into_the_chosen_folder()
    {
        using var folder = new TempFolder();

        var run = CliRun.Of("schema", folder["no-register-here"], "--out", folder["schema"]);

        Assert.Equal(0, run.ExitCode);
        foreach (var kind in RegisterFileKind.All)
        {
            Assert.Equal(RegisterSchema.Render(kind, SchemaIds.BuiltIn), File.ReadAllText(folder["schema/" + kind.SchemaFileName]));
        }

        Assert.Equal(RegisterFileKind.All.Count, run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Diff_after_init_commit_and_a_retention_change_reports_it_in_each_format()
    {
        using var repo = new GitSandbox(scaffold: false);
        Assert.Equal(0, CliRun.Of("init", repo.Path).ExitCode);
        repo.Commit("Start the register");
        repo.Edit("register/activities/contact-form.yaml", "period: P2Y", "period: P3Y");

        var text = CliRun.Of("diff", repo.RegisterPath);
        var markdown = CliRun.Of("diff", repo.RegisterPath, "--format", "markdown");
        var json = CliRun.Of("diff", repo.RegisterPath, "--format", "json");

        Assert.Equal((0, 0, 0), (text.ExitCode, markdown.ExitCode, json.ExitCode));
        Assert.Contains("Retention of Contact form changed from 2 years to 3 years.", text.Output, StringComparison.Ordinal);
        Assert.Contains("- Retention of Contact form changed from 2 years to 3 years.", markdown.Output, StringComparison.Ordinal);
        Assert.Contains("\"message\": \"Retention of Contact form changed from 2 years to 3 years.\"", json.Output, StringComparison.Ordinal);
        Assert.Equal("", text.Error);
    }

    [Fact]
    public void Diff_with_a_missing_revision_exits_2_with_one_line()
    {
        using var repo = new GitSandbox();

        var run = CliRun.Of("diff", repo.RegisterPath, "--from", "origin/main");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith("register: the revision 'origin/main' is not in this git repository.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_rejects_an_unknown_format()
    {
        using var repo = new GitSandbox();

        var run = CliRun.Of("diff", repo.RegisterPath, "--format", "html");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("html", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_rejects_a_language_the_register_lacks_listing_its_languages()
    {
        using var repo = new GitSandbox();

        var run = CliRun.Of("diff", repo.RegisterPath, "--lang", "fr");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith("register: --lang 'fr' is not one of the register's languages; choose one of: ", run.Error, StringComparison.Ordinal);
    }
}
