namespace Register.Views.Localization;

/// <summary>Joins items the way a language does: "A, B en C", "A, B und C", "A, B and C".</summary>
public static class ListWords
{
    public static string And(IReadOnlyList<string> items, PhraseBook phrases) => Join(items, phrases, "list.last");

    public static string Or(IReadOnlyList<string> items, PhraseBook phrases) => Join(items, phrases, "list.last_or");

    /// <summary>
    /// A text as an item inside a running sentence: its first letter in lower case where the language writes list items
    /// that way (phrase <c>list.lowercase_items</c>: nl, en), unless the first word is an abbreviation or a name written
    /// with more capitals (IT, LinkedIn). German nouns keep their capital, so there only an item that starts with a word
    /// of <c>list.lowercase_words</c> (articles, pronouns, prepositions, conjunctions: "unser Interesse …", "um Ihre
    /// Bestellung zu liefern") is lower-cased; "Ihre" and "Sie" address the reader and keep theirs.
    /// </summary>
    public static string Item(string text, PhraseBook phrases)
    {
        if (text.Length < 2 || !char.IsUpper(text[0]))
        {
            return text;
        }

        var firstWord = text.Split(' ', 2)[0];
        var lower = phrases.TryGet("list.lowercase_items") == "true"
            ? !firstWord.Skip(1).Any(char.IsUpper)
            : (phrases.TryGet("list.lowercase_words") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(firstWord, StringComparer.Ordinal);
        return lower ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }

    /// <summary>
    /// A text after a label and a colon ("Ons gerechtvaardigd belang: ons belang bij …"): a full sentence (ending in a
    /// full stop, question or exclamation mark) keeps its capital, a fragment is written as a list item (<see cref="Item"/>).
    /// </summary>
    public static string AfterColon(string text, PhraseBook phrases) =>
        text.TrimEnd().EndsWith('.') || text.TrimEnd().EndsWith('?') || text.TrimEnd().EndsWith('!') ? text : Item(text, phrases);

    /// <summary>
    /// A name inside a running sentence: an article it starts with (phrase <c>list.name_articles</c>) in lower case, so
    /// "beschweren: die Landesbeauftragte …" rather than a capital after the colon of a sentence that goes on.
    /// </summary>
    public static string InSentence(string name, PhraseBook phrases)
    {
        var articles = (phrases.TryGet("list.name_articles") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = name.Split(' ', 2)[0];
        return name.Length > first.Length && articles.Contains(first, StringComparer.Ordinal)
            ? char.ToLowerInvariant(name[0]) + name[1..]
            : name;
    }

    private static string Join(IReadOnlyList<string> items, PhraseBook phrases, string lastKey) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(phrases.Get("list.separator"), items.Take(items.Count - 1)) + phrases.Get(lastKey) + items[^1],
    };
}
