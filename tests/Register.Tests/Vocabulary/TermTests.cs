using Register.Model;
using Register.Vocabulary;

namespace Register.Tests.Vocabulary;

public sealed class TermTests
{
    private static readonly Terminology Vocabulary = Terminology.BuiltIn;

    [Fact]
    public void Data_categories_are_exactly_the_agreed_ids_with_their_article_flags()
    {
        string[] special = ["health-data", "ethnic-origin", "political-opinions", "religious-beliefs", "trade-union-membership", "genetic-data", "biometric-data", "sex-life"];
        string[] ordinary =
        [
            "identification", "contact-details", "address", "date-of-birth", "national-id", "identity-document", "financial-data",
            "payment-card-data", "payment-history", "debt-details", "creditworthiness", "correspondence", "call-recordings",
            "chat-messages", "online-identifiers", "device-data", "usage-data", "location-data", "login-credentials", "contract-data",
            "business-contact-details", "employment-data", "household-data", "social-media-data", "sanctions-pep-status",
        ];

        Assert.Equal([.. ordinary, .. special, "criminal-data"], Vocabulary.DataCategories.Keys);
        Assert.Equal(special, Vocabulary.DataCategories.Values.Where(t => t.Special).Select(t => t.Id));
        Assert.Equal(["criminal-data"], Vocabulary.DataCategories.Values.Where(t => t.Criminal).Select(t => t.Id));
    }

    [Fact]
    public void Data_subjects_and_recipient_categories_are_exactly_the_agreed_ids()
    {
        Assert.Equal(
            ["website-visitors", "customers", "prospects", "debtors", "client-contacts", "supplier-contacts", "employees", "applicants",
             "portal-users", "guarantors", "third-party-contacts", "chat-users", "social-media-users", "newsletter-subscribers"],
            Vocabulary.DataSubjects.Keys);
        Assert.Equal(
            ["group-companies", "processors", "it-service-providers", "hosting-providers", "payment-service-providers", "card-schemes",
             "banks", "credit-agencies", "information-providers", "fraud-prevention-bodies", "lawyers", "bailiffs", "courts", "auditors",
             "tax-authorities", "public-authorities", "reinsurers", "creditors", "social-media-platforms", "analytics-providers",
             "chat-providers", "marketing-providers", "print-and-mail-providers"],
            Vocabulary.RecipientCategories.Keys);
    }

    [Fact]
    public void Every_legal_basis_has_its_article_6_point()
    {
        Assert.Equal(Enum.GetValues<LegalBasis>(), Vocabulary.LegalBases.Keys);
        Assert.Equal(["a", "b", "c", "d", "e", "f"], Vocabulary.LegalBases.Values.Select(t => t.Point));
        Assert.All(Vocabulary.LegalBases.Values, t => Assert.Equal($"6(1)({t.Point})", t.Article));
        Assert.Equal("gerechtvaardigd belang", Vocabulary.LegalBases[LegalBasis.LegitimateInterests].Label["nl"]);
        Assert.Equal("Einwilligung", Vocabulary.LegalBases[LegalBasis.Consent].Label["de"]);
    }

    [Fact]
    public void Every_article_9_condition_and_article_49_derogation_has_its_point_in_order()
    {
        Assert.Equal(Enum.GetValues<Article9Condition>(), Vocabulary.Article9Conditions.Keys);
        Assert.Equal("abcdefghij".Select(c => $"9(2)({c})"), Vocabulary.Article9Conditions.Values.Select(t => t.Article));
        Assert.Equal(Enum.GetValues<Article49Derogation>(), Vocabulary.Article49Derogations.Keys);
        Assert.Equal("abcdefg".Select(c => $"49(1)({c})"), Vocabulary.Article49Derogations.Values.Take(7).Select(t => t.Article));
        Assert.Null(Vocabulary.Article49Derogations[Article49Derogation.CompellingLegitimateInterests].Point);
    }

    [Fact]
    public void Every_transfer_mechanism_cites_its_chapter_5_article()
    {
        Assert.Equal(Enum.GetValues<TransferMechanism>().Order(), Vocabulary.TransferMechanisms.Keys.Order());
        Assert.Equal("46(2)(c)", Vocabulary.TransferMechanisms[TransferMechanism.Scc].Article);
        Assert.Equal("47", Vocabulary.TransferMechanisms[TransferMechanism.Bcr].Article);
        Assert.Equal("standaardbepalingen inzake gegevensbescherming", Vocabulary.TransferMechanisms[TransferMechanism.Scc].Label["nl"]);
    }

    [Fact]
    public void Rights_are_the_agreed_ones_in_article_order()
    {
        Assert.Equal(
            ["access", "automated_decisions", "complaint", "erasure", "objection", "portability", "rectification", "restriction", "withdraw_consent"],
            Vocabulary.Rights.Select(r => r.Id).Order(StringComparer.Ordinal));
        var articles = Vocabulary.Rights.Select(r => int.Parse(r.Article.Split('(')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(articles.Order(), articles);
        Assert.Equal("15", Vocabulary.Rights.Single(r => r.Id == "access").Article);
        Assert.Equal("Auskunftsrecht", Vocabulary.Rights.Single(r => r.Id == "access").Label["de"]);
    }

    [Fact]
    public void Languages_cover_iso_639_1_with_every_eu_official_language()
    {
        Assert.InRange(Vocabulary.Languages.Count, 180, 190);
        Assert.All(Vocabulary.Languages.Keys, code => Assert.Matches("^[a-z]{2}$", code));
        var official = Vocabulary.Languages.Values.Where(l => l.EuOfficial).Select(l => l.Code).Order(StringComparer.Ordinal);
        Assert.Equal("bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv".Split(' '), official);
        Assert.Equal("Nederlands", Vocabulary.Languages["nl"].Name["nl"]);
        Assert.Equal("Niederländisch", Vocabulary.Languages["nl"].Name["de"]);
        Assert.Equal("Greek", Vocabulary.Languages["el"].Name["en"]);
    }
}
