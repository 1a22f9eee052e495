using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>One processing activity: register/activities/*.yaml.</summary>
public sealed record ProcessingActivity : ModelNode
{
    [Required, Description("Id of the activity, unique in the register (lowercase, digits and '-').")]
    public string Id { get; init; } = "";

    [InRecord, Required, Description("Name of the activity.")]
    public LocalizedText Name { get; init; } = LocalizedText.Empty;

    [InRecord, Description("Short description of what happens.")]
    public LocalizedText? Description { get; init; }

    [Description("One short sentence for the notice's first layer: what is done and why, in plain words (language level B1).")]
    public LocalizedText? Summary { get; init; }

    [Description("controller (default), joint_controller or processor.")]
    public ActivityRole Role { get; init; }

    [Description("For processor: the controllers the organisation acts for; for joint_controller: the other controllers (recipient or group entity ids).")]
    public IReadOnlyList<string> Controllers { get; init; } = [];

    [InRecord, Description("For processor, when 'controllers' names a category (e.g. our clients): where the name and contact details of each controller are kept, e.g. the client administration (Art. 30(2)(a)).")]
    public LocalizedText? ControllerList { get; init; }

    [Required, Description("Purposes, each with its legal basis.")]
    public IReadOnlyList<Purpose> Purposes { get; init; } = [];

    [Description("Art. 9(2) condition, required when special-category data is processed.")]
    public SpecialCategoryCondition? SpecialCategories { get; init; }

    [Description("Art. 10 basis, required when criminal-offence data is processed.")]
    public CriminalDataBasis? CriminalData { get; init; }

    [Required, Description("Categories of data subjects (vocabulary ids).")]
    public IReadOnlyList<string> DataSubjects { get; init; } = [];

    [Required, Description("Categories of personal data (vocabulary ids, optionally with their own retention).")]
    public IReadOnlyList<DataCategoryUse> DataCategories { get; init; } = [];

    [Required, Description("Where the data comes from.")]
    public IReadOnlyList<DataSource> Sources { get; init; } = [];

    [Description("Art. 13(2)(e): whether the person must provide the data and what happens if not.")]
    public ProvisionRequirement? Provision { get; init; }

    [Description("Recipient ids from recipients.yaml.")]
    public IReadOnlyList<string> Recipients { get; init; } = [];

    [Description("Transfers outside the EEA.")]
    public IReadOnlyList<Transfer> Transfers { get; init; } = [];

    [Description("How long the data is kept (required; checked by the validator so the message can explain the options).")]
    public RetentionRule? Retention { get; init; }

    [Description("Automated decision-making: 'none', or its logic, significance and consequences (Art. 13(2)(f)).")]
    public AutomatedDecisionMaking? AutomatedDecisions { get; init; }

    [Description("True when the activity takes place on the organisation's website or app: the notice then says what it stores on or reads from the visitor's device ('cookies').")]
    public bool Website { get; init; }

    [NoneForm, Description("Cookies and similar technologies the activity places on or reads from the visitor's device, or 'none' to state that it uses none.")]
    public IReadOnlyList<Cookie>? Cookies { get; init; }

    [Description("Security measure ids from measures.yaml.")]
    public IReadOnlyList<string> SecurityMeasures { get; init; } = [];

    [Description("Systems and tools used.")]
    public IReadOnlyList<string> Systems { get; init; } = [];

    [Description("Data protection impact assessment.")]
    public DpiaReference? Dpia { get; init; }

    [Description("Responsible department.")]
    public ActivityOwner? Owner { get; init; }

    [Required, Description("Date the activity was entered in the register.")]
    public LocalDate Created { get; init; }

    [Required, Description("Date the activity was last reviewed.")]
    public LocalDate LastReviewed { get; init; }

    [Required, Description("Audience ids (organisation.yaml) of the notices this activity belongs in.")]
    public IReadOnlyList<string> Audiences { get; init; } = [];

    [Description("Art. 14(5) exemption from informing the person, if one applies.")]
    public InformationExemption? Exemption { get; init; }

    /// <summary>Every retention rule the activity states: its own, then its data categories', then its purposes'.</summary>
    public IEnumerable<RetentionRule> RetentionRules() =>
        DataCategories.Select(c => c.Retention).Concat(Purposes.Select(p => p.Retention)).Prepend(Retention).OfType<RetentionRule>();

    /// <summary>True when the activity runs on the website or app: 'website: true', or cookies stated.</summary>
    public bool OnWebsite => Website || Cookies is not null;

    /// <summary>The file the activity was read from, repository-relative.</summary>
    public string File => At.File;
}
