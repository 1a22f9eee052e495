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
