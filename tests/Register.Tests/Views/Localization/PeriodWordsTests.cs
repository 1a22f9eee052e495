using NodaTime;
using NodaTime.Text;
using Register.Model;
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
    [InlineData("en", "PT30M", "30 minutes")]
    [InlineData("nl", "PT1H30M", "één uur en 30 minuten")]
    [InlineData("de", "PT1M45S", "eine Minute und 45 Sekunden")]
    [InlineData("en", "PT1S", "one second")]
    public void A_period_is_written_in_words(string language, string iso, string expected) =>
        Assert.Equal(expected, PeriodWords.Format(PeriodPattern.NormalizingIso.Parse(iso).Value, TestPhrases.For(language)));

    [Fact]
    public void A_period_is_kept_as_written_not_normalised()
    {
        var eighteenMonths = Period.FromMonths(18);
        Assert.Equal("18 months", PeriodWords.Format(eighteenMonths, TestPhrases.For("en")));
    }

    /// <summary>
    /// Every period the validator lets through (<see cref="IsoPeriod.WhyNotStatable"/>) is said in full: no part below
    /// zero ("-1 months"), no part dropped (minutes said as "0 days"), one phrase per unit written.
    /// </summary>
    [Fact]
    public void Every_period_the_validator_accepts_is_said_unit_by_unit()
    {
        var random = new Random(20261203);
        var english = TestPhrases.For("en");
        string[] units = ["year", "month", "week", "day", "hour", "minute", "second"];
        var accepted = 0;
        for (var i = 0; i < 5_000; i++)
        {
            long[] values = [.. units.Select(_ => random.Next(4) == 0 ? random.Next(-2, 40) : 0L)];
            var builder = new PeriodBuilder
            {
                Years = (int)values[0], Months = (int)values[1], Weeks = (int)values[2], Days = (int)values[3],
                Hours = values[4], Minutes = values[5], Seconds = values[6],
                Milliseconds = random.Next(20) == 0 ? random.Next(-1, 2) : 0,
            };
            var period = builder.Build();
            if (IsoPeriod.WhyNotStatable(period) is not null)
            {
                Assert.True(values.Any(v => v < 0) || builder.Milliseconds != 0 || values.All(v => v == 0), $"{period} was refused");
                continue;
            }

            accepted++;
            var words = PeriodWords.Format(period, english);
            Assert.DoesNotContain("-", words, StringComparison.Ordinal);
            for (var u = 0; u < units.Length; u++)
            {
                var said = words.Contains(units[u], StringComparison.Ordinal);
                Assert.True(values[u] != 0 == said, $"{period}: '{words}' and the {units[u]}s");
            }
        }

        Assert.InRange(accepted, 1_000, 5_000);
    }
}
