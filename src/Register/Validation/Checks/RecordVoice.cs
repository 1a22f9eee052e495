using Register.Diagnostics;

namespace Register.Validation.Checks;

/// <summary>
/// REG291: a text the Art. 30 record prints does not speak to the reader. A notice says "your address"; the record,
/// which the organisation keeps for itself and the supervisory authority, says "the debtor's address". A text gives its
/// record wording under <c>record:</c>, and the notice keeps its own.
/// </summary>
/// <remarks>
/// Checked in Dutch, German and English, the languages the tool ships phrases for; a register's other languages are not
/// checked. German "Sie", "Ihr" and "Ihnen" are the reader only inside a sentence: at its start they may be "they".
/// </remarks>
public sealed class RecordVoice : IRegisterCheck
{
    // Words that address the reader in any position (compared ignoring case), and those that do only inside a sentence
    // (compared as written).
    private static readonly Dictionary<string, (string[] Anywhere, string[] InsideSentence)> ReaderWords = new(StringComparer.Ordinal)
    {
        ["en"] = (["you", "your", "yours", "yourself", "yourselves"], []),
        ["nl"] = (["u", "uw", "uzelf", "jij", "je", "jou", "jouw", "jezelf"], []),
        ["de"] = (["du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines"],
            ["Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres"]),
    };

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var found in context.Texts.Where(t => t.InRecord))
        {
            foreach (var language in context.Languages)
            {
                if (!ReaderWords.TryGetValue(language, out var words))
                {
                    continue;
                }

                // The line the record prints: the one under 'record:' when the register gives it, else the text's own.
                var own = found.Text.Record?.Get(language) is not null;
                var source = own ? found.Text.Record! : found.Text;
                if (source.Get(language) is not { Length: > 0 } text || ReaderWord(text, words) is not { } hit)
                {
                    continue;
                }

                yield return Rules.RecordSpeaksToReader.At(source.LocationOf(language),
                    $"The Art. 30 record prints this '{found.Key}' text, and its '{language}' version speaks to the reader ('{hit.Word}' in \"{hit.Excerpt}\"); a record describes the processing and the people it concerns.",
                    own
                        ? $"Reword the '{language}' line under 'record:' about the people concerned, e.g. \"the debtor's address\" instead of \"your address\"."
                        : $"Add 'record:' under '{found.Key}:' with the line '{language}: …' as the record should say it, e.g. \"the debtor's address\" instead of \"your address\"; the notice keeps this text.");
            }
        }
    }

    private static (string Word, string Excerpt)? ReaderWord(string text, (string[] Anywhere, string[] InsideSentence) words)
    {
        // The words are the runs of letters (what \p{L}+ matches: char.IsLetter is Unicode category L, and like the
        // regex it sees a surrogate pair as no letter), compared in place; a string is made only for a hit.
        for (var start = 0; start < text.Length;)
        {
            if (!char.IsLetter(text[start]))
            {
                start++;
                continue;
            }

            var end = start + 1;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            var word = text.AsSpan(start, end - start);
            var hit = Contains(words.Anywhere, word, StringComparison.OrdinalIgnoreCase)
                || (Contains(words.InsideSentence, word, StringComparison.Ordinal) && !StartsSentence(text, start));
            if (hit)
            {
                var from = Math.Max(0, start - 30);
                var to = Math.Min(text.Length, end + 30);
                return (word.ToString(), (from > 0 ? "…" : "") + text[from..to].Trim() + (to < text.Length ? "…" : ""));
            }

            start = end;
        }

        return null;
    }

    private static bool Contains(string[] words, ReadOnlySpan<char> word, StringComparison comparison)
    {
        foreach (var candidate in words)
        {
            if (word.Equals(candidate, comparison))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsSentence(string text, int index)
    {
        var before = text.AsSpan(0, index).TrimEnd();
        return before.Length == 0 || before[^1] is '.' or '!' or '?' or ':' or '(' or '"' or '„';
    }
}
