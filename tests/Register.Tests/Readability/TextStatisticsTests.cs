using Register.Readability;

namespace Register.Tests.Readability;

/// <summary>
/// Reference sentences with their syllables counted by hand; the expected index is worked out from the published formula
/// in the comment above each case, so a wrong coefficient or a wrong count fails.
/// </summary>
public sealed class TextStatisticsTests
{
    [Theory]
    [InlineData("nl", "geïnd", 2)]          // ge-ïnd: the diaeresis starts a syllable
    [InlineData("nl", "bijzonder", 3)]      // bij-zon-der: ij is one vowel
    [InlineData("nl", "ideeën", 3)]         // i-dee-ën
    [InlineData("nl", "coördinatie", 5)]    // co-ör-di-na-tie
    [InlineData("nl", "persoonsgegevens", 5)] // per-soons-ge-ge-vens
    [InlineData("nl", "e-mailadres", 4)]    // e-mail-a-dres
    [InlineData("de", "Verarbeitungstätigkeit", 7)] // Ver-ar-bei-tungs-tä-tig-keit
    [InlineData("de", "Datenschutzerklärung", 6)]   // Da-ten-schutz-er-klä-rung
    [InlineData("de", "können", 2)]
    [InlineData("en", "make", 1)]           // silent final e
    [InlineData("en", "table", 2)]          // -le after a consonant is spoken
    [InlineData("en", "names", 1)]          // silent -es
    [InlineData("en", "dates", 1)]
    [InlineData("en", "boxes", 2)]          // -es after a hissing sound is spoken
    [InlineData("en", "pages", 2)]
    [InlineData("en", "processed", 2)]      // silent -ed
    [InlineData("en", "needed", 2)]         // -ed after d is spoken
    [InlineData("en", "the", 1)]
    public void Syllables_are_counted_by_each_languages_rules(string language, string word, int syllables) =>
        Assert.Equal(syllables, SyllableCounter.Count(word, language));

    [Fact]
    public void Dutch_uses_Flesch_Douma()
    {
        // Wij(1) be-wa-ren(3) uw(1) per-soons-ge-ge-vens(5) ze-ven(2) jaar(1): 6 words, 13 syllables.
        // U(1) kunt(1) be-zwaar(2) ma-ken(2): 4 words, 6 syllables.
        // ASL = 10/2 = 5; ASW = 19/10 = 1.9; 206.835 - 0.93*5 - 77*1.9 = 206.835 - 4.65 - 146.3 = 55.885 -> 55.9
        var score = TextStatistics.Measure(["Wij bewaren uw persoonsgegevens zeven jaar. U kunt bezwaar maken."], "nl");

        Assert.Equal((10, 2, 19), (score.Words, score.Sentences, score.Syllables));
        Assert.Equal("Flesch–Douma", score.Index);
        Assert.Equal(55.9, score.Value);
        Assert.Equal("fairly difficult", score.Band);
    }

    [Fact]
    public void German_uses_Amstad()
    {
        // Wir(1) spei-chern(2) Ih-re(2) Da-ten(2) zehn(1) Jah-re(2): 6 words, 10 syllables.
        // Sie(1) kön-nen(2) wi-der-spre-chen(4): 3 words, 7 syllables.
        // ASL = 9/2 = 4.5; ASW = 17/9; 180 - 4.5 - 58.5*17/9 = 180 - 4.5 - 110.5 = 65.0
        var score = TextStatistics.Measure(["Wir speichern Ihre Daten zehn Jahre. Sie können widersprechen."], "de");

        Assert.Equal((9, 2, 17), (score.Words, score.Sentences, score.Syllables));
        Assert.Equal("Amstad", score.Index);
        Assert.Equal(65.0, score.Value);
        Assert.Equal("standard", score.Band);
    }

    [Fact]
    public void English_uses_Flesch_Reading_Ease()
    {
        // We(1) keep(1) your(1) da-ta(2) for(1) se-ven(2) years(1): 7 words, 9 syllables.
        // You(1) can(1) ob-ject(2): 3 words, 4 syllables.
        // ASL = 10/2 = 5; ASW = 13/10 = 1.3; 206.835 - 1.015*5 - 84.6*1.3 = 206.835 - 5.075 - 109.98 = 91.78 -> 91.8
        var score = TextStatistics.Measure(["We keep your data for seven years. You can object."], "en");

        Assert.Equal((10, 2, 13), (score.Words, score.Sentences, score.Syllables));
        Assert.Equal("Flesch Reading Ease", score.Index);
        Assert.Equal(91.8, score.Value);
        Assert.Equal("very easy", score.Band);
        Assert.Equal(5.0, score.AverageSentenceLength);
        Assert.Equal(1.3, score.AverageSyllablesPerWord);
    }

    [Fact]
    public void A_full_stop_before_a_number_or_a_lowercase_word_does_not_end_the_sentence()
    {
        Assert.Equal(["Zie Art. 6 lid 1 AVG.", "Daarna volgt bijv. een voorbeeld."], TextStatistics.Sentences("Zie Art. 6 lid 1 AVG. Daarna volgt bijv. een voorbeeld.").ToList());
    }

    [Fact]
    public void Each_block_ends_a_sentence_and_addresses_and_numbers_are_not_words()
    {
        var score = TextStatistics.Measure(["Contact", "Mail privacy@example.com or visit https://example.com/privacy on 1 May 2026"], "en");

        // "Contact" | "Mail or visit on May": numbers and addresses left out.
        Assert.Equal(2, score.Sentences);
        Assert.Equal(["contact", "mail", "or", "visit", "on", "may"], TextStatistics.Words("Contact").Concat(TextStatistics.Words("Mail privacy@example.com or visit https://example.com/privacy on 1 May 2026")).ToList());
        Assert.Equal(6, score.Words);
    }

    [Fact]
    public void Reading_time_is_rounded_up_at_200_words_a_minute_and_the_longest_sentences_come_first()
    {
        var longOne = string.Join(' ', Enumerable.Repeat("word", 30)) + ".";
        var score = TextStatistics.Measure(["Short one.", longOne, string.Join(' ', Enumerable.Repeat("text", 171)) + "."], "en");

        Assert.Equal(2 + 30 + 171, score.Words);
        Assert.Equal(2, score.ReadingMinutes);
        Assert.Equal(3, score.LongestSentences.Count);
        Assert.StartsWith("text text", score.LongestSentences[0], StringComparison.Ordinal);
        Assert.Equal("Short one.", score.LongestSentences[2]);
    }

    [Fact]
    public void Markdown_blocks_are_paragraphs_headings_list_items_and_table_cells_without_markup()
    {
        var blocks = MarkdownBlocks.Of("# Title\n\nA **bold** [link](https://x.example) text.\n\n- one\n- two\n\n| A | B |\n|---|---|\n| c | d |\n");

        Assert.Equal(["Title", "A bold link text.", "one", "two", "A", "B", "c", "d"], blocks);
    }
}
