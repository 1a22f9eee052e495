using Register.Model;
using Register.Views.Localization;
using Register.Vocabulary;

namespace Register.Views.Art30;

/// <summary>The words of an Art. 30 record in one language: the <c>art30.*</c> keys of the phrase file, by name.</summary>
/// <remarks>
/// Terms follow the glossary of shared/domain/gdpr-reference.md §4; most of its entries are marked unverified (M) there,
/// except "standaardbepalingen inzake gegevensbescherming" and "bindende bedrijfsvoorschriften" (V).
/// </remarks>
public sealed class Art30Phrases(PhraseBook phrases)
{
    public PhraseBook Book => phrases;

    public string Language => phrases.Language;

    public string ControllerRecordTitle => Get("title.controller");
    public string ProcessorRecordTitle => Get("title.processor");
    public string OverviewHeading => Get("heading.overview");
    public string ActivitiesHeading => Get("heading.activities");
    public string TransfersHeading => Get("heading.transfers");
    public string RecipientsHeading => Get("heading.recipients");
    public string Organisation => Get("label.organisation");
    public string Controller => Get("label.controller");
    public string Processor => Get("label.processor");
    public string Dpo => Get("label.dpo");
    public string Representative => Get("label.representative");
    public string PrivacyContact => Get("label.privacy_contact");
    public string VersionDate => Get("label.version_date");
    public string Version => Get("label.version");
    public string Page => Get("label.page");
    public string PageOf => Get("label.page_of");
    public string Field => Get("label.field");
    public string Content => Get("label.content");
    public string Activity => Get("label.activity");
    public string Country => Get("label.country");
    public string Mechanism => Get("label.mechanism");
    public string Safeguards => Get("label.safeguards");
    public string Recipient => Get("label.recipient");
    public string RecipientCategory => Get("label.recipient_category");
    public string RecipientRole => Get("label.recipient_role");
    public string Agreement => Get("label.agreement");
    public string None => Get("value.none");
    public string NotSpecified => Get("value.not_specified");
    public string NoTransfers => Get("value.no_transfers");

    /// <summary>"outside the EEA (countries not specified)": never "no transfers" for a transfer without its country.</summary>
    public string CountriesUnspecified => Get("value.countries_unspecified");
    public string NoActivities => Get("value.no_activities");
    public string Special => Get("value.special");
    public string Criminal => Get("value.criminal");
    public string PubliclyAccessible => Get("value.publicly_accessible");
    public string DpiaRequired => Get("value.dpia_required");
    public string DpiaNotRequired => Get("value.dpia_not_required");
    public string DpiaMissing => Get("value.dpia_missing");
    public string Profiling => Get("value.profiling");

    /// <summary>"List of the controllers", before where the list with their names and contact details is kept (Art. 30(2)(a)).</summary>
    public string ControllerList => Get("value.controller_list");

    /// <summary>"based on" before the law a legal basis rests on.</summary>
    public string BasedOn => Get("value.based_on");

    /// <summary>The label of a record field (<see cref="Art30FieldKey"/>).</summary>
    public string FieldLabel(string key) => Get("field." + key);

    public string RoleName(ActivityRole role) => Choice("role", role);

    // Bases, conditions, mechanisms and derogations are named by the built-in vocabulary, the one label set per language.
    public string BasisName(LegalBasis basis) => Terminology.BuiltIn.Label(basis, Language);
    public string ConditionName(Article9Condition condition) => Terminology.BuiltIn.Label(condition, Language);
    public string MechanismName(TransferMechanism mechanism) => Terminology.BuiltIn.Label(mechanism, Language);
    public string DerogationName(Article49Derogation derogation) => Terminology.BuiltIn.Label(derogation, Language);
    public string MeasureAreaName(MeasureArea area) => Choice("measure_area", area);
    public string MeasureKindName(MeasureKind kind) => Choice("measure_kind", kind);
    public string Art32PointName(Art32Point point) => Choice("art32", point);
    public string RecipientRoleName(RecipientRole role) => Choice("recipient_role", role);
    public string SourceName(SourceKind kind) => Choice("source", kind);

    private string Choice<T>(string group, T value)
        where T : struct, Enum => Get($"{group}.{Naming.ToYamlKey(value.ToString())}");

    private string Get(string key) => phrases.Get("art30." + key);
}
