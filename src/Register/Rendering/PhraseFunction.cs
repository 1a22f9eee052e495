using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Register.Views.Localization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Register.Rendering;

/// <summary><c>t "key"</c>: the phrase of the document's language, written as it is (phrases are trusted Markdown).</summary>
internal sealed class PhraseFunction : IScriptCustomFunction
{
    // The trusted text of each phrase made once per book, not at every call (a notice of 1,000 activities asks for
    // tens of thousands); the table lets go of a book with the build that loaded it.
    private static readonly ConditionalWeakTable<PhraseBook, ConcurrentDictionary<string, TrustedText>> Trusted = new();

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(TrustedText);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        var key = arguments.Count == 1 ? context.ObjectToString(arguments[0]) ?? "" : "";
        var phrases = ((TemplateRenderContext)context).Phrases;
        var trusted = Trusted.GetValue(phrases, _ => new ConcurrentDictionary<string, TrustedText>(StringComparer.Ordinal));
        if (trusted.TryGetValue(key, out var known))
        {
            return known;
        }

        return phrases.TryGet(key) is { } text
            ? trusted.GetOrAdd(key, new TrustedText(text))
            : throw new ScriptRuntimeException(span, $"There is no phrase '{key}'; templates/i18n/en.yaml lists every key.");
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "key");

    public int GetParameterIndexByName(string name) => name == "key" ? 0 : -1;
}
