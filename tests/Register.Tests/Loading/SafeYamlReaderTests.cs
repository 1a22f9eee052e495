using System.Text;
using Register.Diagnostics;
using Register.Loading.Yaml;

namespace Register.Tests.Loading;

public sealed class SafeYamlReaderTests
{
    private static (YNode? Node, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml)
    {
        var bag = new DiagnosticBag();
        var node = SafeYamlReader.Read("x.yaml", Encoding.UTF8.GetBytes(yaml), YamlLimits.Default, bag);
        return (node, bag.ToSortedList());
    }

    [Fact]
    public void Duplicate_key_is_reported_at_the_second_key_with_the_first_as_related()
    {
        var (_, diagnostics) = Read("name: a\nid: b\nname: c\n");

        var d = Assert.Single(diagnostics);
        Assert.Equal("REG002", d.Code);
        Assert.Equal(new SourceLocation("x.yaml", 3, 1), d.At);
        Assert.Equal(new SourceLocation("x.yaml", 1, 1), Assert.Single(d.Related).At);
    }

    [Fact]
    public void Values_keep_their_line_and_column()
    {
        var (node, diagnostics) = Read("a:\n  b: [x, y]\n");

        Assert.Empty(diagnostics);
        var b = (YSequence)((YMapping)((YMapping)node!).Find("a")!.Value).Find("b")!.Value;
        Assert.Equal(new SourceLocation("x.yaml", 2, 10), b.Items[1].At);
    }

    [Theory]
    [InlineData('\u0001')]
    [InlineData('\u007F')]
    [InlineData('\u0085')]
    [InlineData('\u061C')]
    [InlineData('\u200B')]
    [InlineData('\u200F')]
    [InlineData('\u202E')]
    [InlineData('\u2068')]
    [InlineData('\uFDD0')]
    [InlineData('\uFEFF')]
    [InlineData('\uFFFF')]
    public void A_forbidden_character_after_plain_text_and_letters_with_accents_is_found_at_its_column(char forbidden)
    {
        // The plain ASCII is skipped in bulk and each other character looked at alone: the letters before it must not hide it.
        var (_, diagnostics) = Read($"name: Café\nnote: Überweisung ë {forbidden}x\n");

        var d = Assert.Single(diagnostics, d => d.Code == "REG013");
        Assert.Equal(new SourceLocation("x.yaml", 2, 21), d.At);
    }

    [Fact]
    public void Text_of_plain_ascii_and_letters_with_accents_has_no_character_finding()
    {
        var (_, diagnostics) = Read("name: Café – Überweisung\nnote: \"déjà vu, 10 € ~ {x} | [y]\"\n");

        Assert.Empty(diagnostics);
    }
}
