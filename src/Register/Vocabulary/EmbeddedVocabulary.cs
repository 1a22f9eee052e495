using System.Reflection;
using Register.Diagnostics;
using Register.Loading.Binding;
using Register.Loading.Yaml;
using Register.Model;

namespace Register.Vocabulary;

/// <summary>
/// Reads the vocabulary data files embedded in the assembly through the same reader and binder as a register,
/// so the data is held to the register's own rules. A problem in them is a bug in Register, not the user's.
/// </summary>
internal static class EmbeddedVocabulary
{
    public const string DataCategoriesFile = "data-categories.yaml";
    public const string DataSubjectsFile = "data-subjects.yaml";
    public const string RecipientCategoriesFile = "recipient-categories.yaml";
    public const string LegalBasesFile = "legal-bases.yaml";
    public const string Article9ConditionsFile = "article9-conditions.yaml";
    public const string Article49DerogationsFile = "article49-derogations.yaml";
    public const string TransferMechanismsFile = "transfer-mechanisms.yaml";
    public const string RightsFile = "rights.yaml";
    public const string CountriesFile = "countries.yaml";
    public const string AdequacyDecisionsFile = "adequacy-decisions.yaml";
    public const string AuthoritiesFile = "supervisory-authorities.yaml";
    public const string LanguagesFile = "languages.yaml";

    private const string ResourcePrefix = "Register.Vocabulary.";
    private const string SourceFolder = "src/Register/Vocabulary/Data/";

    /// <summary>Every data file, by name.</summary>
    public static IReadOnlyList<string> Files { get; } =
    [
        DataCategoriesFile, DataSubjectsFile, RecipientCategoriesFile, LegalBasesFile, Article9ConditionsFile,
        Article49DerogationsFile, TransferMechanismsFile, RightsFile, CountriesFile, AdequacyDecisionsFile,
        AuthoritiesFile, LanguagesFile,
    ];

    /// <summary>Names of the embedded vocabulary resources actually in the assembly, as file names.</summary>
    public static IReadOnlyList<string> EmbeddedFiles() =>
        typeof(EmbeddedVocabulary).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Reads one data file; the diagnostics are those a register file with the same content would get.</summary>
    public static (IReadOnlyList<T> Entries, IReadOnlyList<Diagnostic> Diagnostics) Read<T>(string file)
        where T : ModelNode
    {
        var diagnostics = new DiagnosticBag();
        // The tree the build parsed (EmbeddedTrees); the YAML itself only for a file the build wrote none for, which
        // the reader then reports.
        var node = EmbeddedTrees.Read(file, SourceFolder + file)
            ?? SafeYamlReader.Read(SourceFolder + file, ReadBytes(file), YamlLimits.Default, diagnostics);
        var entries = node is null ? [] : new ModelBinder(diagnostics).Bind<EmbeddedList<T>>(node).Entries;
        return (entries, diagnostics.ToSortedList());
    }

    /// <summary>The YAML tree of one data file as written, for checks on the text itself (quoting, keys of every entry).</summary>
    public static YNode? ReadTree(string file) =>
        SafeYamlReader.Read(SourceFolder + file, ReadBytes(file), YamlLimits.Default, new DiagnosticBag());

    /// <summary>Loads and checks every file; throws with every problem listed when any file is broken.</summary>
    public static Terminology Load()
    {
        var problems = new List<string>();
        IReadOnlyList<T> Entries<T>(string file)
            where T : ModelNode
        {
            var (entries, diagnostics) = Read<T>(file);
            problems.AddRange(diagnostics.Select(d => d.ToString()));
            return entries;
        }

        var check = new VocabularyCheck(problems);
        var contents = new VocabularyContents(
            check.ById(DataCategoriesFile, Entries<VocabularyTerm>(DataCategoriesFile), t => t.Id),
            check.ById(DataSubjectsFile, Entries<VocabularyTerm>(DataSubjectsFile), t => t.Id),
            check.ById(RecipientCategoriesFile, Entries<VocabularyTerm>(RecipientCategoriesFile), t => t.Id),
            check.ByChoice<LegalBasis, LegalBasisTerm>(LegalBasesFile, Entries<LegalBasisTerm>(LegalBasesFile), t => Naming.ToYamlKey(t.Basis.ToString())),
            check.ByChoice<Article9Condition, ArticleTerm>(Article9ConditionsFile, Entries<ArticleTerm>(Article9ConditionsFile), t => t.Id),
            check.ByChoice<Article49Derogation, ArticleTerm>(Article49DerogationsFile, Entries<ArticleTerm>(Article49DerogationsFile), t => t.Id),
            check.ByChoice<TransferMechanism, ArticleTerm>(TransferMechanismsFile, Entries<ArticleTerm>(TransferMechanismsFile), t => t.Id),
            Entries<DataSubjectRight>(RightsFile),
            check.ById(CountriesFile, Entries<Country>(CountriesFile), c => c.Code),
            Entries<AdequacyDecision>(AdequacyDecisionsFile),
            check.ById(AuthoritiesFile, Entries<SupervisoryAuthority>(AuthoritiesFile), a => a.Id),
            check.ById(LanguagesFile, Entries<LanguageTerm>(LanguagesFile), l => l.Code));
        check.Contents(contents);

        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                "The built-in vocabulary is broken (a bug in Register, not in your register):" + Environment.NewLine
                + string.Join(Environment.NewLine, problems));
        }

        return new Terminology(contents);
    }

    private static byte[] ReadBytes(string file)
    {
        using var stream = typeof(EmbeddedVocabulary).Assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"The built-in vocabulary file {file} is not embedded in {typeof(EmbeddedVocabulary).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
