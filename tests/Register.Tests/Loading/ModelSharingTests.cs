using Register.Diagnostics;
using Register.Loading.Yaml;
using Register.Model;

namespace Register.Tests.Loading;

/// <summary>
/// The model keeps one instance of what repeats across a register (memory at 10,000 activities): a scalar text read
/// twice, short or long, and the keys of nodes and texts written with the same keys in the same order.
/// </summary>
public sealed class ModelSharingTests
{
    [Fact]
    public void A_scalar_read_twice_is_one_instance_whatever_its_length()
    {
        var pool = new ScalarPool();
        var text = new string('x', 500);

        Assert.Same(text, pool.Share(text));
        Assert.Same(text, pool.Share(new string('x', 500)));
        Assert.Same(pool.Share("nl"), pool.Share(new string(['n', 'l'])));
    }

    [Fact]
    public void Maps_with_the_same_keys_share_one_keys_array_and_keep_their_own_values()
    {
        var a = SharedKeys.Of(["id", "name", "purposes"]);
        var b = SharedKeys.Of(["id", "name", "purposes"]);
        var other = SharedKeys.Of(["id", "purposes", "name"]);

        Assert.Same(a, b);
        Assert.NotSame(a, other);

        var dutch = LanguageTexts.From([new("nl", "Klanten"), new("en", "Customers")]);
        var german = LanguageTexts.From([new("nl", "Leveranciers"), new("en", "Suppliers")]);
        Assert.Equal("Klanten", dutch["nl"]);
        Assert.Equal("Suppliers", german["en"]);
        Assert.Equal(["nl", "en"], german.Keys);

        var here = SourceLocations.From([new("id", new SourceLocation("a.yaml", 1, 5))]);
        var there = SourceLocations.From([new("id", new SourceLocation("b.yaml", 3, 5))]);
        Assert.Equal(new SourceLocation("a.yaml", 1, 5), here["id"]);
        Assert.Equal(new SourceLocation("b.yaml", 3, 5), there["id"]);
    }
}
