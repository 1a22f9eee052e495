using NodaTime;
using Register.Diagnostics;
using Register.Model;
using Register.Views.Localization;

namespace Register.Views;

/// <summary>What resolving a notice in one language needs, and where it reports texts it cannot find.</summary>
public sealed class NoticeContext(RegisterModel register, Vocabulary.Terminology vocabulary, PhraseBook phrases, LocalDate asOf, DiagnosticBag diagnostics)
{
    public RegisterModel Register { get; } = register;

    public Vocabulary.Terminology Vocabulary { get; } = vocabulary;

    public PhraseBook Phrases { get; } = phrases;

    public string Language => Phrases.Language;

    public LocalDate AsOf { get; } = asOf;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public string Cite(ArticleRef provision) => Citations.Cite(provision, Phrases, Register.Organisation.CitationStyle);

    /// <summary>A text the notice must show; a missing translation is reported at the text (or its owner) and yields "".</summary>
    public string Text(LocalizedText? text, ModelNode owner, string property, string what) =>
        Optional(text, owner, property, what) ?? Missing(owner, property, what);

    /// <summary>A text the register may leave out; a text given in other languages but not this one is still reported.</summary>
    public string? Optional(LocalizedText? text, ModelNode owner, string property, string what)
    {
        if (text is null || text.IsEmpty)
        {
            return null;
        }

        if (text.Get(Language) is { } value && !string.IsNullOrWhiteSpace(value))
        {
            return value.Trim();
        }

        Missing(text, owner, property, what);
        return null;
    }

    /// <summary>A vocabulary label (data category, data subject, recipient category) in this language.</summary>
    public string Label(IReadOnlyDictionary<string, VocabularyTerm> terms, string id, ModelNode owner, string property, string what)
    {
        if (terms.TryGetValue(id, out var term))
        {
            return Text(term.Label, term, "label", $"the label of {what} '{id}'");
        }

        Diagnostics.Report(Rules.NoticeReferenceUnknown, owner.LocationOf(property),
            $"The notice needs the name of {what} '{id}', but no such {what} exists.",
            $"Use an id from the built-in vocabulary or add '{id}' to vocabulary.yaml.");
        return id;
    }

    /// <summary>A country's name in this language; the code itself when unknown (reported).</summary>
    public string CountryName(string code, ModelNode owner, string property)
    {
        if (Vocabulary.FindCountry(code) is { } country && country.Name.Get(Language) is { Length: > 0 } name)
        {
            return name;
        }

        Diagnostics.Report(Rules.NoticeReferenceUnknown, owner.LocationOf(property),
            $"The notice needs the name of country '{code}' in language '{Language}', but it is not known.",
            "Use an ISO 3166-1 alpha-2 code such as NL, DE or US.");
        return code;
    }

    private string Missing(ModelNode owner, string property, string what)
    {
        Diagnostics.Report(Rules.NoticeTextMissing, owner.LocationOf(property),
            $"The notice in '{Language}' needs {what}, but it is not written in that language.",
            $"Add '{Language}: …' with the text in this language.");
        return "";
    }

    private void Missing(LocalizedText text, ModelNode owner, string property, string what)
    {
        var at = text.At.File is null or "" ? owner.LocationOf(property) : text.At;
        Diagnostics.Report(Rules.NoticeTextMissing, at,
            $"The notice in '{Language}' needs {what}, but it is not written in that language.",
            $"Add '{Language}: …' with the text in this language.");
    }
}
