using NodaTime;
using Register.Instrumentation;
using Register.Model;
using Register.Views.Localization;

namespace Register.Views;

/// <summary>
/// What resolving a notice in one language needs. The register is validated, so every text and id the notice shows is
/// there; a fallback (an empty text, the id itself) is noted in <see cref="ViewGaps"/> for tests, never reported.
/// </summary>
public sealed class NoticeContext(RegisterModel register, Vocabulary.Terminology vocabulary, PhraseBook phrases, LocalDate asOf)
{
    public RegisterModel Register { get; } = register;

    public Vocabulary.Terminology Vocabulary { get; } = vocabulary;

    public PhraseBook Phrases { get; } = phrases;

    public string Language => Phrases.Language;

    public LocalDate AsOf { get; } = asOf;

    public string Cite(ArticleRef provision) => Citations.Cite(provision, Phrases, Register.Organisation.CitationStyle);

    /// <summary>A text the notice must show; "" (a gap) when validated input lacks it.</summary>
    public string Text(LocalizedText? text, ModelNode owner, string property, string what) =>
        Optional(text, owner, property, what) ?? Missing(owner, property, what);

    /// <summary>A text the register may leave out; a text given in other languages but not this one is a gap.</summary>
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

        ViewGaps.Note($"{owner.LocationOf(property)}: no {what} '{id}'");
        return id;
    }

    /// <summary>A country's name in this language; the code itself when unknown (a gap).</summary>
    public string CountryName(string code, ModelNode owner, string property)
    {
        if (Vocabulary.FindCountry(code) is { } country && country.Name.Get(Language) is { Length: > 0 } name)
        {
            return name;
        }

        ViewGaps.Note($"{owner.LocationOf(property)}: no '{Language}' name for country '{code}'");
        return code;
    }

    private string Missing(ModelNode owner, string property, string what)
    {
        ViewGaps.Note($"{owner.LocationOf(property)}: no '{Language}' text for {what}");
        return "";
    }

    private void Missing(LocalizedText text, ModelNode owner, string property, string what)
    {
        var at = text.At.File is null or "" ? owner.LocationOf(property) : text.At;
        ViewGaps.Note($"{at}: no '{Language}' text for {what}");
    }
}
