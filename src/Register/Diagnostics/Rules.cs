using System.Reflection;

namespace Register.Diagnostics;

/// <summary>Every diagnostic the tool can report, by stable code. Codes are never reused or renumbered.</summary>
public static class Rules
{
    // Reading files (REG001–REG019): the YAML itself.
    public static readonly Rule YamlSyntax = new("REG001", Severity.Error, "YAML syntax error");
    public static readonly Rule DuplicateKey = new("REG002", Severity.Error, "Duplicate key");
    public static readonly Rule UnknownKey = new("REG003", Severity.Error, "Unknown key");
    public static readonly Rule WrongType = new("REG004", Severity.Error, "Wrong value type");
    public static readonly Rule MissingField = new("REG005", Severity.Error, "Missing required field");
    public static readonly Rule InvalidChoice = new("REG006", Severity.Error, "Value not one of the allowed choices");
    public static readonly Rule InvalidDate = new("REG007", Severity.Error, "Invalid date");
    public static readonly Rule InvalidPeriod = new("REG008", Severity.Error, "Invalid ISO 8601 period");
    public static readonly Rule FileTooLarge = new("REG009", Severity.Error, "File too large");
    public static readonly Rule NestingTooDeep = new("REG010", Severity.Error, "Nesting too deep");
    public static readonly Rule TooManyNodes = new("REG011", Severity.Error, "Too many values or aliases");
    public static readonly Rule InvalidEncoding = new("REG012", Severity.Error, "File is not UTF-8");
    public static readonly Rule ControlCharacter = new("REG013", Severity.Error, "Forbidden control character");
    public static readonly Rule TabIndentation = new("REG014", Severity.Error, "Tab used for indentation");
    public static readonly Rule MultipleDocuments = new("REG015", Severity.Error, "More than one YAML document in a file");
    public static readonly Rule EmptyFile = new("REG016", Severity.Error, "Empty file");
    public static readonly Rule TagNotAllowed = new("REG017", Severity.Error, "YAML tags are not allowed");
    public static readonly Rule MissingFile = new("REG018", Severity.Error, "Required file or folder missing");
    public static readonly Rule AliasNotAllowed = new("REG019", Severity.Error, "Alias refers to an unknown anchor");

    // Validator (REG020–REG099): what the register says.
    public static readonly Rule DuplicateId = new("REG020", Severity.Error, "Duplicate id");
    public static readonly Rule VocabularyTermClash = new("REG021", Severity.Error, "Vocabulary term redefines a built-in term");
    public static readonly Rule InvalidIdFormat = new("REG022", Severity.Error, "Id is not lowercase letters, digits and hyphens");
    public static readonly Rule UnknownRecipient = new("REG023", Severity.Error, "Unknown recipient");
    public static readonly Rule UnknownMeasure = new("REG024", Severity.Error, "Unknown security measure");
    public static readonly Rule UnknownDataCategory = new("REG025", Severity.Error, "Unknown data category");
    public static readonly Rule UnknownDataSubject = new("REG026", Severity.Error, "Unknown data subject category");
    public static readonly Rule UnknownRecipientCategory = new("REG027", Severity.Error, "Unknown recipient category");
    public static readonly Rule UnknownAudience = new("REG028", Severity.Error, "Unknown audience");
    public static readonly Rule UnknownController = new("REG029", Severity.Error, "Unknown controller");
    public static readonly Rule UnknownActivity = new("REG030", Severity.Error, "Unknown processing activity");
    public static readonly Rule UnknownAuthority = new("REG031", Severity.Error, "Unknown supervisory authority");
    public static readonly Rule UnknownNotice = new("REG032", Severity.Error, "Unknown notice");
    public static readonly Rule MissingTranslation = new("REG033", Severity.Error, "Text missing in one of the register's languages");
    public static readonly Rule UndeclaredLanguage = new("REG034", Severity.Warning, "Text in a language the register does not declare");
    public static readonly Rule InvalidLanguageCode = new("REG035", Severity.Error, "Invalid language code");
    public static readonly Rule NoticeLanguageNotDeclared = new("REG036", Severity.Error, "Notice language not among the register's languages");
    public static readonly Rule NoLanguages = new("REG037", Severity.Error, "Register declares no languages");
    public static readonly Rule LegitimateInterestMissing = new("REG040", Severity.Error, "Legitimate interests basis without the interest");
    public static readonly Rule LawMissing = new("REG041", Severity.Error, "Legal obligation or public task without the law");
    public static readonly Rule WithdrawalMissing = new("REG042", Severity.Error, "Consent without how to withdraw it");
    public static readonly Rule WithdrawalWithoutConsent = new("REG043", Severity.Warning, "Withdrawal of consent stated where no consent applies");
    public static readonly Rule SpecialCategoryWithoutCondition = new("REG044", Severity.Error, "Special-category data without an Art. 9(2) condition");
    public static readonly Rule CriminalDataWithoutBasis = new("REG045", Severity.Error, "Criminal-offence data without an Art. 10 basis");
    public static readonly Rule UnneededSpecialCondition = new("REG046", Severity.Warning, "Art. 9(2) or Art. 10 basis without such data");
    public static readonly Rule NoPurposes = new("REG047", Severity.Error, "Activity without purposes");
    public static readonly Rule RecipientOutsideEeaWithoutTransfer = new("REG050", Severity.Error, "Recipient outside the EEA without a transfer entry");
    public static readonly Rule TransferWithoutGround = new("REG051", Severity.Error, "Transfer without adequacy, safeguard or derogation");
    public static readonly Rule DerogationUnspecified = new("REG052", Severity.Error, "Art. 49 derogation not named");
    public static readonly Rule DpfRecipientNotCertified = new("REG053", Severity.Error, "DPF transfer to a recipient not marked certified");
    public static readonly Rule DpfOutsideUs = new("REG054", Severity.Error, "DPF transfer to a country other than the US");
    public static readonly Rule TransferWithinEea = new("REG055", Severity.Warning, "Transfer entry for a country inside the EEA");
    public static readonly Rule SafeguardsUnavailable = new("REG056", Severity.Error, "No way to obtain a copy of the safeguards");
    public static readonly Rule TransferRecipientNotListed = new("REG057", Severity.Warning, "Transfer to a recipient the activity does not list");
    public static readonly Rule RetentionMissing = new("REG060", Severity.Error, "No retention");
    public static readonly Rule RetentionUnlimited = new("REG061", Severity.Error, "Unlimited retention");
    public static readonly Rule RetentionIncomplete = new("REG062", Severity.Error, "Retention with neither a period nor a criterion");
    public static readonly Rule PeriodWithoutStart = new("REG063", Severity.Error, "Retention period without the event it runs from");
    public static readonly Rule NonPositivePeriod = new("REG064", Severity.Error, "Retention period of zero or less");
    public static readonly Rule InvalidCountryCode = new("REG070", Severity.Error, "Invalid country code");
    public static readonly Rule InvalidEmail = new("REG071", Severity.Error, "Invalid email address");
    public static readonly Rule InvalidUrl = new("REG072", Severity.Error, "Invalid web address");
    public static readonly Rule InvalidPhone = new("REG073", Severity.Error, "Invalid phone number");
    public static readonly Rule ProcessorWithoutControllers = new("REG075", Severity.Error, "Processor activity without its controllers");
    public static readonly Rule JointControllerWithoutControllers = new("REG076", Severity.Error, "Joint-controller activity without the other controllers");
    public static readonly Rule JointControllerWithoutArrangement = new("REG077", Severity.Error, "Joint controller without the Art. 26 arrangement");
    public static readonly Rule AutomatedDecisionUnexplained = new("REG078", Severity.Error, "Automated decision-making without its explanation");
    public static readonly Rule NoSource = new("REG080", Severity.Error, "Activity without a data source");
    public static readonly Rule SourceWithoutName = new("REG081", Severity.Error, "Third-party or public source without a name");
    public static readonly Rule PublicSourceNotAccessible = new("REG082", Severity.Warning, "Public source not marked publicly accessible");
    public static readonly Rule ReviewOverdue = new("REG085", Severity.Warning, "Review overdue");
    public static readonly Rule CreatedAfterReviewed = new("REG086", Severity.Error, "Created after last reviewed");
    public static readonly Rule FutureDate = new("REG087", Severity.Error, "Date in the future");
    public static readonly Rule UnusedRecipient = new("REG090", Severity.Warning, "Recipient used by no activity");
    public static readonly Rule UnusedMeasure = new("REG091", Severity.Warning, "Security measure used by no activity");
    public static readonly Rule ActivityInNoNotice = new("REG092", Severity.Warning, "Activity in no notice");
    public static readonly Rule DpoWithoutEmail = new("REG093", Severity.Error, "Data protection officer without an email address");
    public static readonly Rule PrivacyContactUnreachable = new("REG094", Severity.Error, "Privacy contact without a way to reach it");
    public static readonly Rule AuthorityIncomplete = new("REG095", Severity.Error, "Supervisory authority without name or address");
    public static readonly Rule EmptyNoticeSection = new("REG096", Severity.Error, "Notice section covers nothing");
    public static readonly Rule UnsafeOutputName = new("REG097", Severity.Error, "Notice output name is not a safe file name");
    public static readonly Rule DpiaWithoutReference = new("REG098", Severity.Warning, "DPIA required but not referenced");

    // Notices and the build (REG100–REG149).
    public static readonly Rule TemplateError = new("REG100", Severity.Error, "Template cannot be used");
    public static readonly Rule PhraseFileError = new("REG101", Severity.Error, "Phrase file cannot be used");
    public static readonly Rule PhraseMissing = new("REG102", Severity.Error, "Fixed wording missing for a language");
    public static readonly Rule OutputPathInvalid = new("REG103", Severity.Error, "Output file name not allowed");
    public static readonly Rule OutputPathDuplicate = new("REG104", Severity.Error, "Two documents would be written to the same file");
    public static readonly Rule NoticeTextMissing = new("REG105", Severity.Error, "Text missing in a notice language");
    public static readonly Rule NoticeEmpty = new("REG106", Severity.Error, "Notice or section covers no activities");
    public static readonly Rule NoticeReferenceUnknown = new("REG107", Severity.Error, "Notice refers to something unknown");
    public static readonly Rule ElementController = new("REG110", Severity.Error, "Notice lacks the controller's identity or contact (Art. 13(1)(a), 14(1)(a))");
    public static readonly Rule ElementDpo = new("REG111", Severity.Error, "Notice lacks the DPO's contact details (Art. 13(1)(b), 14(1)(b))");
    public static readonly Rule ElementPurposes = new("REG112", Severity.Error, "Notice lacks purposes with their legal basis (Art. 13(1)(c), 14(1)(c))");
    public static readonly Rule ElementDataCategories = new("REG113", Severity.Error, "Notice lacks the categories of personal data (Art. 14(1)(d))");
    public static readonly Rule ElementLegitimateInterest = new("REG114", Severity.Error, "Notice lacks the legitimate interest (Art. 13(1)(d), 14(2)(b))");
    public static readonly Rule ElementRecipients = new("REG115", Severity.Error, "Notice cannot name a recipient (Art. 13(1)(e), 14(1)(e))");
    public static readonly Rule ElementTransfer = new("REG116", Severity.Error, "Notice lacks transfer details (Art. 13(1)(f), 14(1)(f))");
    public static readonly Rule ElementRetention = new("REG117", Severity.Error, "Notice lacks the storage period (Art. 13(2)(a), 14(2)(a))");
    public static readonly Rule ElementRights = new("REG118", Severity.Error, "Notice lacks the data subject's rights (Art. 13(2)(b), 14(2)(c))");
    public static readonly Rule ElementWithdrawal = new("REG119", Severity.Error, "Notice lacks how to withdraw consent (Art. 13(2)(c), 14(2)(d))");
    public static readonly Rule ElementComplaint = new("REG120", Severity.Error, "Notice lacks the supervisory authority for complaints (Art. 13(2)(d), 14(2)(e))");
    public static readonly Rule ElementProvision = new("REG121", Severity.Error, "Notice lacks whether the data must be provided (Art. 13(2)(e))");
    public static readonly Rule ElementSources = new("REG122", Severity.Error, "Notice lacks where the data comes from (Art. 14(2)(f))");
    public static readonly Rule ElementAutomatedDecisions = new("REG123", Severity.Error, "Notice lacks the automated decision-making details (Art. 13(2)(f), 14(2)(g))");
    public static readonly Rule ElementObjection = new("REG124", Severity.Error, "Notice lacks the separate right-to-object paragraph (Art. 21(4))");

    /// <summary>All rules, ordered by code.</summary>
    public static IReadOnlyList<Rule> All { get; } = typeof(Rules)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(Rule))
        .Select(f => (Rule)f.GetValue(null)!)
        .OrderBy(r => r.Code, StringComparer.Ordinal)
        .ToList();
}
