using Register.Views.Localization;

namespace Register.Tests.Views.Localization;

public sealed class ListWordsTests
{
    [Theory]
    [InlineData("nl", "A, B en C", "A of B")]
    [InlineData("de", "A, B und C", "A oder B")]
    [InlineData("en", "A, B and C", "A or B")]
    public void Lists_are_joined_with_the_languages_conjunction(string language, string and, string or)
    {
        var phrases = TestPhrases.For(language);
        Assert.Equal(and, ListWords.And(["A", "B", "C"], phrases));
        Assert.Equal(or, ListWords.Or(["A", "B"], phrases));
    }

    [Fact]
    public void One_item_stands_alone_and_none_is_empty()
    {
        var phrases = TestPhrases.For("en");
        Assert.Equal("A", ListWords.And(["A"], phrases));
        Assert.Equal("", ListWords.And([], phrases));
    }

    [Theory]
    [InlineData("de", "Unser Interesse an einer sicheren Website", "unser Interesse an einer sicheren Website")]
    [InlineData("de", "Um Ihre Bestellung zu liefern", "um Ihre Bestellung zu liefern")]
    [InlineData("de", "Prüfung Ihrer Zahlungsfähigkeit", "Prüfung Ihrer Zahlungsfähigkeit")]
    [InlineData("de", "Ihre Anfrage beantworten", "Ihre Anfrage beantworten")]
    [InlineData("de", "Sie erreichen", "Sie erreichen")]
    [InlineData("nl", "Ons belang bij een veilige website", "ons belang bij een veilige website")]
    [InlineData("nl", "LinkedIn-berichten", "LinkedIn-berichten")]
    [InlineData("en", "Our interest in a secure website", "our interest in a secure website")]
    [InlineData("en", "IT support", "IT support")]
    public void A_fragment_inside_a_sentence_is_lower_cased_as_its_language_writes_it(string language, string text, string item)
    {
        var phrases = TestPhrases.For(language);

        Assert.Equal(item, ListWords.Item(text, phrases));
        Assert.Equal(item, ListWords.AfterColon(text, phrases));
        Assert.Equal(text + ".", ListWords.AfterColon(text + ".", phrases));
    }
}
