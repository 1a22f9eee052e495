using Register.Validation.Checks;

namespace Register.Validation;

/// <summary>The validator's checks, in the order they run. Add a new check here.</summary>
public static class RegisterChecks
{
    public static IReadOnlyList<IRegisterCheck> All { get; } =
    [
        new UniqueIds(),
        new IdFormat(),
        new RegisterReferences(),
        new VocabularyReferences(),
        new VocabularyClashes(),
        new RegisterLanguages(),
        new TextLanguages(),
        new BasisRequirements(),
        new DataDescribed(),
        new ProvisionMatchesBasis(),
        new SensitiveData(),
        new TransfersGrounded(),
        new CountryCodes(),
        new RetentionStated(),
        new ContactFormats(),
        new ControllerRoles(),
        new RecordVoice(),
        new AutomatedDecisionsExplained(),
        new CookiesStated(),
        new SourcesNamed(),
        new ReviewDates(),
        new UnusedEntries(),
        new NoticeCoverage(),
        new OrganisationContacts(),
        new NoticeStructure(),
        new PhraseCoverage(),
        new Checks.Completeness.NoticeElementsShown(),
        new Checks.Completeness.VocabularyShown(),
        new DpiaReferenced(),
        new ChangelogConsistency(),
    ];
}
