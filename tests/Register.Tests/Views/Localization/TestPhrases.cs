using Register.Diagnostics;
using Register.Rendering;
using Register.Views.Localization;

namespace Register.Tests.Views.Localization;

/// <summary>The built-in phrase books, loaded once for the tests.</summary>
internal static class TestPhrases
{
    private static readonly PhraseLibrary Library = PhraseFiles.Load(TemplateSource.BuiltIn, ["nl", "de", "en"], new DiagnosticBag());

    public static PhraseBook For(string language) => Library.For(language) ?? throw new InvalidOperationException(language);
}
