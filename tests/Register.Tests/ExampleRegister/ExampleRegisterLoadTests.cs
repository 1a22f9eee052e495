using Register.Diagnostics;
using Register.Model;

namespace Register.Tests.ExampleRegister;

/// <summary>The example register loads cleanly and has the organisation-level content the notices need.</summary>
public sealed class ExampleRegisterLoadTests(ExampleRegisterFixture example) : IClassFixture<ExampleRegisterFixture>
{
    [Fact]
    public void Loads_without_any_diagnostic()
    {
        var shown = string.Join("\n", example.Result.Diagnostics.Select(d => $"{d.At.File}:{d.At.Line}:{d.At.Column}: {d.Code} {d.Message}"));

        Assert.True(example.Result.Diagnostics.Count == 0, shown);
        Assert.NotNull(example.Result.Register);
    }

    [Fact]
    public void Organisation_is_a_Dutch_controller_with_a_German_group_company_DPO_and_code_of_conduct()
    {
        var organisation = example.Register.Organisation;

        Assert.Equal("NL", organisation.Address!.Country);
        Assert.Equal("nl-ap", organisation.SupervisoryAuthority.Id);
        Assert.Equal(["nl", "de", "en"], organisation.Languages);
        Assert.NotNull(organisation.Contacts.Dpo?.Email);
        Assert.NotNull(organisation.Contacts.Privacy.Email);
        Assert.Contains(organisation.GroupEntities, e => e.Role == GroupEntityRole.GroupCompany && e.Address?.Country == "DE");
        Assert.Contains(organisation.GroupEntities, e => e.Role == GroupEntityRole.JointController && e.Arrangement is not null);
        Assert.NotEmpty(organisation.CodesOfConduct);
        Assert.Equal(new NodaTime.LocalDate(2026, 11, 1), organisation.VersionDate);
    }

    [Fact]
    public void Audiences_cover_visitors_prospects_clients_and_debtors()
    {
        var audiences = example.Register.Organisation.Audiences.Select(a => a.Id).ToList();

        Assert.Contains("website-visitors", audiences);
        Assert.Contains("prospects", audiences);
        Assert.Contains("clients-suppliers", audiences);
        Assert.Contains("debtors", audiences);
    }

    [Fact]
    public void Every_reader_facing_text_is_written_in_every_register_language()
    {
        var languages = example.Register.Organisation.Languages;
        var texts = LocalizedTexts.In(example.Register);
        var incomplete = texts
            .Where(t => languages.Any(l => string.IsNullOrWhiteSpace(t.Get(l))))
            .Select(t => $"{t.At.File}:{t.At.Line}:{t.At.Column}")
            .ToList();

        Assert.True(texts.Count > 100, $"Only {texts.Count} texts were found; the walk over the model is broken.");
        Assert.True(incomplete.Count == 0, "Texts missing a language at: " + string.Join(", ", incomplete));
    }

    [Fact]
    public void Every_activity_was_reviewed_within_twelve_months_before_the_version_date()
    {
        var versionDate = example.Register.Organisation.VersionDate;
        var stale = example.Register.Activities
            .Where(a => a.LastReviewed < versionDate.PlusMonths(-12) || a.LastReviewed > versionDate || a.Created > a.LastReviewed)
            .Select(a => a.Id)
            .ToList();

        Assert.Empty(stale);
    }
}
