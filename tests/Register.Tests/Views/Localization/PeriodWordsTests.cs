using NodaTime;
using NodaTime.Text;
using Register.Views.Localization;

namespace Register.Tests.Views.Localization;

public sealed class PeriodWordsTests
{
    [Theory]
    [InlineData("nl", "P3Y", "drie jaar")]
    [InlineData("de", "P3Y", "drei Jahre")]
    [InlineData("en", "P3Y", "three years")]
    [InlineData("nl", "P1Y", "één jaar")]
    [InlineData("de", "P1Y", "ein Jahr")]
    [InlineData("en", "P1Y", "one year")]
    [InlineData("nl", "P6M", "zes maanden")]
    [InlineData("de", "P6M", "sechs Monate")]
    [InlineData("en", "P6M", "six months")]
    [InlineData("nl", "P2W", "twee weken")]
    [InlineData("de", "P1W", "eine Woche")]
    [InlineData("en", "P30D", "30 days")]
    [InlineData("nl", "P1Y6M", "één jaar en zes maanden")]
    [InlineData("de", "P2Y1M14D", "zwei Jahre, ein Monat und 14 Tage")]
    [InlineData("en", "P1Y1D", "one year and one day")]
    public void A_period_is_written_in_words(string language, string iso, string expected) =>
        Assert.Equal(expected, PeriodWords.Format(PeriodPattern.NormalizingIso.Parse(iso).Value, TestPhrases.For(language)));

    [Fact]
    public void A_period_is_kept_as_written_not_normalised()
    {
        var eighteenMonths = Period.FromMonths(18);
        Assert.Equal("18 months", PeriodWords.Format(eighteenMonths, TestPhrases.For("en")));
    }
}
