using Register.Validation.Checks;

namespace Register.Validation;

/// <summary>The validator's rules, in the order they run. Add a new rule here.</summary>
public static class RegisterRules
{
    public static IReadOnlyList<IRegisterRule> All { get; } =
    [
        new UniqueIds(),
        new IdFormat(),
        new RegisterReferences(),
        new VocabularyReferences(),
        new VocabularyClashes(),
        new RegisterLanguages(),
        new TextLanguages(),
        new BasisRequirements(),
        new SensitiveData(),
        new TransfersGrounded(),
        new CountryCodes(),
        new RetentionStated(),
        new ContactFormats(),
        new ControllerRoles(),
        new AutomatedDecisionsExplained(),
        new SourcesNamed(),
        new ReviewDates(),
        new UnusedEntries(),
        new NoticeCoverage(),
        new OrganisationContacts(),
        new NoticeStructure(),
        new DpiaReferenced(),
        new ChangelogConsistency(),
    ];
}
