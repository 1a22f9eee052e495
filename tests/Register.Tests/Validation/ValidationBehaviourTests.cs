using Register.Diagnostics;
using Register.Loading;
using Register.Validation;

namespace Register.Tests.Validation;

/// <summary>What the fixture cases do not show on one line: related places, suggestions, options and the report's counts.</summary>
public sealed class ValidationBehaviourTests
{
    [Fact]
    public void A_duplicated_id_points_at_its_first_definition()
    {
        using var fixture = RegisterFixture.Create("reg020-duplicate-ids");

        var report = fixture.Validate();

        var duplicate = Assert.Single(report.Diagnostics, d => d.Code == "REG020" && d.At.File == "activities/orders.yaml" && d.At.Line == 1);
        var related = Assert.Single(duplicate.Related);
        Assert.Equal(new SourceLocation("activities/orders-copy.yaml", 1, 5), related.At);
    }

    [Fact]
    public void An_unresolved_reference_suggests_the_closest_id_only_when_one_is_close()
    {
        using var fixture = RegisterFixture.Create("reg023-unknown-recipient");

        var report = fixture.Validate();

        var messages = report.Diagnostics.Where(d => d.Code == "REG023").Select(d => d.Message).ToList();
        Assert.Equal(["There is no recipient 'couriers'. Did you mean 'courier'?", "There is no recipient 'nobody-at-all'."], messages);
    }

    [Fact]
    public void The_review_period_is_an_option()
    {
        using var fixture = RegisterFixture.Create("reg085-review-overdue");
        var options = new ValidationOptions
        {
            Today = RegisterFixture.Today,
            ReviewMonths = 24,
            Load = new LoadOptions { DisplayRoot = fixture.Root },
        };

        var report = RegisterValidation.Run(fixture.Root, options);

        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "REG085");
        Assert.Contains(fixture.Validate().Diagnostics, d => d.Code == "REG085");
    }

    [Fact]
    public void The_report_counts_errors_and_warnings_and_merges_the_organisation_vocabulary()
    {
        using var fixture = RegisterFixture.Create("reg021-vocabulary-clash");

        var report = fixture.Validate();

        Assert.Equal(1, report.ErrorCount);
        Assert.Equal(0, report.WarningCount);
        Assert.True(report.HasErrors);
        // The organisation's own term is what the rest of the pipeline sees (and REG021 says so).
        Assert.Equal("Health", report.Vocabulary.DataCategories["health-data"].Label.Get("en"));
    }

    [Fact]
    public void Rules_do_not_run_without_organisation_yaml()
    {
        using var fixture = RegisterFixture.Create("reg018-missing-organisation");

        var report = fixture.Validate();

        Assert.Null(report.Register);
        Assert.Equal(["REG018"], report.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Diagnostics_are_sorted_by_file_line_and_column()
    {
        using var fixture = RegisterFixture.Create("reg070-invalid-country");

        var report = fixture.Validate();

        var sorted = report.Diagnostics.ToList();
        sorted.Sort(Diagnostic.Compare);
        Assert.Equal(sorted, report.Diagnostics);
        Assert.Equal(2, report.Diagnostics.Count);
    }
}
