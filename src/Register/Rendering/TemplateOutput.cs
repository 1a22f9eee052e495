using System.Text;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Register.Rendering;

/// <summary>Where one render writes: a buffer that stops the render once it holds more than its limit.</summary>
internal sealed class TemplateOutput(int limit, Func<SourceSpan> currentSpan) : IScriptOutput
{
    private readonly StringBuilder _text = new();

    public int Length => _text.Length;

    public void Write(string text, int offset, int count)
    {
        if (_text.Length + count > limit)
        {
            throw new ScriptRuntimeException(currentSpan(), $"The template writes more than {limit} characters (the output limit).");
        }

        _text.Append(text, offset, count);
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => _text.ToString();
}
