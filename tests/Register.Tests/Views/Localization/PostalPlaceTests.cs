using Register.Model;
using Register.Views.Localization;

namespace Register.Tests.Views.Localization;

public sealed class PostalPlaceTests
{
    [Theory]
    [InlineData("NL", "3521 AZ", "Utrecht", "3521 AZ Utrecht")]
    [InlineData("DE", "40213", "Düsseldorf", "40213 Düsseldorf")]
    [InlineData("GB", "W2 6TT", "London", "London W2 6TT")]
    [InlineData("IE", "D02 X285", "Dublin", "Dublin D02 X285")]
    [InlineData("US", "CA 94025", "Menlo Park", "Menlo Park, CA 94025")]
    public void Postal_code_and_city_follow_the_country_of_the_address(string country, string code, string city, string expected) =>
        Assert.Equal(expected, PostalPlace.Format(new PostalAddress { Country = country, PostalCode = code, City = city }));

    [Fact]
    public void A_missing_postal_code_leaves_the_city_alone() =>
        Assert.Equal("Utrecht", PostalPlace.Format(new PostalAddress { Country = "NL", City = "Utrecht" }));
}
