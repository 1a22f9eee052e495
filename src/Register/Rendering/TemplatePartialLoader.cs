using System.Text.RegularExpressions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Register.Rendering;

/// <summary>
/// Finds partials for <c>include "name"</c>: the file <c>_name</c> of the including template's folder and kind
/// (<c>notice/_contact.md.sbn</c> for an include in <c>notice/notice.md.sbn</c>), an organisation's file winning over the built-in one.
/// </summary>
internal sealed partial class TemplatePartialLoader(TemplateSource source) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!PartialName().IsMatch(templateName))
        {
            throw new ScriptRuntimeException(callerSpan, $"'{templateName}' is not a partial name: write the name of a file _name{TemplateEngine.MarkdownExtension} in the same folder, without '_' and extension.");
        }

        var caller = callerSpan.FileName ?? "";
        var folder = caller.Contains('/', StringComparison.Ordinal) ? caller[..(caller.LastIndexOf('/') + 1)] : "";
        var kind = TemplateEngine.EscapingOf(caller) == TemplateEscaping.Html ? TemplateEngine.HtmlExtension : TemplateEngine.MarkdownExtension;
        var path = $"{folder}_{templateName}{kind}";
        return source.Find(path) is null
            ? throw new ScriptRuntimeException(callerSpan, $"There is no partial '{templateName}': the file {path} does not exist.")
            : path;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => source.Find(templatePath)!.Text;

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    [GeneratedRegex(@"^[a-z0-9][a-z0-9_-]{0,99}\z", RegexOptions.CultureInvariant)]
    private static partial Regex PartialName();
}
