using System.Buffers;

namespace Register.Readability;

/// <summary>
/// Counts the syllables of a word by its vowel groups, with the rules of each language that change the count:
/// Dutch "ij" is one vowel and a diaeresis starts a new syllable (geïnd, coördinatie); German umlauts are vowels;
/// English drops a silent final e (make, rate) and the e of -es/-ed where it is not spoken (names, named).
/// A heuristic, as every readability tool's is; its rules are tested on words with known syllable counts.
/// </summary>
public static class SyllableCounter
{
    public static int Count(string word, string language) => CountLower(word.ToLowerInvariant(), language);

    /// <summary><see cref="Count"/> of a word already in lower case (invariant).</summary>
    internal static int CountLower(ReadOnlySpan<char> lower, string language)
    {
        var count = language switch
        {
            "nl" => Dutch(lower),
            "de" => German(lower),
            _ => English(lower),
        };
        return Math.Max(1, count);
    }

    private static int Dutch(ReadOnlySpan<char> word)
    {
        // "ij" is one vowel (tijd, bijzonder); a vowel with a diaeresis begins a new syllable (geïnd, ideeën).
        var count = 0;
        var inVowel = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == 'i' && i + 1 < word.Length && word[i + 1] == 'j')
            {
                c = 'y';
                i++;
            }

            if ("ëïöüä".Contains(c, StringComparison.Ordinal))
            {
                count++;
                inVowel = true;
            }
            else if ("aeiouyáéíóúàèìòùâêîôû".Contains(c, StringComparison.Ordinal))
            {
                count += inVowel ? 0 : 1;
                inVowel = true;
            }
            else
            {
                inVowel = false;
            }
        }

        return count;
    }

    private static int German(ReadOnlySpan<char> word) => VowelGroups(word, GermanVowels);

    private static int English(ReadOnlySpan<char> word)
    {
        var count = VowelGroups(word, EnglishVowels);
        // A silent final e (make, rate, store) but not "-le" after a consonant (table, simple) nor a lone "e" word (the).
        if (word.Length > 2 && word[^1] == 'e' && !word.EndsWith("le", StringComparison.Ordinal) && !IsVowel(word[^2]))
        {
            count--;
        }
        else if (word.Length > 3 && word.EndsWith("es", StringComparison.Ordinal) && !IsVowel(word[^3]) && !Sibilant(word))
        {
            // -es is silent (names, dates) except after a hissing sound (boxes, pages, wishes).
            count--;
        }
        else if (word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal) && !IsVowel(word[^3]) && word[^3] is not ('t' or 'd'))
        {
            // -ed is silent (named, processed) except after t or d (needed, stated).
            count--;
        }

        return count;
    }

    private static bool IsVowel(char c) => "aeiouy".Contains(c, StringComparison.Ordinal);

    private static bool Sibilant(ReadOnlySpan<char> word) =>
        word[^3] is 's' or 'x' or 'z' or 'c' or 'g' || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal);

    // The runs of vowels in a word, each a syllable.
    private static int VowelGroups(ReadOnlySpan<char> word, SearchValues<char> vowels)
    {
        var count = 0;
        var inVowel = false;
        foreach (var c in word)
        {
            var vowel = vowels.Contains(c);
            count += vowel && !inVowel ? 1 : 0;
            inVowel = vowel;
        }

        return count;
    }

    private static readonly SearchValues<char> GermanVowels = SearchValues.Create("aeiouyäöüéèáà");

    private static readonly SearchValues<char> EnglishVowels = SearchValues.Create("aeiouy");
}
