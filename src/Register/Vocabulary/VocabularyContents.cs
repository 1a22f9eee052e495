using Register.Model;

namespace Register.Vocabulary;

/// <summary>Everything a <see cref="Vocabulary"/> holds, so a merged copy can be made with <c>with</c>.</summary>
internal sealed record VocabularyContents(
    IReadOnlyDictionary<string, VocabularyTerm> DataCategories,
    IReadOnlyDictionary<string, VocabularyTerm> DataSubjects,
    IReadOnlyDictionary<string, VocabularyTerm> RecipientCategories,
    IReadOnlyDictionary<LegalBasis, LegalBasisTerm> LegalBases,
    IReadOnlyDictionary<Article9Condition, ArticleTerm> Article9Conditions,
    IReadOnlyDictionary<Article49Derogation, ArticleTerm> Article49Derogations,
    IReadOnlyDictionary<TransferMechanism, ArticleTerm> TransferMechanisms,
    IReadOnlyList<DataSubjectRight> Rights,
    IReadOnlyDictionary<string, Country> Countries,
    IReadOnlyList<AdequacyDecision> AdequacyDecisions,
    IReadOnlyDictionary<string, SupervisoryAuthority> Authorities,
    IReadOnlyDictionary<string, LanguageTerm> Languages);
