using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Register.Rendering;

/// <summary><c>t "key"</c>: the phrase of the document's language, written as it is (phrases are trusted Markdown).</summary>
internal sealed class PhraseFunction : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(TrustedText);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        var key = arguments.Count == 1 ? context.ObjectToString(arguments[0]) ?? "" : "";
        var phrases = ((TemplateRenderContext)context).Phrases;
        return phrases.TryGet(key) is { } text
            ? new TrustedText(text)
            : throw new ScriptRuntimeException(span, $"There is no phrase '{key}'; templates/i18n/en.yaml lists every key.");
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "key");

    public int GetParameterIndexByName(string name) => name == "key" ? 0 : -1;
}
