using Register.Diagnostics;

namespace Register.Validation.Checks;

/// <summary>REG025–REG027, REG031: data categories, data subjects, recipient categories and the authority name a known term.</summary>
public sealed class VocabularyReferences : IRegisterCheck
{
    private const string VocabularyPlace = "the built-in vocabulary or vocabulary.yaml";

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var vocabulary = context.Vocabulary;
        var dataCategories = vocabulary.DataCategories.Keys.ToHashSet(StringComparer.Ordinal);
        var dataSubjects = vocabulary.DataSubjects.Keys.ToHashSet(StringComparer.Ordinal);
        var recipientCategories = vocabulary.RecipientCategories.Keys.ToHashSet(StringComparer.Ordinal);
        var found = new List<Diagnostic>();

        foreach (var activity in context.Register.Activities)
        {
            found.AddRange(ReferenceCheck.Each(Rules.UnknownDataSubject, activity, nameof(activity.DataSubjects), activity.DataSubjects, dataSubjects, "data subject category", VocabularyPlace));
            foreach (var use in activity.DataCategories)
            {
                found.AddRange(ReferenceCheck.One(Rules.UnknownDataCategory, use, nameof(use.Category), use.Category, dataCategories, "data category", VocabularyPlace));
            }
        }

        foreach (var recipient in context.Register.Recipients)
        {
            found.AddRange(ReferenceCheck.One(Rules.UnknownRecipientCategory, recipient, nameof(recipient.Category), recipient.Category, recipientCategories, "recipient category", VocabularyPlace));
        }

        // The lead authority, and the authorities a notice names for readers in their territory (local_authorities).
        var authorities = context.Register.Notices.SelectMany(n => n.LocalAuthorities).Prepend(context.Register.Organisation.SupervisoryAuthority);
        foreach (var authority in authorities)
        {
            if (authority.Id is { Length: > 0 } id && vocabulary.FindAuthority(id) is null)
            {
                var known = vocabulary.Authorities.Keys.ToHashSet(StringComparer.Ordinal);
                found.AddRange(ReferenceCheck.One(Rules.UnknownAuthority, authority, nameof(authority.Id), id, known, "built-in supervisory authority", "the built-in list (docs/vocabulary.md); or leave out 'id' and write the authority's details"));
            }
        }

        return found;
    }
}
