using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Register.Rendering;

/// <summary>
/// <c>include "name" arg: value</c>: Scriban's include, with the partial's text marked trusted (its values were escaped
/// when it wrote them, so the including template must not escape them again) and counted towards the output limit.
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
}
