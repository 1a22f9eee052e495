using YamlDotNet.Core;

namespace Register.Loading.Yaml;

/// <summary>Plain-language wording for YamlDotNet's syntax errors.</summary>
internal static class YamlErrorText
{
    public static string Explain(YamlException ex)
    {
        var raw = ex.Message;
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the location is printed separately.
        var cut = raw.LastIndexOf("): ", StringComparison.Ordinal);
        var core = cut >= 0 ? raw[(cut + 3)..] : raw;
        core = core.TrimEnd('.');
        return core switch
        {
            _ when core.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase) =>
                "A colon appears where YAML does not expect a new key (often a text containing ': ' that is not in quotes).",
            _ when core.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase) =>
                "The indentation here does not line up with the keys around it.",
            _ when core.Contains("did not find expected '-'", StringComparison.OrdinalIgnoreCase) =>
                "A list item here does not line up with the items before it.",
            _ when core.Contains("did not find expected <document start>", StringComparison.OrdinalIgnoreCase) =>
                "More text follows where the file's content should already have ended (often a key longer than 1024 characters, or text after a closing bracket).",
            _ when core.Contains("found unexpected end of stream", StringComparison.OrdinalIgnoreCase) =>
                "The file ends inside an unfinished value (a quote or bracket is not closed).",
            _ => $"The YAML cannot be read here: {core}.",
        };
    }

    public const string GenericFix =
        "Check the indentation (spaces only, aligned with the lines around it) and that every quote and bracket is closed.";

    public static string Fix(YamlException ex) =>
        ex.Message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase)
            ? "Put the text in double quotes, e.g. title: \"Note: this applies\"."
            : GenericFix;
}
