using Register.Model;
using Register.Views.Localization;

namespace Register.Tests.Views.Localization;

public sealed class CitationsTests
{
    [Theory]
    [InlineData("nl", "art. 6 lid 1 sub f AVG")]
    [InlineData("de", "Art. 6 Abs. 1 lit. f DSGVO")]
    [InlineData("en", "Art. 6(1)(f) GDPR")]
    public void Legitimate_interests_is_cited_as_practitioners_write_it(string language, string expected) =>
        Assert.Equal(expected, Cite(GdprProvisions.Basis(LegalBasis.LegitimateInterests), language, CitationStyle.Practitioner));

    [Theory]
    [InlineData("nl", "artikel 6, eerste lid, aanhef en onder f, AVG")]
    [InlineData("de", "Art. 6 Abs. 1 UAbs. 1 lit. f DS-GVO")]
    [InlineData("en", "Article 6(1)(f) GDPR")]
    public void Legitimate_interests_is_cited_formally_when_the_organisation_asks(string language, string expected) =>
        Assert.Equal(expected, Cite(GdprProvisions.Basis(LegalBasis.LegitimateInterests), language, CitationStyle.Formal));

    [Theory]
    [InlineData("nl", "art. 9 lid 2 sub a AVG", "artikel 9, tweede lid, aanhef en onder a, AVG")]
    [InlineData("de", "Art. 9 Abs. 2 lit. a DSGVO", "Art. 9 Abs. 2 lit. a DS-GVO")]
    [InlineData("en", "Art. 9(2)(a) GDPR", "Article 9(2)(a) GDPR")]
    public void A_paragraph_without_subparagraphs_names_none(string language, string practitioner, string formal)
    {
        var provision = GdprProvisions.Condition(Article9Condition.ExplicitConsent);
        Assert.Equal(practitioner, Cite(provision, language, CitationStyle.Practitioner));
        Assert.Equal(formal, Cite(provision, language, CitationStyle.Formal));
    }

    [Theory]
    [InlineData("nl", "art. 77 AVG", "art. 49 lid 1, tweede alinea, AVG", "art. 46 lid 2 sub c AVG")]
    [InlineData("de", "Art. 77 DSGVO", "Art. 49 Abs. 1 UAbs. 2 DSGVO", "Art. 46 Abs. 2 lit. c DSGVO")]
    [InlineData("en", "Art. 77 GDPR", "Art. 49(1), second subparagraph, GDPR", "Art. 46(2)(c) GDPR")]
    public void Articles_subparagraphs_and_transfer_grounds_are_cited(string language, string article, string subparagraph, string scc)
    {
        Assert.Equal(article, Cite(new ArticleRef(77), language, CitationStyle.Practitioner));
        Assert.Equal(subparagraph, Cite(GdprProvisions.Transfer(TransferMechanism.Derogation, Article49Derogation.CompellingLegitimateInterests), language, CitationStyle.Practitioner));
        Assert.Equal(scc, Cite(GdprProvisions.Transfer(TransferMechanism.Scc, null), language, CitationStyle.Practitioner));
    }

    [Fact]
    public void Each_legal_basis_maps_to_its_point_of_article_6_1()
    {
        var points = Enum.GetValues<LegalBasis>().Select(b => GdprProvisions.Basis(b).Point);
        Assert.Equal(["a", "b", "c", "d", "e", "f"], points);
    }

    private static string Cite(ArticleRef provision, string language, CitationStyle style) =>
        Citations.Cite(provision, TestPhrases.For(language), style);
}
