using System.Reflection;

namespace Register.Diagnostics;

/// <summary>Every diagnostic the tool can report, by stable code. Codes are never reused or renumbered.</summary>
public static class Rules
{
    // Reading files (REG001–REG019): the YAML itself.
    public static readonly Rule YamlSyntax = new("REG001", Severity.Error, "YAML syntax error")
        { Fix = "Check the indentation (spaces only, aligned with the lines around) and that every quote and bracket is closed; put texts containing ': ' in double quotes." };
    public static readonly Rule DuplicateKey = new("REG002", Severity.Error, "Duplicate key")
        { Fix = "Keep one of the two keys and delete the other; YAML would silently use only one of them." };
    public static readonly Rule UnknownKey = new("REG003", Severity.Error, "Unknown key")
        { Fix = "Correct the spelling (the message suggests the closest key) or remove the line; docs/register-format.md lists every key." };
    public static readonly Rule WrongType = new("REG004", Severity.Error, "Wrong value type")
        { Fix = "Write the value in the form the key expects: a list ('- item' lines or [a, b]), a text per language, true/false, a date or a single value." };
    public static readonly Rule MissingField = new("REG005", Severity.Error, "Missing required field")
        { Fix = "Add the key with a value; the message says what it is for." };
    public static readonly Rule InvalidChoice = new("REG006", Severity.Error, "Value not one of the allowed choices")
        { Fix = "Use one of the values the message lists (the closest is suggested)." };
    public static readonly Rule InvalidDate = new("REG007", Severity.Error, "Invalid date")
        { Fix = "Write the date as year-month-day, e.g. 2026-03-14, and check that the day exists." };
    public static readonly Rule InvalidPeriod = new("REG008", Severity.Error, "Invalid ISO 8601 period")
        { Fix = "Write a period as P followed by a number and a unit: P30D, P2W, P6M, P3Y, P1Y6M." };
    public static readonly Rule FileTooLarge = new("REG009", Severity.Error, "File too large")
        { Fix = "Split the file, or raise the limit with --max-file-bytes if the size is intended." };
    public static readonly Rule NestingTooDeep = new("REG010", Severity.Error, "Nesting too deep")
        { Fix = "Flatten the structure; no register file needs that much nesting (raise --max-depth only if it is intended)." };
    public static readonly Rule TooManyNodes = new("REG011", Severity.Error, "Too many values or aliases")
        { Fix = "Write the values out instead of repeating them through aliases (*name)." };
    public static readonly Rule InvalidEncoding = new("REG012", Severity.Error, "File is not UTF-8")
        { Fix = "Save the file as UTF-8 in your editor." };
    public static readonly Rule ControlCharacter = new("REG013", Severity.Error, "Forbidden control character")
        { Fix = "Delete the invisible character; it often comes from copying text out of another program." };
    public static readonly Rule TabIndentation = new("REG014", Severity.Error, "Tab used for indentation")
        { Fix = "Indent with spaces, never tabs (two per level)." };
    public static readonly Rule MultipleDocuments = new("REG015", Severity.Error, "More than one YAML document in a file")
        { Fix = "Keep one document per file: move the part after '---' into its own file, or remove the '---'." };
    public static readonly Rule EmptyFile = new("REG016", Severity.Error, "Empty file")
        { Fix = "Fill in the file or delete it." };
    public static readonly Rule TagNotAllowed = new("REG017", Severity.Error, "YAML tags are not allowed")
        { Fix = "Remove the tag (the part starting with '!'); write plain values." };
    public static readonly Rule MissingFile = new("REG018", Severity.Error, "Required file or folder missing")
        { Fix = "Create the file or folder; 'register init' writes a starting point." };
    public static readonly Rule AliasNotAllowed = new("REG019", Severity.Error, "Alias refers to an unknown anchor")
        { Fix = "Define the anchor (&name) before the alias that uses it, or write the value out." };

    // Validator (REG020–REG099): what the register says.
    public static readonly Rule DuplicateId = new("REG020", Severity.Error, "Duplicate id")
        { Fix = "Give each activity, recipient, measure, audience, group entity, notice, notice section, purpose (within its activity) and vocabulary term its own id; the message points at the first definition." };
    public static readonly Rule VocabularyTermClash = new("REG021", Severity.Error, "Vocabulary term redefines a built-in term")
        { Fix = "Use the built-in term and remove yours, or give yours a different id." };
    public static readonly Rule InvalidIdFormat = new("REG022", Severity.Error, "Id is not lowercase letters, digits and hyphens")
        { Fix = "Write ids in lowercase letters and digits with single hyphens, e.g. debtor-portal; change the references too." };
    public static readonly Rule UnknownRecipient = new("REG023", Severity.Error, "Unknown recipient")
        { Fix = "Use the id of a recipient in recipients.yaml (the closest is suggested), or add the recipient there." };
    public static readonly Rule UnknownMeasure = new("REG024", Severity.Error, "Unknown security measure")
        { Fix = "Use the id of a measure in measures.yaml, or add the measure there." };
    public static readonly Rule UnknownDataCategory = new("REG025", Severity.Error, "Unknown data category")
        { Fix = "Use a built-in data category id (docs/vocabulary.md) or add your own to vocabulary.yaml." };
    public static readonly Rule UnknownDataSubject = new("REG026", Severity.Error, "Unknown data subject category")
        { Fix = "Use a built-in data subject category id or add your own to vocabulary.yaml." };
    public static readonly Rule UnknownRecipientCategory = new("REG027", Severity.Error, "Unknown recipient category")
        { Fix = "Use a built-in recipient category id or add your own to vocabulary.yaml." };
    public static readonly Rule UnknownAudience = new("REG028", Severity.Error, "Unknown audience")
        { Fix = "Use an audience id from the 'audiences' of organisation.yaml, or add the audience there." };
    public static readonly Rule UnknownController = new("REG029", Severity.Error, "Unknown controller")
        { Fix = "Use the id of a recipient or of a group entity in organisation.yaml." };
    public static readonly Rule UnknownActivity = new("REG030", Severity.Error, "Unknown processing activity")
        { Fix = "Use the id of an activity in the activities folder." };
    public static readonly Rule UnknownAuthority = new("REG031", Severity.Error, "Unknown supervisory authority")
        { Fix = "Use a built-in authority id such as nl-ap or de-nw, or leave out 'id' and write the authority's name, address and web site." };
    public static readonly Rule UnknownNotice = new("REG032", Severity.Error, "Unknown notice")
        { Fix = "Use the id of a notice in notices.yaml, or leave 'notices' out to mean all notices." };
    public static readonly Rule MissingTranslation = new("REG033", Severity.Error, "Text missing in one of the register's languages")
        { Fix = "Write the text in every language listed under 'languages' in organisation.yaml." };
    public static readonly Rule UndeclaredLanguage = new("REG034", Severity.Warning, "Text in a language the register does not declare")
        { Fix = "Add the language to 'languages' in organisation.yaml, or remove the line (often a typo in the language code)." };
    public static readonly Rule InvalidLanguageCode = new("REG035", Severity.Error, "Invalid language code")
        { Fix = "Use two-letter lowercase ISO 639-1 codes such as nl, de, en." };
    public static readonly Rule NoticeLanguageNotDeclared = new("REG036", Severity.Error, "Notice language not among the register's languages")
        { Fix = "Render notices only in languages the register is written in, or add the language to organisation.yaml and translate every text." };
    public static readonly Rule NoLanguages = new("REG037", Severity.Error, "Register declares no languages")
        { Fix = "List the languages the register is written in, e.g. languages: [nl, de, en]." };
    public static readonly Rule LegitimateInterestMissing = new("REG040", Severity.Error, "Legitimate interests basis without the interest")
        { Fix = "Add 'legitimate_interest:' to the purpose, saying which interest is pursued (Art. 13(1)(d))." };
    public static readonly Rule LawMissing = new("REG041", Severity.Error, "Legal obligation or public task without the law")
        { Fix = "Add 'law:' to the purpose, naming the statute and article that requires or allows the processing." };
    public static readonly Rule WithdrawalMissing = new("REG042", Severity.Error, "Consent without how to withdraw it")
        { Fix = "Add 'withdrawal:' to the purpose, saying how people withdraw consent (Art. 7(3), 13(2)(c))." };
    public static readonly Rule WithdrawalWithoutConsent = new("REG043", Severity.Warning, "Withdrawal of consent stated where no consent applies")
        { Fix = "Remove 'withdrawal:' where the basis is not consent (and no explicit consent under Art. 9(2)(a) applies), or change the basis." };
    public static readonly Rule SpecialCategoryWithoutCondition = new("REG044", Severity.Error, "Special-category data without an Art. 9(2) condition")
        { Fix = "Add 'special_categories:' with the Art. 9(2) 'condition:' and an 'explanation:'." };
    public static readonly Rule CriminalDataWithoutBasis = new("REG045", Severity.Error, "Criminal-offence data without an Art. 10 basis")
        { Fix = "Add 'criminal_data:' with 'law:' naming the Art. 10 basis (e.g. art. 33 UAVG, § 24 BDSG)." };
    public static readonly Rule UnneededSpecialCondition = new("REG046", Severity.Warning, "Art. 9(2) or Art. 10 basis without such data")
        { Fix = "Remove the unneeded 'special_categories:' or 'criminal_data:', or list the data category it is for." };
    public static readonly Rule NoPurposes = new("REG047", Severity.Error, "Activity without purposes")
        { Fix = "Add at least one purpose with its description and legal basis." };
    public static readonly Rule NoDataSubjects = new("REG048", Severity.Error, "Activity without data subjects")
        { Fix = "List whose personal data the activity processes under 'data_subjects:' (ids such as customers; docs/vocabulary.md)." };
    public static readonly Rule NoDataCategories = new("REG049", Severity.Error, "Activity without data categories")
        { Fix = "List which personal data the activity processes under 'data_categories:' (ids such as contact-details; docs/vocabulary.md)." };
    public static readonly Rule ContractPrerequisiteWithoutContract = new("REG058", Severity.Error, "Data said to be needed for a contract, but no purpose rests on a contract")
        { Fix = "Give the activity a purpose with 'basis: contract' (Art. 6(1)(b)), or state the requirement that applies (voluntary, when the person is not a party to a contract with the organisation)." };
    public static readonly Rule StatutoryWithoutLegalObligation = new("REG059", Severity.Error, "Data said to be required by law, but no purpose rests on a legal obligation")
        { Fix = "Give the activity a purpose with 'basis: legal_obligation' (Art. 6(1)(c)) and its 'law:', or state the requirement that applies." };
    public static readonly Rule RecipientOutsideEeaWithoutTransfer = new("REG050", Severity.Error, "Recipient outside the EEA without a transfer entry")
        { Fix = "Add a 'transfers:' entry for the recipient with its country and mechanism." };
    public static readonly Rule TransferWithoutGround = new("REG051", Severity.Error, "Transfer without adequacy, safeguard or derogation")
        { Fix = "Use a mechanism that applies: adequacy only where a decision is in force (dpf for certified US organisations), otherwise scc, bcr or a named derogation." };
    public static readonly Rule DerogationUnspecified = new("REG052", Severity.Error, "Art. 49 derogation not named")
        { Fix = "Add 'derogation:' naming the Art. 49(1) derogation." };
    public static readonly Rule DpfRecipientNotCertified = new("REG053", Severity.Error, "DPF transfer to a recipient not marked certified")
        { Fix = "Mark the recipient 'dpf_certified: true' if it is on the Data Privacy Framework list; otherwise use scc." };
    public static readonly Rule DpfOutsideUs = new("REG054", Severity.Error, "DPF transfer to a country other than the US")
        { Fix = "Use dpf only for recipients in the United States; choose another mechanism for other countries." };
    public static readonly Rule TransferWithinEea = new("REG055", Severity.Warning, "Transfer entry for a country inside the EEA")
        { Fix = "Remove the transfer entry: sending data within the EEA is not a third-country transfer." };
    public static readonly Rule SafeguardsUnavailable = new("REG056", Severity.Error, "No way to obtain a copy of the safeguards")
        { Fix = "Add 'safeguards:' saying how people obtain a copy, or 'safeguards_url:' with where they are available." };
    public static readonly Rule TransferRecipientNotListed = new("REG057", Severity.Warning, "Transfer to a recipient the activity does not list")
        { Fix = "Add the transfer's recipient to the activity's 'recipients:'." };
    public static readonly Rule RetentionMissing = new("REG060", Severity.Error, "No retention")
        { Fix = "Add 'retention:' with a period, the event it runs from and what happens after, or a criterion." };
    public static readonly Rule RetentionUnlimited = new("REG061", Severity.Error, "Unlimited retention")
        { Fix = "Replace 'unlimited' with a period or a criterion: data may be kept no longer than necessary (Art. 5(1)(e))." };
    public static readonly Rule RetentionIncomplete = new("REG062", Severity.Error, "Retention with neither a period nor a criterion")
        { Fix = "Give 'period:' (with 'runs_from:') or 'criterion:'." };
    public static readonly Rule PeriodWithoutStart = new("REG063", Severity.Error, "Retention period without the event it runs from")
        { Fix = "Add 'runs_from:' with the event the period counts from." };
    public static readonly Rule NonPositivePeriod = new("REG064", Severity.Error, "Retention period a notice cannot state: zero, a part below zero, or finer than a second")
        { Fix = "Write a period longer than zero in whole units, e.g. P30D, P6M or P2Y." };
    public static readonly Rule EmptyRetentionPeriod = new("REG065", Severity.Error, "Retention period left empty")
        { Fix = "Write the period after 'period:' (e.g. P2Y), or remove the line and say under 'criterion:' what decides how long data is kept." };
    public static readonly Rule InactivityWithoutPeriod = new("REG066", Severity.Error, "Retention ends at inactivity without saying after how long")
        { Fix = "Add 'inactivity:' with the time without activity after which the data goes, e.g. 'inactivity: P2Y'." };
    public static readonly Rule InactivityNotAnEnd = new("REG067", Severity.Error, "Time of inactivity given, but inactivity does not end the retention")
        { Fix = "Add inactivity to 'or_until:' (e.g. 'or_until: [inactivity]'), or remove 'inactivity:'." };
    public static readonly Rule InvalidCountryCode = new("REG070", Severity.Error, "Invalid country code")
        { Fix = "Use two-letter ISO 3166-1 codes in capitals, e.g. NL, DE, US." };
    public static readonly Rule InvalidEmail = new("REG071", Severity.Error, "Invalid email address")
        { Fix = "Write the address as name@example.com, without 'mailto:' or spaces." };
    public static readonly Rule InvalidUrl = new("REG072", Severity.Error, "Invalid web address")
        { Fix = "Write the full address starting with https:// (or http://)." };
    public static readonly Rule InvalidPhone = new("REG073", Severity.Error, "Invalid phone number")
        { Fix = "Write the number in international form: +, the country code, then digits and spaces, e.g. +31 20 123 4567." };
    public static readonly Rule ProcessorWithoutControllers = new("REG075", Severity.Error, "Processor activity without its controllers")
        { Fix = "Add 'controllers:' with the ids of the controllers the organisation processes for." };
    public static readonly Rule JointControllerWithoutControllers = new("REG076", Severity.Error, "Joint-controller activity without the other controllers")
        { Fix = "Add 'controllers:' with the ids of the other joint controllers." };
    public static readonly Rule JointControllerWithoutArrangement = new("REG077", Severity.Error, "Joint controller without the Art. 26 arrangement")
        { Fix = "Add 'arrangement:' to the joint controller's entry in organisation.yaml with the essence of the Art. 26 arrangement." };
    public static readonly Rule AutomatedDecisionUnexplained = new("REG078", Severity.Error, "Automated decision-making without its explanation")
        { Fix = "Fill in 'logic', 'significance' and 'consequences' of the automated decision-making in every language." };
    public static readonly Rule ProcessorWithoutAgreement = new("REG079", Severity.Warning, "Processor without a processing agreement")
        { Fix = "Add 'agreement:' to the processor in recipients.yaml with the reference of the Art. 28 agreement." };
    public static readonly Rule NoSource = new("REG080", Severity.Error, "Activity without a data source")
        { Fix = "List where the data comes from under 'sources:'." };
    public static readonly Rule SourceWithoutName = new("REG081", Severity.Error, "Third-party or public source without a name")
        { Fix = "Add 'name:' to third-party and public sources, saying from whom the data comes." };
    public static readonly Rule PublicSourceNotAccessible = new("REG082", Severity.Warning, "Public source not marked publicly accessible")
        { Fix = "Set 'publicly_accessible: true', or use kind third_party." };
    public static readonly Rule ExemptionWithoutArticle14Data = new("REG083", Severity.Warning, "Art. 14(5) exemption for data obtained from the person")
        { Fix = "Remove 'exemption:' (Art. 14(5) applies only to data not obtained from the person), or add the third-party or public source it is for." };
    public static readonly Rule ReviewOverdue = new("REG085", Severity.Warning, "Review overdue")
        { Fix = "Review the activity and set 'last_reviewed:' to the date of the review." };
    public static readonly Rule CreatedAfterReviewed = new("REG086", Severity.Error, "Created after last reviewed")
        { Fix = "Correct 'created' or 'last_reviewed' so the review is on or after the creation." };
    public static readonly Rule FutureDate = new("REG087", Severity.Error, "Date in the future")
        { Fix = "Correct the date; created, reviewed, DPIA and change dates record the past." };
    public static readonly Rule UnusedRecipient = new("REG090", Severity.Warning, "Recipient used by no activity")
        { Fix = "Use the recipient in the activities that share data with it, or remove it." };
    public static readonly Rule UnusedMeasure = new("REG091", Severity.Warning, "Security measure used by no activity")
        { Fix = "Use the measure in the activities it protects, or remove it." };
    public static readonly Rule ActivityInNoNotice = new("REG092", Severity.Warning, "Activity in no notice")
        { Fix = "Give the activity an audience that a notice section covers, list it in a section, or record its Art. 14(5) exemption." };
    public static readonly Rule DpoWithoutEmail = new("REG093", Severity.Error, "Data protection officer without an email address")
        { Fix = "Add the DPO's 'email:'." };
    public static readonly Rule PrivacyContactUnreachable = new("REG094", Severity.Error, "Privacy contact without a way to reach it")
        { Fix = "Give the privacy contact an email, phone, web address or postal address." };
    public static readonly Rule AuthorityIncomplete = new("REG095", Severity.Error, "Supervisory authority without name or address")
        { Fix = "Use a built-in authority id, or give the authority's name and address." };
    public static readonly Rule EmptyNoticeSection = new("REG096", Severity.Error, "Notice section covers nothing")
        { Fix = "Give the section 'audiences:' or 'activities:', or its text under 'intro:', or remove it." };
    public static readonly Rule UnsafeOutputName = new("REG097", Severity.Error, "Notice output name is not a safe file name")
        { Fix = "Use lowercase letters, digits and hyphens only, e.g. privacy-debtors." };
    public static readonly Rule DpiaWithoutReference = new("REG098", Severity.Warning, "DPIA required but not referenced")
        { Fix = "Add the DPIA's 'reference:' (and 'date:')." };

    // Notices (REG100–REG149). REG100 and REG101 concern your own templates (--templates) and come from the build; the
    // rest are the validator's (src/Register/Validation/Checks/Completeness, PhraseCoverage, NoticeStructure). Element
    // codes that an earlier rule always pre-empts are kept for the element table; RuleFixtureTests.Untriggered says which
    // and why (docs/diagnostics.md too).
    public static readonly Rule TemplateError = new("REG100", Severity.Error, "Template cannot be used") { Fix = "Correct the template at the line and column shown (a Scriban syntax error, an unknown partial or phrase, or a template over its limits: see docs/notices.md), or remove your override so the built-in template is used." };
    public static readonly Rule PhraseFileError = new("REG101", Severity.Error, "Phrase file cannot be used") { Fix = "Correct the phrase file the message names: it must be YAML with text values, one file per language in templates/i18n/." };
    public static readonly Rule PhraseMissing = new("REG102", Severity.Error, "Fixed wording missing for a language") { Fix = "Remove the language, or translate templates/i18n/en.yaml into i18n/<lang>.yaml in a templates folder passed with --templates (to validate and build); a phrase file of your own that lacks keys is reported at that file." };
    // REG103 (output name not allowed, found by the build) is retired: REG097 in the validator refuses every such name first.
    public static readonly Rule OutputPathDuplicate = new("REG104", Severity.Error, "Two documents would be written to the same file") { Fix = "Give each notice its own 'output:' name." };
    public static readonly Rule NoticeTextMissing = new("REG105", Severity.Error, "Built-in name missing in a notice language") { Fix = "Use a term of your own (vocabulary.yaml) with a label in that language, or render the notice only in languages the tool names the term in." };
    public static readonly Rule NoticeEmpty = new("REG106", Severity.Error, "Notice or section covers no activities") { Fix = "Give the notice or section 'audiences:' or 'activities:' that match at least one activity." };
    // REG107 (a notice refers to something unknown, found by the build) is retired: the validator's reference checks
    // (REG023–REG031, REG040) refuse every unknown id first, at the id.
    public static readonly Rule ElementController = new("REG110", Severity.Error, "Notice lacks the controller's identity or contact (Art. 13(1)(a), 14(1)(a))") { Fix = "Fill in the organisation's name, address and a privacy contact in organisation.yaml." };
    public static readonly Rule ElementDpo = new("REG111", Severity.Error, "Notice lacks the DPO's contact details (Art. 13(1)(b), 14(1)(b))") { Fix = "Give the DPO under contacts.dpo an email address, phone number or address." };
    public static readonly Rule ElementPurposes = new("REG112", Severity.Error, "Notice lacks purposes with their legal basis (Art. 13(1)(c), 14(1)(c))") { Fix = "Give each activity in the notice at least one purpose with its 'basis:'." };
    public static readonly Rule ElementDataCategories = new("REG113", Severity.Error, "Notice lacks the categories of personal data (Art. 14(1)(d))") { Fix = "List the activity's 'data_categories:' (the notice must name them when data comes from others)." };
    public static readonly Rule ElementLegitimateInterest = new("REG114", Severity.Error, "Notice lacks the legitimate interest (Art. 13(1)(d), 14(2)(b))") { Fix = "Add 'legitimate_interest:' to every purpose whose basis is legitimate_interests." };
    public static readonly Rule ElementRecipients = new("REG115", Severity.Error, "Notice cannot name a recipient (Art. 13(1)(e), 14(1)(e))") { Fix = "Give the recipient a name in every language, or remove it from the activity." };
    public static readonly Rule ElementTransfer = new("REG116", Severity.Error, "Notice lacks transfer details (Art. 13(1)(f), 14(1)(f))") { Fix = "Give the transfer its country, mechanism and, for scc, bcr or derogation, 'safeguards:' saying where to get a copy." };
    public static readonly Rule ElementRetention = new("REG117", Severity.Error, "Notice lacks the storage period (Art. 13(2)(a), 14(2)(a))") { Fix = "Give the activity a 'retention:' with a period and the event it runs from, or a criterion." };
    public static readonly Rule ElementRights = new("REG118", Severity.Error, "Notice lacks the data subject's rights (Art. 13(2)(b), 14(2)(c))") { Fix = "Render the notice in a language the tool has the wording of the rights for (nl, de, en), or remove the language." };
    public static readonly Rule ElementWithdrawal = new("REG119", Severity.Error, "Notice lacks how to withdraw consent (Art. 13(2)(c), 14(2)(d))") { Fix = "Add 'withdrawal:' to every purpose based on consent, saying how people withdraw it." };
    public static readonly Rule ElementComplaint = new("REG120", Severity.Error, "Notice lacks the supervisory authority for complaints (Art. 13(2)(d), 14(2)(e))") { Fix = "Name the lead supervisory authority in organisation.yaml (a built-in id such as nl-ap, or name and address)." };
    public static readonly Rule ElementProvision = new("REG121", Severity.Error, "Notice lacks whether the data must be provided (Art. 13(2)(e))") { Fix = "Add 'provision:' to activities whose data comes from the person: whether it is required and what happens if not." };
    public static readonly Rule ElementSources = new("REG122", Severity.Error, "Notice lacks where the data comes from (Art. 14(2)(f))") { Fix = "Add 'sources:' with a name for every source that is not the person." };
    public static readonly Rule ElementAutomatedDecisions = new("REG123", Severity.Error, "Notice lacks the automated decision-making details (Art. 13(2)(f), 14(2)(g))") { Fix = "Fill in 'logic', 'significance' and 'consequences' under 'automated_decisions:'." };
    public static readonly Rule ElementObjection = new("REG124", Severity.Error, "Notice lacks the separate right-to-object paragraph (Art. 21(4))") { Fix = "Restore the separate objection paragraph in your template or phrase overrides (the built-in ones have it)." };

    // What notices state (REG250–REG299, issue 10): a notice says only what the register says, and says it right.
    public static readonly Rule AutomatedDecisionsUnstated = new("REG250", Severity.Warning, "Activity does not say whether it takes automated decisions")
        { Fix = "Add 'automated_decisions: none' when no decisions are based solely on automated processing (Art. 22), or describe logic, significance and consequences." };
    public static readonly Rule TransferCountryUnspecified = new("REG251", Severity.Warning, "Transfer without its destination country")
        { Fix = "Add 'country:' with the ISO code of the destination; until then notices and records say 'outside the EEA (countries not specified)'." };
    public static readonly Rule OnwardTransferByNonController = new("REG252", Severity.Error, "Transfer marked as the recipient's own, but the recipient is not an independent controller")
        { Fix = "Use 'onward_from:' only for a recipient with role independent_controller or joint_controller; otherwise the transfer is the organisation's and needs its own safeguards." };

    public static readonly Rule LegalClaimsConditionWithoutClaims = new("REG270", Severity.Warning, "Art. 9(2)(f) (legal claims) used for an activity with no purpose about legal claims")
        { Fix = "Mark the purpose that establishes, exercises or defends legal claims with 'legal_claims: true'; otherwise use the condition that fits, e.g. 'condition: explicit_consent' (Art. 9(2)(a)) with a 'withdrawal:' text for health data someone shares to get a tailored arrangement." };

    // REG271–REG289: the format additions of issue 10 item 2 (contacts, bases, provision, retention, sections).
    public static readonly Rule ControllerUnreachable = new("REG271", Severity.Error, "Controller has neither a postal address nor an email, phone or contact form (Art. 13(1)(a), 14(1)(a))")
        { Fix = "Add 'address:', or at least one of 'email:', 'phone:' or 'contact_form:' to organisation.yaml." };

    // REG272–REG282: links to third parties' pages, cookies and similar technologies (issue 10 item 2).
    public static readonly Rule ThirdPartyPageProcessing = new("REG272", Severity.Error, "Link to a third party's page given a basis, recipients or other processing details")
        { Fix = "Remove the key: no personal data pass to the organisation through a plain link, so it has no purposes, basis, recipients, transfers or retention. If data do pass (embedded buttons, pixels, videos), describe that processing as an activity." };

    public static readonly Rule WebsiteCookiesUnstated = new("REG273", Severity.Warning, "Website activity does not say which cookies it uses, and there is no cookie policy")
        { Fix = "Add 'cookies: none' to the activity if it stores nothing on the visitor's device and reads nothing from it, or list each cookie under 'cookies:' (name, provider, purpose, duration, ground); or give the cookie policy's address as 'cookie_policy:' in organisation.yaml." };
    public static readonly Rule CookieGroundMissing = new("REG274", Severity.Error, "Cookie without its ground: consent or strictly necessary")
        { Fix = "Add 'ground: consent' if the cookie is placed only after the visitor agrees, or 'ground: strictly_necessary' if the service the visitor asked for cannot work without it (ePrivacy Directive Art. 5(3))." };
    public static readonly Rule CookieProviderUnknown = new("REG275", Severity.Error, "Cookie provider is neither 'own' nor a recipient")
        { Fix = "Write 'provider: own' for a cookie the organisation places itself, or the id of the recipient in recipients.yaml that places or reads it." };
    public static readonly Rule CookieDurationMissing = new("REG276", Severity.Error, "Cookie without a valid duration")
        { Fix = "Add 'duration: session' for a cookie that is deleted when the browser closes, or an ISO 8601 period such as 'duration: P1Y' (one year) or 'duration: P30D' (30 days)." };
    public static readonly Rule CookieProviderNotRecipient = new("REG277", Severity.Warning, "Cookie placed by a third party that is not among the activity's recipients")
        { Fix = "Add the provider's id to the activity's 'recipients:': what its cookie reads from the device reaches it, so the notice must name it as a recipient." };
    public static readonly Rule CookiePurposeMissing = new("REG278", Severity.Error, "Cookie without its purpose")
        { Fix = "Add 'purpose:' in each language: what the cookie is for, in plain words (e.g. 'keeps you logged in to the portal')." };

    // REG290–REG298: Art. 30 records (issue 10 item 6).
    public static readonly Rule ProcessorControllersWithoutContacts = new("REG290", Severity.Warning, "Processor activity names a group of controllers without their contact details (Art. 30(2)(a))")
        { Fix = "Add 'controller_list:' saying where the name and contact details of each controller are kept (e.g. the client administration), or name each controller in recipients.yaml with its legal entity and address." };
    public static readonly Rule RecordSpeaksToReader = new("REG291", Severity.Warning, "Text printed in the Art. 30 record speaks to the reader")
        { Fix = "Add 'record:' under the text with its wording for the record, about the people concerned (\"the debtor's address\", not \"your address\"); the notice keeps the text." };

    // Readability (issue 12): measured on the text of the notice as rendered.
    public static readonly Rule ReadabilityBelowMinimum = new("REG140", Severity.Warning, "Notice is harder to read than its readability minimum")
        { Fix = "Shorten the longest sentences the warning names and prefer short words; or lower 'readability: minimum' in notices.yaml." };

    // Art. 30 records and DPO reports (REG150–REG199). REG150 (export language) is retired: a language the register lacks
    // is a usage error (exit 2) listing the register's languages, since the register itself is fine.

    // Workflow (REG200–REG249): the change log, diff, init and the up-to-date check.
    public static readonly Rule ChangelogOrder = new("REG200", Severity.Warning, "Change-log entries not newest first")
        { Fix = "Reorder the entries of changelog.yaml so the newest change is at the top." };
    public static readonly Rule ChangeAfterVersionDate = new("REG201", Severity.Warning, "Change dated after the notice's version date")
        { Fix = "When you publish a change, set the version_date (in organisation.yaml, or on the notice) to the date of the change or later." };
    public static readonly Rule DuplicateChange = new("REG202", Severity.Warning, "Change-log entry repeated")
        { Fix = "Remove the repeated entry from changelog.yaml." };
    public static readonly Rule ChangeNeverShown = new("REG203", Severity.Warning, "Change concerns only notices that hide their change history")
        { Fix = "Set show_changes: true on the notice, or list under 'notices:' a notice that shows its change history." };

    // The register folder itself (REG300–REG309, issue 9): what may be read at all.
    public static readonly Rule NotAPlainFile = new("REG300", Severity.Error, "Not a plain file inside the register")
        { Fix = "Replace the link, folder, FIFO or device with a regular YAML file inside the register folder, or remove it." };
    public static readonly Rule UnreadableFileName = new("REG301", Severity.Error, "File name cannot be shown")
        { Fix = "Rename the file to a UTF-8 name without control characters, e.g. activities/contact-form.yaml." };

    /// <summary>All rules, ordered by code.</summary>
    public static IReadOnlyList<Rule> All { get; } = typeof(Rules)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(Rule))
        .Select(f => (Rule)f.GetValue(null)!)
        .OrderBy(r => r.Code, StringComparer.Ordinal)
        .ToList();
}
