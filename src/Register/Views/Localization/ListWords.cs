namespace Register.Views.Localization;

/// <summary>Joins items the way a language does: "A, B en C", "A, B und C", "A, B and C".</summary>
public static class ListWords
{
    public static string And(IReadOnlyList<string> items, PhraseBook phrases) => Join(items, phrases, "list.last");

    public static string Or(IReadOnlyList<string> items, PhraseBook phrases) => Join(items, phrases, "list.last_or");

    private static string Join(IReadOnlyList<string> items, PhraseBook phrases, string lastKey) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(phrases.Get("list.separator"), items.Take(items.Count - 1)) + phrases.Get(lastKey) + items[^1],
    };
}
