using Register.Diagnostics;
using Register.Rendering;

namespace Register.Tests.Views.Localization;

public sealed class PhraseLibraryTests
{
    [Fact]
    public void The_built_in_languages_are_complete()
    {
        var bag = new DiagnosticBag();
        var library = PhraseFiles.Load(TemplateSource.BuiltIn, ["nl", "de", "en"], bag);
        Assert.Empty(bag.ToSortedList());
        Assert.Equal(["de", "en", "nl"], library.Languages);
    }

    [Fact]
    public void An_override_replaces_single_keys_and_keeps_the_rest()
    {
        using var dir = new ScratchFolder();
        dir.Write("i18n/nl.yaml", "notice:\n  rights_heading: Wat u kunt doen\n");
        var library = PhraseFiles.Load(TemplateSource.WithOverrides(dir.Path), ["nl"], new DiagnosticBag());
        var nl = library.For("nl")!;
        Assert.Equal("Wat u kunt doen", nl.Get("notice.rights_heading"));
        Assert.Equal("AVG", nl.Get("act.practitioner"));
    }

    [Fact]
    public void A_new_language_needs_every_key_and_names_the_missing_ones()
    {
        using var dir = new ScratchFolder();
        dir.Write("i18n/fr.yaml", "act:\n  practitioner: RGPD\n");
        var bag = new DiagnosticBag();
        var library = PhraseFiles.Load(TemplateSource.WithOverrides(dir.Path), ["fr"], bag);
        Assert.Null(library.For("fr"));
        var diagnostic = Assert.Single(bag.ToSortedList());
        Assert.Equal("REG102", diagnostic.Code);
        Assert.Contains("act.formal", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_without_a_phrase_file_is_reported()
    {
        var bag = new DiagnosticBag();
        var library = PhraseFiles.Load(TemplateSource.BuiltIn, ["sv"], bag);
        Assert.Null(library.For("sv"));
        Assert.Equal("REG102", Assert.Single(bag.ToSortedList()).Code);
    }

    [Fact]
    public void A_list_where_a_text_belongs_is_reported_at_its_line()
    {
        using var dir = new ScratchFolder();
        dir.Write("i18n/en.yaml", "notice:\n  rights_heading: [a, b]\n");
        var bag = new DiagnosticBag();
        PhraseFiles.Load(TemplateSource.WithOverrides(dir.Path), ["en"], bag);
        var diagnostic = Assert.Single(bag.ToSortedList());
        Assert.Equal("REG101", diagnostic.Code);
        Assert.Equal(2, diagnostic.At.Line);
    }
}
