using System.Text;
using Register.Diagnostics;
using Register.Loading.Binding;
using Register.Loading.Yaml;
using Register.Model;

namespace Register.Tests.Loading;

/// <summary>
/// A list marked <see cref="NoneFormAttribute"/> (an activity's cookies) tells three things apart: left out (null, the
/// register is silent), 'none' (an empty list, the register states there are none) and a list.
/// </summary>
public sealed class NoneFormTests
{
    [Fact]
    public void Left_out_the_list_is_null_and_none_is_an_empty_list()
    {
        var (silent, silentBag) = Bind("id: shop\n");
        var (none, noneBag) = Bind("id: shop\ncookies: none\n");
        var (empty, emptyBag) = Bind("id: shop\ncookies:\n");

        Assert.Null(silent.Cookies);
        Assert.Null(empty.Cookies);
        Assert.NotNull(none.Cookies);
        Assert.Empty(none.Cookies);
        Assert.Equal((2, 10), (none.LocationOf(nameof(ProcessingActivity.Cookies)).Line, none.LocationOf(nameof(ProcessingActivity.Cookies)).Column));
        Assert.DoesNotContain(silentBag.Concat(noneBag).Concat(emptyBag), d => d.Code == Rules.WrongType.Code);
    }

    [Fact]
    public void A_list_binds_its_cookies()
    {
        var (activity, _) = Bind("id: shop\ncookies:\n  - name: basket\n    provider: own\n    duration: session\n    ground: strictly_necessary\n");

        var cookie = Assert.Single(activity.Cookies!);
        Assert.Equal("basket", cookie.Name);
        Assert.True(cookie.IsOwn);
        Assert.True(cookie.IsSession);
        Assert.Equal(CookieGround.StrictlyNecessary, cookie.Ground);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("None")]
    public void Another_word_is_a_wrong_type_at_the_value_with_the_fix(string word)
    {
        var (activity, bag) = Bind($"id: shop\ncookies: {word}\n");

        var error = Assert.Single(bag, d => d.Code == Rules.WrongType.Code);
        Assert.Equal((2, 10), (error.At.Line, error.At.Column));
        Assert.Contains("a list or the word none", error.Message, StringComparison.Ordinal);
        Assert.Contains("'none'", error.Fix, StringComparison.Ordinal);
        Assert.Null(activity.Cookies);
    }

    [Theory]
    [InlineData("P1Y", true)]
    [InlineData("PT30M", true)]
    [InlineData("session", false)]
    [InlineData("P0D", false)]
    [InlineData("P-1D", false)]
    [InlineData("a month", false)]
    public void A_duration_is_a_period_longer_than_zero_or_the_session(string duration, bool period)
    {
        var cookie = new Cookie { Duration = duration };

        Assert.Equal(period, cookie.DurationPeriod is not null);
        Assert.Equal(duration == "session", cookie.IsSession);
    }

    private static (ProcessingActivity Activity, IReadOnlyList<Diagnostic> Diagnostics) Bind(string yaml)
    {
        var bag = new DiagnosticBag();
        var node = SafeYamlReader.Read("activities/shop.yaml", Encoding.UTF8.GetBytes(yaml), YamlLimits.Default, bag);
        Assert.NotNull(node);
        var activity = new ModelBinder(bag).Bind<ProcessingActivity>(node);
        return (activity, bag.ToSortedList());
    }
}
