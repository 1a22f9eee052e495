using Register.Diagnostics;
using Register.Loading;
using Register.Rendering;
using Register.Views;
using Register.Views.Art30;
using Register.Views.Localization;

namespace Register.Tests.Rendering.Art30;

/// <summary>The small register under Fixtures/art30, loaded once, as the render stage receives it.</summary>
internal static class Art30Fixture
{
    private static readonly Lazy<ViewInput> LazyInput = new(Load);
    private static readonly Lazy<PhraseLibrary> LazyPhrases = new(LoadPhrases);

    public static ViewInput Input => LazyInput.Value;

    public static PhraseLibrary Phrases => LazyPhrases.Value;

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "art30");

    public static Art30RecordView Record(string language, Art30RecordKind kind) =>
        Art30Views.Build(Input, Phrases.For(language)!, kind);

    public static IReadOnlyList<Art30RecordView> Records() => Art30Views.BuildAll(Input, Phrases);

    private static ViewInput Load()
    {
        var result = RegisterLoader.Load(Directory, LoadOptions.Default with { DisplayRoot = Directory });
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var register = result.Register!;
        return new ViewInput
        {
            Register = register,
            Vocabulary = Register.Vocabulary.Terminology.BuiltIn.With(register.Vocabulary),
            AsOf = register.Organisation.VersionDate,
        };
    }

    private static PhraseLibrary LoadPhrases()
    {
        var diagnostics = new DiagnosticBag();
        var library = PhraseFiles.Load(TemplateSource.BuiltIn, ["nl", "de", "en"], diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return library;
    }
}
