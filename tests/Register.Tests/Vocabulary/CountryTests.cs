using Register.Vocabulary;

namespace Register.Tests.Vocabulary;

public sealed class CountryTests
{
    private static readonly Terminology Vocabulary = Terminology.BuiltIn;

    [Fact]
    public void All_iso_3166_1_countries_are_there_by_alpha_2_code()
    {
        Assert.Equal(249, Vocabulary.Countries.Count);
        Assert.All(Vocabulary.Countries, pair =>
        {
            Assert.Matches("^[A-Z]{2}$", pair.Key);
            Assert.Equal(pair.Key, pair.Value.Code);
        });
        Assert.Equal(Vocabulary.Countries.Keys.Order(StringComparer.Ordinal), Vocabulary.Countries.Keys);
        Assert.Equal("Duitsland", Vocabulary.Countries["DE"].Name["nl"]);
        Assert.Equal("Niederlande", Vocabulary.Countries["NL"].Name["de"]);
        Assert.Equal("United States", Vocabulary.Countries["US"].Name["en"]);
    }

    [Fact]
    public void The_eu_has_27_members_and_the_eea_adds_iceland_liechtenstein_and_norway()
    {
        var eu = Vocabulary.Countries.Values.Where(c => c.IsEu).Select(c => c.Code).ToList();
        var eea = Vocabulary.Countries.Values.Where(c => c.IsEea).Select(c => c.Code).ToList();

        Assert.Equal(27, eu.Count);
        Assert.Equal(30, eea.Count);
        Assert.Equal(["IS", "LI", "NO"], eea.Except(eu).Order(StringComparer.Ordinal));
        Assert.Contains("GR", eu);
        Assert.DoesNotContain("GB", eea);
        Assert.DoesNotContain("CH", eea);
    }

    [Theory]
    [InlineData("NL", true)]
    [InlineData("DE", true)]
    [InlineData("NO", true)]
    [InlineData("GR", true)]
    [InlineData("EL", true)]
    [InlineData("GB", false)]
    [InlineData("US", false)]
    [InlineData("CH", false)]
    [InlineData("XX", false)]
    [InlineData("nl", false)]
    public void Eea_membership_by_code(string code, bool expected)
    {
        Assert.Equal(expected, Vocabulary.IsEea(code));
    }

    [Fact]
    public void The_eu_code_for_greece_finds_greece()
    {
        Assert.Equal("GR", Vocabulary.FindCountry("EL")?.Code);
        Assert.False(Vocabulary.Countries.ContainsKey("EL"));
        Assert.Null(Vocabulary.FindCountry("ZZ"));
    }
}
