using Register.Diagnostics;
using Register.Model;

namespace Register.Validation.Checks;

/// <summary>REG021: an organisation's vocabulary term does not silently replace a built-in term with the same id.</summary>
public sealed class VocabularyClashes : IRegisterCheck
{
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var builtIn = Vocabulary.Terminology.BuiltIn;
        var own = context.Register.Vocabulary;
        var lists = new (IReadOnlyList<VocabularyTerm> Terms, IReadOnlyDictionary<string, VocabularyTerm> BuiltIn, string What)[]
        {
            (own.DataCategories, builtIn.DataCategories, "data category"),
            (own.DataSubjects, builtIn.DataSubjects, "data subject category"),
            (own.RecipientCategories, builtIn.RecipientCategories, "recipient category"),
        };
        foreach (var (terms, builtInTerms, what) in lists)
        {
            foreach (var term in terms.Where(t => builtInTerms.ContainsKey(t.Id)))
            {
                var label = builtInTerms[term.Id].Label.Get("en") ?? term.Id;
                yield return Rules.VocabularyTermClash.At(term.LocationOf(nameof(term.Id)),
                    $"'{term.Id}' is already a built-in {what} ({label}); defining it again would change what it means everywhere.",
                    $"Use the built-in '{term.Id}' and remove this entry, or give your term a different id, e.g. '{term.Id}-own'.");
            }
        }
    }
}
