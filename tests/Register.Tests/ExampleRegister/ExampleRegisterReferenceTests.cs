using Register.Model;

namespace Register.Tests.ExampleRegister;

/// <summary>Every id the example register refers to exists, and everything it defines is used.</summary>
public sealed class ExampleRegisterReferenceTests(ExampleRegisterFixture example) : IClassFixture<ExampleRegisterFixture>
{
    private RegisterModel Register => example.Register;

    private static void AssertKnown(IEnumerable<string> ids, IReadOnlySet<string> known)
    {
        var unknown = ids.Where(id => !known.Contains(id)).ToList();
        Assert.True(unknown.Count == 0, "Unknown or unused: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Activity_references_resolve()
    {
        var recipients = Register.Recipients.Select(r => r.Id).ToHashSet();
        var measures = Register.Measures.Select(m => m.Id).ToHashSet();
        var audiences = Register.Organisation.Audiences.Select(a => a.Id).ToHashSet();
        var controllers = recipients.Union(Register.Organisation.GroupEntities.Select(e => e.Id)).ToHashSet();

        Assert.All(Register.Activities, a =>
        {
            AssertKnown(a.Recipients, recipients);
            AssertKnown(a.SecurityMeasures, measures);
            AssertKnown(a.Audiences, audiences);
            AssertKnown(a.Controllers, controllers);
        });
    }

    [Fact]
    public void Every_recipient_measure_and_audience_is_used()
    {
        // A recipient of another controller's onward transfer is named in the notice too.
        var usedRecipients = Register.Activities
            .SelectMany(a => a.Recipients.Concat(a.Controllers).Concat(a.Transfers.Where(t => t.IsOnward).Select(t => t.Recipient)))
            .ToHashSet();
        var usedMeasures = Register.Activities.SelectMany(a => a.SecurityMeasures).ToHashSet();
        var usedAudiences = Register.Activities.SelectMany(a => a.Audiences).ToHashSet();

        AssertKnown(Register.Recipients.Select(r => r.Id), usedRecipients);
        AssertKnown(Register.Measures.Select(m => m.Id), usedMeasures);
        AssertKnown(Register.Organisation.Audiences.Select(a => a.Id), usedAudiences);
    }

    [Fact]
    public void Every_category_id_is_in_the_built_in_or_the_organisation_vocabulary()
    {
        var vocabulary = global::Register.Vocabulary.Terminology.BuiltIn.With(Register.Vocabulary);

        AssertKnown(Register.Activities.SelectMany(a => a.DataCategories.Select(c => c.Category)), vocabulary.DataCategories.Keys.ToHashSet());
        AssertKnown(Register.Activities.SelectMany(a => a.DataSubjects), vocabulary.DataSubjects.Keys.ToHashSet());
        AssertKnown(Register.Recipients.Select(r => r.Category), vocabulary.RecipientCategories.Keys.ToHashSet());
        AssertKnown([Register.Organisation.SupervisoryAuthority.Id!], vocabulary.Authorities.Keys.ToHashSet());
    }

    [Fact]
    public void Organisation_vocabulary_terms_are_used()
    {
        var dataCategories = Register.Activities.SelectMany(a => a.DataCategories.Select(c => c.Category)).ToHashSet();
        var recipientCategories = Register.Recipients.Select(r => r.Category).ToHashSet();

        Assert.NotEmpty(Register.Vocabulary.DataCategories);
        Assert.All(Register.Vocabulary.DataCategories, t => Assert.Contains(t.Id, dataCategories));
        Assert.All(Register.Vocabulary.RecipientCategories, t => Assert.Contains(t.Id, recipientCategories));
    }

    [Fact]
    public void Notice_sections_refer_to_existing_activities_and_audiences()
    {
        var activities = Register.Activities.Select(a => a.Id).ToHashSet();
        var audiences = Register.Organisation.Audiences.Select(a => a.Id).ToHashSet();
        var sections = Register.Notices.SelectMany(n => n.Sections).ToList();

        Assert.All(sections, s =>
        {
            Assert.True(s.Activities.Count + s.Audiences.Count > 0, $"Section {s.Id} covers nothing.");
            AssertKnown(s.Activities, activities);
            AssertKnown(s.Audiences, audiences);
        });
    }

    [Fact]
    public void Website_notice_has_a_section_per_channel_and_the_debtor_notice_one_by_audience()
    {
        var website = Register.Notices.Single(n => n.Id == "website");
        var channels = website.Sections.SelectMany(s => s.Activities).ToList();
        var debtors = Register.Notices.Single(n => n.Id == "debtors");
        var business = Register.Notices.Single(n => n.Id == "business");

        Assert.Equal(
            ["card-payments", "contact-form", "debtor-portal", "live-chat", "social-media-page-insights", "web-analytics", "web-server-logs"],
            channels.Intersect(["web-server-logs", "contact-form", "debtor-portal", "card-payments", "live-chat", "web-analytics", "social-media-page-insights"]).Order(StringComparer.Ordinal));
        Assert.Contains(debtors.Sections, s => s.Audiences.Contains("debtors"));
        Assert.Equal(["clients-suppliers", "prospects"], business.Sections.SelectMany(s => s.Audiences));
        Assert.Equal(Register.Notices.Count, Register.Notices.Select(n => n.Output).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Changelog_is_newest_first_dated_no_later_than_the_version_and_names_existing_notices()
    {
        var changes = Register.Changes;
        var notices = Register.Notices.Select(n => n.Id).ToHashSet();

        Assert.InRange(changes.Count, 2, 5);
        Assert.Equal(changes.Select(c => c.Date).OrderDescending(), changes.Select(c => c.Date));
        Assert.All(changes, c =>
        {
            Assert.True(c.Date <= Register.Organisation.VersionDate);
            AssertKnown(c.Notices, notices);
        });
    }
}
