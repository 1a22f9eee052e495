using System.Text.RegularExpressions;

namespace Register.Readability;

/// <summary>
/// Counts the syllables of a word by its vowel groups, with the rules of each language that change the count:
/// Dutch "ij" is one vowel and a diaeresis starts a new syllable (geïnd, coördinatie); German umlauts are vowels;
/// English drops a silent final e (make, rate) and the e of -es/-ed where it is not spoken (names, named).
/// A heuristic, as every readability tool's is; its rules are tested on words with known syllable counts.
/// </summary>
public static partial class SyllableCounter
{
    public static int Count(string word, string language)
    {
        var lower = word.ToLowerInvariant();
        var count = language switch
        {
            "nl" => Dutch(lower),
            "de" => German(lower),
            _ => English(lower),
        };
        return Math.Max(1, count);
    }

    private static int Dutch(string word)
    {
        // "ij" is one vowel (tijd, bijzonder); a vowel with a diaeresis begins a new syllable (geïnd, ideeën).
        var text = word.Replace("ij", "y", StringComparison.Ordinal);
        var count = 0;
        var inVowel = false;
        foreach (var c in text)
        {
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

    private static int German(string word) => GermanVowelGroup().Count(word);

    private static int English(string word)
    {
        var count = EnglishVowelGroup().Count(word);
        // A silent final e (make, rate, store) but not "-le" after a consonant (table, simple) nor a lone "e" word (the).
        if (word.Length > 2 && word.EndsWith('e') && !word.EndsWith("le", StringComparison.Ordinal) && !IsVowel(word[^2]))
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

    private static bool Sibilant(string word) =>
        word[^3] is 's' or 'x' or 'z' or 'c' or 'g' || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal);

    [GeneratedRegex("[aeiouyäöüéèáà]+", RegexOptions.CultureInvariant)]
    private static partial Regex GermanVowelGroup();

    [GeneratedRegex("[aeiouy]+", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishVowelGroup();
}
