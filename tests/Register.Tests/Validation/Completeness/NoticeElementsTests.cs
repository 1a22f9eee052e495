using Register.Diagnostics;
using Register.Model;
using Register.Tests.Views;
using Register.Validation;
using Register.Validation.Checks.Completeness;

namespace Register.Tests.Validation.Completeness;

/// <summary>
/// One test per Art. 13/14 element: remove what a notice needs for it, and the validator refuses the register at the key
/// to write. Where an earlier rule already names that gap at that key, it is that rule (and the element's own code stays
/// quiet, so nobody reads the same problem twice).
/// </summary>
public sealed class NoticeElementsTests
{
    [Fact]
    public void The_example_register_shows_every_element_in_every_notice_and_language() =>
        Assert.DoesNotContain(Validate(r => r), d => d.Severity == Severity.Error);

    [Fact]
    public void Controller_13_1_a_without_any_way_to_contact_the_privacy_contact() =>
        AssertRefused(["REG094", "REG110"], "organisation.yaml", Validate(r => r with
        {
            Organisation = r.Organisation with { Contacts = r.Organisation.Contacts with { Privacy = r.Organisation.Contacts.Privacy with { Email = null, Phone = null, Url = null, Address = null } } },
        }));

    [Fact]
    public void Controller_13_1_a_without_a_name() =>
        AssertRefused(["REG110"], "organisation.yaml", Validate(r => r with { Organisation = r.Organisation with { Name = " " } }));

    [Fact]
    public void Dpo_13_1_b_named_without_contact_details() =>
        AssertRefused(["REG093", "REG111"], "organisation.yaml", Validate(r => r with
        {
            Organisation = r.Organisation with
            {
                Contacts = r.Organisation.Contacts with { Dpo = r.Organisation.Contacts.Dpo! with { Email = null, Phone = null, Url = null } },
            },
        }));

    [Fact]
    public void Purposes_13_1_c_purpose_without_a_description_in_a_language() =>
        AssertRefused(["REG033", "REG112"], "debt-collection.yaml", Validate(r => Activity(r, "debt-collection", a => a with
        {
            Purposes = [a.Purposes[0] with { Description = Only(a.Purposes[0].Description, "nl") }, .. a.Purposes.Skip(1)],
        })), anyCode: true);

    /// <summary>REG049 (no data categories, which the Art. 30 record needs as well) pre-empts REG113, at the same list.</summary>
    [Fact]
    public void Data_categories_14_1_d_when_data_comes_from_others() =>
        AssertRefused(["REG049", "REG113"], "debt-collection.yaml", Validate(r => Activity(r, "debt-collection", a => a with { DataCategories = [] })));

    [Fact]
    public void Legitimate_interest_13_1_d_for_a_6_1_f_purpose() =>
        AssertRefused(["REG040", "REG114"], "debt-collection.yaml", Validate(r => Activity(r, "debt-collection", a => a with
        {
            Purposes = [a.Purposes[0] with { LegitimateInterest = null }, .. a.Purposes.Skip(1)],
        })), anyCode: true);

    [Fact]
    public void Recipients_13_1_e_that_cannot_be_named() =>
        AssertRefused(["REG023"], "debt-collection.yaml", Validate(r => Activity(r, "debt-collection", a => a with { Recipients = [.. a.Recipients, "nobody"] })));

    [Fact]
    public void Transfers_13_1_f_under_sccs_without_where_to_obtain_them() =>
        AssertRefused(["REG056", "REG116"], "debt-collection.yaml", Validate(r => Activity(r, "debt-collection", a => a with
        {
            Transfers = [a.Transfers[0] with { Safeguards = null, SafeguardsUrl = null, CopyFrom = null }, .. a.Transfers.Skip(1)],
        })), anyCode: true);

    [Fact]
    public void Retention_13_2_a_missing() =>
        AssertRefused(["REG060", "REG117"], "web-analytics.yaml", Validate(r => Activity(r, "web-analytics", a => a with { Retention = null })));

    [Fact]
    public void Rights_13_2_b_in_a_language_the_tool_has_no_wording_for()
    {
        var found = Validate(r => r with { Organisation = r.Organisation with { Languages = [.. r.Organisation.Languages, "fr"] } });
        var register = ExampleNotices.Register with { Organisation = ExampleNotices.Register.Organisation with { Languages = [.. ExampleNotices.Register.Organisation.Languages, "fr"] } };
        var rights = new VocabularyShown().Check(new CheckContext(register, Register.Vocabulary.Terminology.BuiltIn.With(register.Vocabulary), register.Organisation.VersionDate, 12)).ToList();

        // Every text lacks 'fr' too (REG033, so organisation.yaml has errors and REG118 waits for them to be fixed).
        AssertRefused(["REG118"], "organisation.yaml", rights);
        // The countries of the addresses have no 'fr' name in the tool either: REG105 at each address's country.
        Assert.Contains(rights, d => d.Code == "REG105" && d.At.File.EndsWith("organisation.yaml", StringComparison.Ordinal) && d.Message.Contains("country 'NL'", StringComparison.Ordinal));
        // The same language has no phrase book either; both point at the language, none at a file of the tool.
        AssertRefused(["REG102"], "organisation.yaml", found);
        Assert.DoesNotContain(found, d => d.At.File.Contains("Vocabulary/Data", StringComparison.Ordinal) || d.At.File.StartsWith("templates/", StringComparison.Ordinal));
    }

    /// <summary>
    /// The rights the validator requires wording for are the rights the notice shows (one rule, NoticeRights): here
    /// portability through explicit consent under Art. 9(2)(a) alone (Art. 20(1)(a)), with no 6(1)(a) or (b) purpose,
    /// which the validator once left out.
    /// </summary>
    [Fact]
    public void Rights_13_2_b_the_validator_requires_wording_for_exactly_the_rights_the_notice_shows()
    {
        static RegisterModel Change(RegisterModel r) => Activity(r, "hardship-support", a => a with
        {
            Purposes = [.. a.Purposes.Select(p => p.Basis == LegalBasis.Consent ? p with { Basis = LegalBasis.LegitimateInterests, LegitimateInterest = p.Description } : p)],
        }) with
        {
            Notices = [.. r.Notices.Select(n => n.Id == "applicants" ? n with { Languages = ["en", "fr"], Sections = [n.Sections[0] with { Audiences = [], Activities = ["hardship-support"] }] } : n)],
        };
        var shown = ExampleNotices.View("applicants", "en", Change).Rights.Select(r => r.Id).ToList();
        var changed = Change(ExampleNotices.Register);
        var register = changed with { Organisation = changed.Organisation with { Languages = [.. changed.Organisation.Languages, "fr"] } };

        var found = new VocabularyShown().Check(new CheckContext(register, Register.Vocabulary.Terminology.BuiltIn.With(register.Vocabulary), register.Organisation.VersionDate, 12))
            .Single(d => d.Code == "REG118" && d.Message.Contains("'applicants'", StringComparison.Ordinal));

        Assert.Contains("portability", shown);
        Assert.Contains($"no 'fr' wording for {string.Join(", ", shown)}.", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Withdrawal_13_2_c_consent_without_how_to_withdraw() =>
        AssertRefused(["REG042", "REG119"], "prospects-marketing.yaml", Validate(r => Activity(r, "prospects-marketing", a => a with
        {
            Purposes = [.. a.Purposes.Select(p => p.Basis == LegalBasis.Consent ? p with { Withdrawal = null } : p)],
        })), anyCode: true);

    [Fact]
    public void Complaint_13_2_d_authority_without_name_or_address() =>
        AssertRefused(["REG095", "REG120"], "organisation.yaml", Validate(r => r with
        {
            Organisation = r.Organisation with { SupervisoryAuthority = new SupervisoryAuthorityRef { Url = null } },
        }));

    [Fact]
    public void Provision_13_2_e_missing_where_the_person_provides_data() =>
        AssertRefused(["REG121"], "hardship-support.yaml", Validate(r => Activity(r, "hardship-support", a => a with { Provision = null })));

    [Fact]
    public void Sources_14_2_f_third_party_source_without_a_name() =>
        AssertRefused(["REG081", "REG122"], "debt-collection.yaml", Validate(r => Activity(r, "debt-collection", a => a with
        {
            Sources = [.. a.Sources.Select((s, i) => i == a.Sources.ToList().FindIndex(f => f.Kind == SourceKind.ThirdParty) ? s with { Name = null } : s)],
        })));

    [Fact]
    public void Automated_decisions_13_2_f_without_their_logic() =>
        AssertRefused(["REG078", "REG123"], "payment-arrangements.yaml", Validate(r => Activity(r, "payment-arrangements", a => a with
        {
            AutomatedDecisions = a.AutomatedDecisions! with { Logic = LocalizedText.Empty },
        })));

    [Fact]
    public void Every_element_of_the_reference_table_has_a_rule_and_a_partial()
    {
        Assert.Equal(15, NoticeElements.All.Count);
        Assert.All(NoticeElements.All, e => Assert.True(
            File.Exists(Path.Combine(Approval.Approver.RepoRoot, "templates", e.RenderedIn)), e.RenderedIn));
        Assert.Equal(NoticeElements.All.Count, NoticeElements.All.Select(e => e.Rule.Code).Distinct().Count());
    }

    /// <summary>Exactly one of <paramref name="codes"/> refuses the change, at <paramref name="file"/> (with <paramref name="anyCode"/>: at least one).</summary>
    private static void AssertRefused(string[] codes, string file, IReadOnlyList<Diagnostic> found, bool anyCode = false)
    {
        var refusals = found.Where(d => codes.Contains(d.Code) && d.Severity == Severity.Error).ToList();
        Assert.True(anyCode ? refusals.Count >= 1 : refusals.Count == 1,
            $"expected {(anyCode ? "an" : "one")} error of {string.Join("/", codes)}, found:\n{string.Join("\n", found)}");
        Assert.All(refusals, d =>
        {
            Assert.EndsWith(file, d.At.File, StringComparison.Ordinal);
            Assert.True(d.At.Line > 1 || d.At.Column > 1, $"{d} points at 1:1");
        });
    }

    private static LocalizedText Only(LocalizedText? text, string language) =>
        text! with { Values = text.Values.Where(v => v.Key == language).ToDictionary() };

    private static RegisterModel Activity(RegisterModel register, string id, Func<ProcessingActivity, ProcessingActivity> change) =>
        ExampleNotices.Activity(register, id, change);

    private static IReadOnlyList<Diagnostic> Validate(Func<RegisterModel, RegisterModel> change)
    {
        var register = change(ExampleNotices.Register);
        var context = new CheckContext(register, Register.Vocabulary.Terminology.BuiltIn.With(register.Vocabulary), register.Organisation.VersionDate, 12);
        var found = new DiagnosticBag();
        foreach (var check in RegisterChecks.All)
        {
            found.AddRange(check.Check(context));
        }

        return RegisterValidation.WithoutRepeatedGaps(found.ToSortedList());
    }
}
