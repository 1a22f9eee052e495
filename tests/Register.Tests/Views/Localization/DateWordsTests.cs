using NodaTime;
using Register.Views.Localization;

namespace Register.Tests.Views.Localization;

public sealed class DateWordsTests
{
    [Theory]
    [InlineData("nl", "14 september 2022")]
    [InlineData("de", "14. September 2022")]
    [InlineData("en", "14 September 2022")]
    public void A_date_is_written_as_readers_of_the_language_write_it(string language, string expected) =>
        Assert.Equal(expected, DateWords.Format(new LocalDate(2022, 9, 14), TestPhrases.For(language)));

    [Theory]
    [InlineData("nl", "1 maart 2026")]
    [InlineData("de", "1. März 2026")]
    [InlineData("en", "1 March 2026")]
    public void Single_digit_days_have_no_leading_zero(string language, string expected) =>
        Assert.Equal(expected, DateWords.Format(new LocalDate(2026, 3, 1), TestPhrases.For(language)));
}
