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
}
