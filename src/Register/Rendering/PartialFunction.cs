using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Register.Rendering;

/// <summary>
/// <c>include "name" arg: value</c>: Scriban's include, with the partial's text marked trusted (its values were escaped
/// when it wrote them, so the including template must not escape them again) and counted towards the output limit.
/// An include that is a statement of its own, whose text the template would write at once, renders the partial straight
/// into the template's output (<see cref="TemplateRenderContext.IncludeInPlace"/>) instead of into a string of its own
/// that is then copied: the same text, without a string per partial (a notice of 1,000 activities has a partial per
/// activity, each inside the partial of its section).
/// </summary>
internal sealed class PartialFunction : IScriptCustomFunction
{
    private readonly IncludeFunction _include = new();

    public int RequiredParameterCount => _include.RequiredParameterCount;

    public int ParameterCount => _include.ParameterCount;

    public ScriptVarParamKind VarParamKind => _include.VarParamKind;

    public Type ReturnType => typeof(TrustedText);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var render = (TemplateRenderContext)context;
        if (arguments.Count > 0 && IsWrittenAtOnce(callerContext) && context.EnableOutput)
        {
            var path = context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), callerContext)!;
            render.IncludeInPlace(context.GetOrCreateTemplate(path, callerContext), arguments, callerContext!);
            return null;
        }

        render.EnterPartial();
        try
        {
            return _include.Invoke(context, callerContext, arguments, blockStatement) is string text ? new TrustedText(text) : null;
        }
        finally
        {
            render.ExitPartial();
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

    public int GetParameterIndexByName(string name) => -1;

    // `{{ include "name" }}` as a statement of a block: the block writes what it returns, nothing else sees it. Within an
    // expression (`x = include "name"`, a pipe, an argument) the text is a value and stays one.
    private static bool IsWrittenAtOnce(ScriptNode? caller) =>
        caller is ScriptFunctionCall { Parent: ScriptExpressionStatement { CanOutput: true, Parent: ScriptList<ScriptStatement> { Parent: ScriptBlockStatement } } };
}
