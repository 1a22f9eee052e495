using System.Text.Json;
using Register.Workflow.Diff;

namespace Register.Tests.Workflow;

public sealed class RegisterHistoryTests
{
    [Fact]
    public void Changing_a_retention_period_in_the_working_tree_is_reported_in_words_in_every_format()
    {
        using var repo = new GitSandbox();
        repo.Edit("register/activities/contact-form.yaml", "period: P2Y", "period: P3Y");

        var outcome = RegisterHistory.Diff(repo.RegisterPath);

        Assert.Null(outcome.Problem);
        var change = Assert.Single(outcome.Changes);
        Assert.Equal(ChangeKind.RetentionChanged, change.Kind);
        Assert.Equal("Retention of Contact form changed from 2 years to 3 years.", change.Message);
        Assert.Equal("register/activities/contact-form.yaml", change.File);
        Assert.StartsWith("HEAD (", outcome.From, StringComparison.Ordinal);
        Assert.Equal(RegisterHistory.WorkingTree, outcome.To);

        Assert.Contains("  - Retention of Contact form changed from 2 years to 3 years.\n", DiffReport.Text(outcome), StringComparison.Ordinal);
        var markdown = DiffReport.Markdown(outcome);
        Assert.StartsWith(DiffReport.MarkdownMarker + "\n", markdown, StringComparison.Ordinal);
        Assert.Contains("#### Activity: Contact form\n\n- Retention of Contact form changed from 2 years to 3 years.\n", markdown, StringComparison.Ordinal);
        var json = JsonDocument.Parse(DiffReport.Json(outcome)).RootElement;
        var entry = Assert.Single(json.GetProperty("changes").EnumerateArray());
        Assert.Equal("retention_changed", entry.GetProperty("kind").GetString());
        Assert.Equal("contact-form", entry.GetProperty("id").GetString());
        Assert.Equal("Retention of Contact form changed from 2 years to 3 years.", entry.GetProperty("message").GetString());
        Assert.StartsWith("2 years from the handling of your question", entry.GetProperty("before").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("3 years from the handling of your question", entry.GetProperty("after").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_change_says_so()
    {
        using var repo = new GitSandbox();

        var outcome = RegisterHistory.Diff(repo.RegisterPath);

        Assert.Empty(outcome.Changes);
        Assert.StartsWith("No changes to the register from HEAD (", DiffReport.Text(outcome), StringComparison.Ordinal);
    }

    [Fact]
    public void Changes_between_two_commits_are_said_in_legal_terms()
    {
        using var repo = new GitSandbox();
        var activity = "register/activities/contact-form.yaml";
        repo.Edit(activity, "Answering your question\n", "Answering your question and improving our service\n");
        repo.Edit(activity, "basis: legitimate_interests", "basis: consent\n    withdrawal: { nl: Via e-mail., en: By e-mail. }");
        repo.Edit(activity, "data_categories: [identification, contact-details, correspondence]", "data_categories: [identification, contact-details, usage-data]");
        repo.Edit(activity, "retention:", "recipients: [mailer]\ntransfers:\n  - recipient: mailer\n    country: US\n    mechanism: scc\nsecurity_measures: [tls]\nretention:");
        repo.Edit(activity, "period: P2Y", "period: P1Y6M");
        repo.Edit("register/organisation.yaml", "email: privacy@example.org", "email: dpo@example.org");
        File.WriteAllText(repo["register/recipients.yaml"],
            "recipients:\n  - id: mailer\n    name: { nl: Mailer Inc., en: Mailer Inc. }\n    role: processor\n    category: it-service-providers\n    country: US\n");
        File.WriteAllText(repo["register/measures.yaml"],
            "measures:\n  - id: tls\n    name: { nl: TLS, en: Encrypted connections }\n    kind: technical\n");
        repo.Commit("Second version");

        var outcome = RegisterHistory.Diff(repo.RegisterPath, "HEAD~1", "HEAD");

        Assert.Null(outcome.Problem);
        Assert.StartsWith("HEAD~1 (", outcome.From, StringComparison.Ordinal);
        Assert.StartsWith("HEAD (", outcome.To, StringComparison.Ordinal);
        var messages = outcome.Changes.Select(c => c.Message).ToList();
        Assert.Equal(
        [
            "The privacy contact's e-mail address changed from privacy@example.org to dpo@example.org.",
            "The text of purpose answer-question of Contact form changed.",
            "The legal basis of purpose \"Answering your question and improving our service\" of Contact form changed from legitimate interests (Art. 6(1)(f)) to consent (Art. 6(1)(a)).",
            "Contact form now also processes usage-data.",
            "Contact form no longer processes correspondence.",
            "Contact form now shares data with Mailer Inc.",
            "New transfer outside the EEA in Contact form: to Mailer Inc. in US, under standard contractual clauses (Art. 46(2)(c)).",
            "Retention of Contact form changed from 2 years to 1 year and 6 months.",
            "Security measures added to Contact form: Encrypted connections.",
            "New recipient: Mailer Inc. (processor, in US).",
            "New security measure: Encrypted connections.",
        ], messages);
        var purpose = outcome.Changes.Single(c => c.Kind == ChangeKind.PurposeTextChanged);
        Assert.Equal("Answering your question", purpose.Before);
        Assert.Equal("Answering your question and improving our service", purpose.After);
        Assert.Contains("      was: \"Answering your question\"\n      now: \"Answering your question and improving our service\"\n", DiffReport.Text(outcome), StringComparison.Ordinal);
    }

    [Fact]
    public void Record_wording_and_alternative_bases_are_changes_too()
    {
        using var repo = new GitSandbox();
        var activity = "register/activities/contact-form.yaml";
        repo.Edit(activity, "en: Answering visitors' questions", "en: Answering questions from visitors");
        repo.Edit(activity, "      en: Our interest in properly answering the questions put to us\n",
            "      en: Our interest in properly answering the questions put to us\n"
            + "    alternatives:\n      - basis: consent\n        applies_when: {nl: als u om een terugbelverzoek vraagt, en: if you ask us to call you back}\n"
            + "        withdrawal: {nl: Laat het ons weten., en: Let us know.}\n");
        repo.Commit("Record wording and an alternative basis");

        var outcome = RegisterHistory.Diff(repo.RegisterPath, "HEAD~1", "HEAD");

        Assert.Null(outcome.Problem);
        Assert.Equal(
        [
            "The text of purpose answer-question of Contact form changed.",
            "Purpose \"Answering your question\" of Contact form can now also rest on consent (Art. 6(1)(a)) if you ask us to call you back.",
        ], outcome.Changes.Select(c => c.Message));
        var record = outcome.Changes[0];
        Assert.Equal("(Art. 30 record) Answering visitors' questions", record.Before);
        Assert.Equal("(Art. 30 record) Answering questions from visitors", record.After);
        Assert.Equal("consent", outcome.Changes[1].After);
    }

    [Fact]
    public void Activities_added_removed_and_renamed_are_named()
    {
        using var repo = new GitSandbox();
        repo.Edit("register/activities/contact-form.yaml", "en: Contact form", "en: Contact form and e-mail");
        File.Copy(repo["register/activities/contact-form.yaml"], repo["register/activities/newsletter.yaml"]);
        repo.Edit("register/activities/newsletter.yaml", "id: contact-form", "id: newsletter");
        repo.Edit("register/activities/newsletter.yaml", "en: Contact form and e-mail", "en: Newsletter");
        repo.Commit("Add newsletter");
        repo.Git("rm", "--quiet", "register/activities/contact-form.yaml");

        var renamed = RegisterHistory.Diff(repo.RegisterPath, "HEAD~1", "HEAD");
        var removed = RegisterHistory.Diff(repo.RegisterPath);

        Assert.Equal(
            ["Activity Contact form was renamed to Contact form and e-mail.", "New processing activity: Newsletter (purposes: Answering your question)."],
            renamed.Changes.Select(c => c.Message));
        Assert.Equal(["Processing activity removed: Contact form and e-mail."], removed.Changes.Select(c => c.Message));
    }

    [Fact]
    public void A_missing_revision_is_a_clear_problem_with_exit_code_2()
    {
        using var repo = new GitSandbox();

        var outcome = RegisterHistory.Diff(repo.RegisterPath, "release-2025");

        Assert.Equal(2, outcome.ProblemExitCode);
        Assert.StartsWith("the revision 'release-2025' is not in this git repository.", outcome.Problem, StringComparison.Ordinal);
        Assert.Empty(outcome.Changes);
    }

    [Fact]
    public void In_a_shallow_clone_the_message_says_how_to_fetch_the_revision()
    {
        using var origin = new GitSandbox();
        origin.Edit("register/activities/contact-form.yaml", "period: P2Y", "period: P3Y");
        origin.Commit("Keep questions longer");
        using var clone = new TempFolder();
        GitSandbox.Run(clone.Path, "clone", "--quiet", "--depth", "1", "file://" + origin.Path, "repo");

        var outcome = RegisterHistory.Diff(Path.Combine(clone.Path, "repo", "register"), "HEAD~1");

        Assert.Equal(2, outcome.ProblemExitCode);
        Assert.Contains("This is a shallow clone", outcome.Problem, StringComparison.Ordinal);
        Assert.Contains("fetch-depth: 0", outcome.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_outside_git_is_a_clear_problem_with_exit_code_2()
    {
        using var folder = new TempFolder();
        Register.Workflow.RegisterScaffold.Create(folder.Path);

        var outcome = RegisterHistory.Diff(folder["register"]);

        Assert.Equal(2, outcome.ProblemExitCode);
        Assert.Contains("is not a folder inside a git repository", outcome.Problem, StringComparison.Ordinal);
    }
}
