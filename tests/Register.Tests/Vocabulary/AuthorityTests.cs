using Register.Vocabulary;

namespace Register.Tests.Vocabulary;

public sealed class AuthorityTests
{
    private static readonly Terminology Vocabulary = Terminology.BuiltIn;

    private static readonly string[] GermanIds =
    [
        "de-bfdi", "de-bw", "de-by-lda", "de-by-lfd", "de-be", "de-bb", "de-hb", "de-hh", "de-he", "de-mv", "de-ni", "de-nw",
        "de-rp", "de-sl", "de-sn", "de-st", "de-sh", "de-th",
    ];

    [Fact]
    public void The_dutch_authority_has_its_postal_address()
    {
        var ap = Vocabulary.Authorities["nl-ap"];

        Assert.Equal("Autoriteit Persoonsgegevens", ap.Name["nl"]);
        Assert.Equal("Postbus 93374", ap.Address.Street);
        Assert.Equal("2509 AJ", ap.Address.PostalCode);
        Assert.Equal("Den Haag", ap.Address.City);
        Assert.Equal("NL", ap.Address.Country);
        Assert.Equal("V", ap.Verification);
    }

    [Fact]
    public void The_federal_and_all_17_laender_authorities_are_there_with_addresses()
    {
        var german = Vocabulary.Authorities.Values.Where(a => a.Country == "DE").Select(a => a.Id).Order(StringComparer.Ordinal);

        Assert.Equal(GermanIds.Order(StringComparer.Ordinal), german);
        Assert.All(GermanIds.Select(id => Vocabulary.Authorities[id]), a =>
        {
            Assert.False(string.IsNullOrWhiteSpace(a.Address.Street), a.Id);
            Assert.Matches("^[0-9]{5}$", a.Address.PostalCode ?? "");
            Assert.False(string.IsNullOrWhiteSpace(a.Address.City), a.Id);
            Assert.Equal("DE", a.Address.Country);
            Assert.StartsWith("https://", a.Url, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Bavaria_has_a_private_sector_and_a_public_sector_authority()
    {
        Assert.Equal("Ansbach", Vocabulary.Authorities["de-by-lda"].Address.City);
        Assert.Equal("München", Vocabulary.Authorities["de-by-lfd"].Address.City);
        Assert.Contains("nicht-öffentlich", Vocabulary.Authorities["de-by-lda"].Jurisdiction["de"], StringComparison.Ordinal);
    }

    [Fact]
    public void North_rhine_westphalia_is_found_by_its_id_and_its_common_abbreviation()
    {
        var nrw = Vocabulary.Authorities["de-nw"];

        Assert.Same(nrw, Vocabulary.FindAuthority("de-nrw"));
        Assert.Same(nrw, Vocabulary.FindAuthority("de-nw"));
        Assert.Equal("Kavalleriestraße 2-4", nrw.Address.Street);
        Assert.Equal("Nordrhein-Westfalen", nrw.Jurisdiction["de"]);
        Assert.Null(Vocabulary.FindAuthority("de-xx"));
    }

    [Fact]
    public void Saxony_has_the_address_it_moved_to_in_2025()
    {
        var saxony = Vocabulary.Authorities["de-sn"];

        Assert.Equal("Postfach 11 01 32", saxony.Address.Street);
        Assert.Equal("01330", saxony.Address.PostalCode);
        Assert.Equal("Dresden", saxony.Address.City);
        Assert.Contains("Maternistraße 17", saxony.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de-hh", "Der Hamburgische Beauftragte")]
    [InlineData("de-nw", "Die Landesbeauftragte")]
    [InlineData("de-bfdi", "Die Bundesbeauftragte")]
    [InlineData("de-he", "Der Hessische Beauftragte")]
    [InlineData("de-sn", "Die Sächsische")]
    public void German_names_carry_the_article_of_the_office_holders_gender(string id, string start)
    {
        Assert.StartsWith(start, Vocabulary.Authorities[id].Name["de"], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_german_name_of_an_office_has_its_article_and_an_institution_has_none()
    {
        string[] institutions = ["de-by-lda", "de-sl", "de-sh"];

        Assert.All(GermanIds.Select(id => Vocabulary.Authorities[id]), a =>
        {
            var name = a.Name["de"];
            var hasArticle = name.StartsWith("Der ", StringComparison.Ordinal) || name.StartsWith("Die ", StringComparison.Ordinal);
            Assert.True(hasArticle != institutions.Contains(a.Id), $"{a.Id}: {name}");
        });
    }

    [Fact]
    public void A_name_whose_office_holder_is_unchecked_is_marked_unverified()
    {
        Assert.All(Vocabulary.Authorities.Values.Where(a => a.Source.Contains("not checked (M)", StringComparison.Ordinal)), a => Assert.Equal("M", a.Verification));
    }
}
