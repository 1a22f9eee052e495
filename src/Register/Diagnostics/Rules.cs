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

    /// <summary>All rules, ordered by code.</summary>
    public static IReadOnlyList<Rule> All { get; } = typeof(Rules)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(Rule))
        .Select(f => (Rule)f.GetValue(null)!)
        .OrderBy(r => r.Code, StringComparer.Ordinal)
        .ToList();
}
