using Register.Model;

namespace Register.Tests.ExampleRegister;

/// <summary>The example register covers every kind of processing of gdpr-reference.md section 8, checked structurally.</summary>
public sealed class ExampleRegisterCoverageTests(ExampleRegisterFixture example) : IClassFixture<ExampleRegisterFixture>
{
    // EU-27 plus IS, LI, NO (gdpr-reference.md section 6); kept here so the test does not depend on the vocabulary it checks.
    private static readonly HashSet<string> Eea =
    [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
        "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
    ];

    private IReadOnlyList<ProcessingActivity> Activities => example.Register.Activities;

    private Recipient RecipientOf(string id) => example.Register.Recipients.Single(r => r.Id == id);

    [Fact]
    public void Has_at_least_sixteen_activities_with_unique_ids_matching_their_file_names()
    {
        Assert.True(Activities.Count >= 16, $"Only {Activities.Count} activities.");
        Assert.Equal(Activities.Count, Activities.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Activities, a => Assert.Equal(a.Id + ".yaml", Path.GetFileName(a.File)));
    }

    [Fact]
    public void Web_server_logs_are_kept_fourteen_days_and_observed_not_provided()
    {
        var logs = Activities.Single(a => a.Id == "web-server-logs");

        Assert.Equal("P14D", logs.Retention?.Period?.Text);
        Assert.Equal(RetentionEnd.Delete, logs.Retention?.Then);
        Assert.All(logs.Sources, s => Assert.Equal(SourceKind.Observed, s.Kind));
        Assert.Contains("website-visitors", logs.DataSubjects);
    }

    [Fact]
    public void Portal_accounts_are_deleted_after_two_years_of_inactivity()
    {
        var portal = Activities.Single(a => a.Id == "debtor-portal");

        Assert.Equal("P2Y", portal.Retention?.Period?.Text);
        Assert.Equal(RetentionEnd.Delete, portal.Retention?.Then);
        Assert.Contains("login-credentials", portal.DataCategories.Select(c => c.Category));
    }

    [Fact]
    public void Case_files_are_kept_three_years_from_the_end_of_the_year_of_payment_then_reviewed()
    {
        var collection = Activities.Single(a => a.Id == "debt-collection");
        var retention = collection.Retention!;

        Assert.Equal("P3Y", retention.Period?.Text);
        Assert.Equal(RetentionEnd.Review, retention.Then);
        Assert.StartsWith("het einde van het jaar", retention.RunsFrom!["nl"], StringComparison.Ordinal);
        Assert.StartsWith("dem Ende des Jahres", retention.RunsFrom!["de"], StringComparison.Ordinal);
        Assert.NotNull(retention.ThenNote);
        Assert.Contains(collection.DataCategories, c => c.Retention?.Period is not null);
    }

    [Fact]
    public void Debtor_data_come_from_clients_information_providers_trade_register_and_public_sources()
    {
        var sources = Activities.Single(a => a.Id == "debt-collection").Sources;

        Assert.Contains(sources, s => s.Kind == SourceKind.ThirdParty && !s.PubliclyAccessible && s.Name is not null);
        Assert.Contains(sources, s => s.Kind == SourceKind.ThirdParty && s.PubliclyAccessible && s.Name is not null);
        Assert.Contains(sources, s => s.Kind == SourceKind.Public && s.PubliclyAccessible && s.Name is not null);
        Assert.Contains(sources, s => s.Kind == SourceKind.DataSubject);
    }

    [Fact]
    public void A_transfer_outside_the_EEA_rests_on_standard_contractual_clauses_with_a_way_to_obtain_them()
    {
        var scc = Activities.SelectMany(a => a.Transfers).Where(t => t.Mechanism == TransferMechanism.Scc).ToList();

        Assert.Contains(scc, t => t.Country is { } country && !Eea.Contains(country) && t.CopyFrom is not null && t.SafeguardsUrl is not null);
    }

    [Fact]
    public void Every_transfer_goes_outside_the_EEA_to_a_recipient_of_its_activity_in_that_country()
    {
        foreach (var activity in Activities)
        {
            foreach (var transfer in activity.Transfers)
            {
                Assert.NotNull(transfer.Country);
                Assert.DoesNotContain(transfer.Country, Eea);
                // Another controller's onward transfer: that controller is the activity's recipient, not the transfer's.
                Assert.Contains(transfer.IsOnward ? transfer.OnwardFrom! : transfer.Recipient, activity.Recipients);
                Assert.Equal(transfer.Country, RecipientOf(transfer.Recipient).Country);
            }
        }
    }

    [Fact]
    public void Every_recipient_outside_the_EEA_has_a_transfer_entry_where_it_is_used()
    {
        foreach (var activity in Activities)
        {
            foreach (var id in activity.Recipients)
            {
                var recipient = RecipientOf(id);
                if (recipient.Country is { } country && !Eea.Contains(country))
                {
                    Assert.Contains(activity.Transfers, t => t.Recipient == id && t.Country == country);
                }
            }
        }
    }

    [Fact]
    public void DPF_transfers_go_only_to_certified_recipients_in_the_US()
    {
        var dpf = Activities.SelectMany(a => a.Transfers).Where(t => t.Mechanism == TransferMechanism.Dpf).ToList();

        Assert.NotEmpty(dpf);
        Assert.All(dpf, t =>
        {
            Assert.Equal("US", t.Country);
            Assert.True(RecipientOf(t.Recipient).DpfCertified, $"{t.Recipient} is not marked dpf_certified.");
        });
    }

    [Fact]
    public void Social_network_links_are_links_to_third_parties_pages_naming_each_provider_with_address_privacy_policy_and_opt_out()
    {
        // Plain links through which no data reach the organisation: no activity with a basis and recipients (issue 10).
        Assert.DoesNotContain(Activities, a => a.Id == "social-media-links");
        var section = example.Register.Notices.Single(n => n.Id == "website").Sections.Single(s => s.Id == "social-links");

        Assert.Equal(3, section.ThirdPartyPages.Count);
        Assert.All(section.ThirdPartyPages, p =>
        {
            Assert.NotNull(p.Provider);
            Assert.NotNull(p.Address);
            Assert.NotNull(p.PrivacyPolicy);
            Assert.NotNull(p.OptOut);
        });
        Assert.Equal(["social-media-page-insights"], section.Activities);
    }

    [Fact]
    public void Card_payments_go_through_a_payment_provider_and_the_card_schemes()
    {
        var payments = Activities.Single(a => a.Id == "card-payments");
        var categories = payments.Recipients.Select(r => RecipientOf(r).Category).ToList();

        Assert.Contains("payment-service-providers", categories);
        Assert.Equal(2, categories.Count(c => c == "card-schemes"));
        Assert.Contains(payments.DataCategories, c => c.Category == "payment-card-data");
    }

    [Fact]
    public void Analytics_are_self_hosted_with_IP_truncation()
    {
        var analytics = Activities.Single(a => a.Id == "web-analytics");

        Assert.Contains("ip-truncation", analytics.SecurityMeasures);
        Assert.DoesNotContain(analytics.Recipients, r => RecipientOf(r).Category == "analytics-providers");
        Assert.Contains("Do Not Track", analytics.Description!["en"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_processor_activity_names_the_controllers_it_acts_for()
    {
        var processor = Assert.Single(Activities, a => a.Role == ActivityRole.Processor);

        Assert.NotEmpty(processor.Controllers);
        Assert.All(processor.Controllers, c => Assert.Equal(RecipientRole.IndependentController, RecipientOf(c).Role));
    }

    [Fact]
    public void A_joint_controller_activity_refers_to_a_joint_controller_with_its_arrangement()
    {
        var joint = Assert.Single(Activities, a => a.Role == ActivityRole.JointController);
        var partners = example.Register.Organisation.GroupEntities.Where(e => joint.Controllers.Contains(e.Id)).ToList();

        Assert.NotEmpty(partners);
        Assert.All(partners, p =>
        {
            Assert.Equal(GroupEntityRole.JointController, p.Role);
            Assert.NotNull(p.Arrangement);
        });
    }

    [Fact]
    public void Automated_decision_making_explains_logic_significance_and_consequences()
    {
        var decisions = Activities.Where(a => a.AutomatedDecisions is { IsNone: false }).Select(a => a.AutomatedDecisions!).ToList();

        var decision = Assert.Single(decisions);
        Assert.False(decision.Logic is null || decision.Logic.IsEmpty);
        Assert.False(decision.Significance is null || decision.Significance.IsEmpty);
        Assert.False(decision.Consequences is null || decision.Consequences.IsEmpty);
    }

    [Fact]
    public void Every_activity_states_whether_it_takes_automated_decisions()
    {
        var silent = Activities.Where(a => a.AutomatedDecisions is null).Select(a => a.Id).ToList();

        Assert.Empty(silent);
    }

    [Fact]
    public void Health_data_have_an_article_9_condition_and_a_shorter_own_retention()
    {
        var special = Assert.Single(Activities, a => a.DataCategories.Any(c => c.Category == "health-data"));

        Assert.NotNull(special.SpecialCategories);
        Assert.NotNull(special.DataCategories.Single(c => c.Category == "health-data").Retention?.Period);
    }

    [Fact]
    public void Criminal_data_are_processed_only_with_an_article_10_basis()
    {
        var criminal = Activities.Where(a => a.DataCategories.Any(c => c.Category == "criminal-data")).ToList();

        Assert.NotEmpty(criminal);
        Assert.All(criminal, a => Assert.False(a.CriminalData?.Law.IsEmpty ?? true));
    }

    [Fact]
    public void Each_basis_carries_what_it_requires()
    {
        var purposes = Activities.SelectMany(a => a.Purposes).ToList();

        Assert.All(purposes.Where(p => p.Basis == LegalBasis.LegitimateInterests), p => Assert.NotNull(p.LegitimateInterest));
        Assert.All(purposes.Where(p => p.Basis == LegalBasis.LegalObligation), p => Assert.NotNull(p.Law));
        Assert.All(purposes.Where(p => p.Basis == LegalBasis.Consent), p => Assert.NotNull(p.Withdrawal));
        Assert.Contains(purposes, p => p.Basis == LegalBasis.Consent);
        Assert.Contains(purposes, p => p.Basis == LegalBasis.Contract);
        Assert.Contains(purposes, p => p.DirectMarketing && p.Basis == LegalBasis.LegitimateInterests);
    }

    [Fact]
    public void Sanctions_checks_rest_on_a_named_legal_obligation()
    {
        var sanctions = Activities.Single(a => a.Id == "sanctions-screening");

        Assert.Contains(sanctions.Purposes, p => p.Basis == LegalBasis.LegalObligation && p.Law!["nl"].Contains("Sanctiewet", StringComparison.Ordinal));
        Assert.Contains(sanctions.DataCategories, c => c.Category == "sanctions-pep-status");
    }

    [Fact]
    public void Activities_with_data_from_the_person_state_whether_they_must_provide_it()
    {
        var fromPerson = Activities.Where(a => a.Role != ActivityRole.Processor && a.Sources.Any(s => s.Kind == SourceKind.DataSubject)).ToList();

        Assert.NotEmpty(fromPerson);
        Assert.All(fromPerson, a => Assert.NotNull(a.Provision));
    }

    [Fact]
    public void Every_activity_has_retention_owner_and_DPIA_assessment()
    {
        Assert.All(Activities, a =>
        {
            Assert.True(a.Retention?.Period is not null || a.Retention?.Criterion is not null, $"{a.Id} has no retention.");
            Assert.NotNull(a.Owner);
            Assert.NotNull(a.Dpia);
        });
        Assert.All(Activities.Where(a => a.Dpia!.Required), a => Assert.NotNull(a.Dpia!.Reference));
        Assert.Contains(Activities, a => a.Dpia!.Required);
    }
}
