using Register.Model;

namespace Register.Validation.Checks;

/// <summary>Whether a text says nothing: absent, or empty in every language.</summary>
internal static class Blank
{
    public static bool Text(LocalizedText? text) =>
        text is null || (string.IsNullOrWhiteSpace(text.Invariant) && text.Values.Values.All(string.IsNullOrWhiteSpace));
}
