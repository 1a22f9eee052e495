using NodaTime;
using Register.Vocabulary;

namespace Register.Tests.Vocabulary;

public sealed class AdequacyTests
{
    private static readonly Terminology Vocabulary = Terminology.BuiltIn;
    private static readonly LocalDate Today = new(2026, 6, 1);

    [Fact]
    public void The_united_states_decision_covers_only_certified_organisations()
    {
        var decision = Vocabulary.AdequacyFor("US", Today);

        Assert.NotNull(decision);
        Assert.True(decision.CertifiedOnly);
        Assert.Contains("2023/1795", decision.Decision, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2023, 7, 10), decision.Adopted);
        Assert.Null(Vocabulary.AdequacyFor("US", new LocalDate(2023, 7, 9)));
    }

    [Fact]
    public void The_united_kingdom_decision_runs_until_27_december_2031_and_not_a_day_longer()
    {
        var last = new LocalDate(2031, 12, 27);

        Assert.Equal(last, Vocabulary.AdequacyFor("GB", Today)?.Expires);
        Assert.NotNull(Vocabulary.AdequacyFor("GB", last));
        Assert.Null(Vocabulary.AdequacyFor("GB", last.PlusDays(1)));
    }

    [Fact]
    public void Before_its_renewal_the_united_kingdom_falls_under_the_2021_decision()
    {
        var decision = Vocabulary.AdequacyFor("GB", new LocalDate(2023, 1, 1));

        Assert.NotNull(decision);
        Assert.Contains("2021/1772", decision.Decision, StringComparison.Ordinal);
        Assert.Null(Vocabulary.AdequacyFor("GB", new LocalDate(2021, 6, 27)));
        Assert.Contains("2021/1772", Vocabulary.AdequacyFor("GB", new LocalDate(2025, 12, 27))!.Decision, StringComparison.Ordinal);
        Assert.DoesNotContain("2021/1772", Vocabulary.AdequacyFor("GB", new LocalDate(2025, 12, 28))!.Decision, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CN")]
    [InlineData("IN")]
    [InlineData("RU")]
    [InlineData("NL")]
    [InlineData("XX")]
    public void A_country_without_a_decision_has_none(string code)
    {
        Assert.Null(Vocabulary.AdequacyFor(code, Today));
    }

    [Fact]
    public void Canada_is_adequate_for_commercial_organisations_only()
    {
        var decision = Vocabulary.AdequacyFor("CA", Today);

        Assert.NotNull(decision);
        Assert.Contains("commercial", decision.Scope["en"], StringComparison.Ordinal);
        Assert.Contains("commerciële", decision.Scope["nl"], StringComparison.Ordinal);
        Assert.Contains("kommerzielle", decision.Scope["de"], StringComparison.Ordinal);
        Assert.False(decision.CertifiedOnly);
    }

    [Fact]
    public void Japan_is_adequate_for_the_private_sector_and_brazil_since_january_2026_with_eea_incorporation_pending()
    {
        Assert.Contains("private sector", Vocabulary.AdequacyFor("JP", Today)!.Scope["en"], StringComparison.Ordinal);

        var brazil = Vocabulary.AdequacyFor("BR", new LocalDate(2026, 1, 26));
        Assert.NotNull(brazil);
        Assert.Contains("2026/179", brazil.Decision, StringComparison.Ordinal);
        Assert.Contains("EEA", brazil.Note!["en"], StringComparison.Ordinal);
        Assert.Null(Vocabulary.AdequacyFor("BR", new LocalDate(2026, 1, 25)));
    }

    [Fact]
    public void Every_country_the_reference_lists_is_adequate_today()
    {
        string[] adequate = ["AD", "AR", "FO", "GG", "IM", "IL", "JE", "NZ", "CH", "UY", "CA", "JP", "KR", "GB", "US", "BR"];

        Assert.All(adequate, code => Assert.NotNull(Vocabulary.AdequacyFor(code, Today)));
        Assert.Contains(Vocabulary.AdequacyDecisions, d => d.Country == "european-patent-organisation" && d.Name is not null);
    }

    [Fact]
    public void Every_decision_names_a_known_country_or_carries_a_name()
    {
        Assert.All(Vocabulary.AdequacyDecisions, d =>
            Assert.True(Vocabulary.Countries.ContainsKey(d.Country) || d.Name is not null, $"{d.Country} is unknown."));
        Assert.All(Vocabulary.AdequacyDecisions.Where(d => d.Adopted is null), d => Assert.NotEqual("S", d.Verification));
    }
}
