using Register.Diagnostics;
using Register.Model;
using Register.Views;
using Register.Views.Completeness;

namespace Register.Tests.Views.Completeness;

/// <summary>One test per Art. 13/14 element: remove what the notice needs for it, and the build names that element at its place.</summary>
public sealed class NoticeCompletenessTests
{
    public static TheoryData<string, string> NoticesAndLanguages { get; } = new()
    {
        { "website", "nl" }, { "website", "de" }, { "website", "en" },
        { "debtors", "nl" }, { "debtors", "de" }, { "debtors", "en" },
        { "business", "nl" }, { "business", "de" }, { "business", "en" },
        { "applicants", "nl" }, { "applicants", "de" }, { "applicants", "en" },
    };

    [Theory]
    [MemberData(nameof(NoticesAndLanguages))]
    public void The_example_notices_are_complete(string notice, string language) =>
        Assert.Empty(Check(notice, r => r, language: language));

    [Fact]
    public void Controller_13_1_a_without_any_way_to_contact_the_privacy_contact() =>
        AssertReported("REG110", "organisation.yaml", Check("website", r => r with
        {
            Organisation = r.Organisation with { Contacts = r.Organisation.Contacts with { Privacy = new ContactPoint { Name = new LocalizedText { Invariant = "Privacyteam" } } } },
        }));

    [Fact]
    public void Dpo_13_1_b_named_without_contact_details() =>
        AssertReported("REG111", "organisation.yaml", Check("website", r => r with
        {
            Organisation = r.Organisation with
            {
                Contacts = r.Organisation.Contacts with { Dpo = r.Organisation.Contacts.Dpo! with { Email = null, Phone = null, Url = null } },
            },
        }));

    [Fact]
    public void Purposes_13_1_c_activity_without_purposes() =>
        AssertReported("REG112", "debt-collection.yaml", Check("debtors", r => Activity(r, "debt-collection", a => a with { Purposes = [] })));

    [Fact]
    public void Data_categories_14_1_d_when_data_comes_from_others() =>
        AssertReported("REG113", "debt-collection.yaml", Check("debtors", r => Activity(r, "debt-collection", a => a with { DataCategories = [] })));

    [Fact]
    public void Legitimate_interest_13_1_d_for_a_6_1_f_purpose() =>
        AssertReported("REG114", "debt-collection.yaml", Check("debtors", r => Activity(r, "debt-collection", a => a with
        {
            Purposes = [a.Purposes[0] with { LegitimateInterest = null }, .. a.Purposes.Skip(1)],
        })));

    [Fact]
    public void Recipients_13_1_e_that_cannot_be_named() =>
        AssertReported("REG115", "debt-collection.yaml", Check("debtors", r => Activity(r, "debt-collection", a => a with { Recipients = [.. a.Recipients, "nobody"] })));

    [Fact]
    public void Transfers_13_1_f_under_sccs_without_where_to_obtain_them() =>
        AssertReported("REG116", "debt-collection.yaml", Check("debtors", r => Activity(r, "debt-collection", a => a with
        {
            Transfers = [a.Transfers[0] with { Safeguards = null, SafeguardsUrl = null, CopyFrom = null }],
        })));

    [Fact]
    public void Retention_13_2_a_missing() =>
        AssertReported("REG117", "web-analytics.yaml", Check("website", r => Activity(r, "web-analytics", a => a with { Retention = null })));

    [Fact]
    public void Rights_13_2_b_not_shown() =>
        AssertReported("REG118", "notices.yaml", Check("website", r => r, view => view with { Rights = [] }));

    [Fact]
    public void Withdrawal_13_2_c_consent_without_how_to_withdraw()
    {
        var found = Check("business", r => Activity(r, "prospects-marketing", a => a with
        {
            Purposes = [.. a.Purposes.Select(p => p.Basis == LegalBasis.Consent ? p with { Withdrawal = null } : p)],
        }));
        AssertReported("REG119", "prospects-marketing.yaml", found);
    }

    [Fact]
    public void Withdrawal_13_2_c_is_not_offered_where_no_consent_basis_applies()
    {
        var view = Build("website", r => r, "nl").View;
        Assert.Null(view.Withdrawal);
        Assert.NotNull(Build("business", r => r, "nl").View.Withdrawal);
    }

    [Fact]
    public void Complaint_13_2_d_authority_without_name_or_address() =>
        AssertReported("REG120", "organisation.yaml", Check("website", r => r with
        {
            Organisation = r.Organisation with { SupervisoryAuthority = new SupervisoryAuthorityRef { Url = null } },
        }));

    [Fact]
    public void Provision_13_2_e_missing_where_the_person_provides_data() =>
        AssertReported("REG121", "hardship-support.yaml", Check("debtors", r => Activity(r, "hardship-support", a => a with { Provision = null })));

    [Fact]
    public void Sources_14_2_f_third_party_source_without_a_name() =>
        AssertReported("REG122", "debt-collection.yaml", Check("debtors", r => Activity(r, "debt-collection", a => a with
        {
            Sources = [.. a.Sources.Select((s, i) => i == a.Sources.ToList().FindIndex(f => f.Kind == SourceKind.ThirdParty) ? s with { Name = null } : s)],
        })));

    [Fact]
    public void Automated_decisions_13_2_f_without_their_logic() =>
        AssertReported("REG123", "payment-arrangements.yaml", Check("debtors", r => Activity(r, "payment-arrangements", a => a with
        {
            AutomatedDecisions = a.AutomatedDecisions! with { Logic = LocalizedText.Empty },
        })));

    [Fact]
    public void Objection_21_4_not_shown_separately() =>
        AssertReported("REG124", "notices.yaml", Check("debtors", r => r, view => view with { Objection = null }));

    [Fact]
    public void Every_element_of_the_reference_table_has_a_rule_and_a_partial()
    {
        Assert.Equal(15, NoticeElements.All.Count);
        Assert.All(NoticeElements.All, e => Assert.True(
            File.Exists(Path.Combine(Approval.Approver.RepoRoot, "templates", e.RenderedIn)), e.RenderedIn));
        Assert.Equal(NoticeElements.All.Count, NoticeElements.All.Select(e => e.Rule.Code).Distinct().Count());
    }

    private static void AssertReported(string code, string file, IReadOnlyList<Diagnostic> found)
    {
        var diagnostic = Assert.Single(found, d => d.Code == code);
        Assert.EndsWith(file, diagnostic.At.File, StringComparison.Ordinal);
        Assert.True(diagnostic.At.Line >= 1);
        Assert.Equal(Severity.Error, diagnostic.Severity);
    }

    private static RegisterModel Activity(RegisterModel register, string id, Func<ProcessingActivity, ProcessingActivity> change) =>
        ExampleNotices.Activity(register, id, change);

    private static IReadOnlyList<Diagnostic> Check(string noticeId, Func<RegisterModel, RegisterModel> change, Func<NoticeView, NoticeView>? changeView = null, string language = "nl")
    {
        var (notice, view, context) = ExampleNotices.Build(noticeId, change, language);
        NoticeCompleteness.Check(notice, changeView is null ? view : changeView(view), context);
        return context.Diagnostics.ToSortedList();
    }

    private static (Notice Notice, NoticeView View, NoticeContext Context) Build(string noticeId, Func<RegisterModel, RegisterModel> change, string language) =>
        ExampleNotices.Build(noticeId, change, language);
}
