using System.Text;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Register.Rendering;

/// <summary>
/// Where one render writes: a buffer, or with <paramref name="target"/> straight on into a writer (a large document is never
/// held as one string); either way the render stops once it has written more than its limit.
/// </summary>
internal sealed class TemplateOutput(int limit, Func<SourceSpan> currentSpan, TextWriter? target = null) : IScriptOutput
{
    private readonly StringBuilder? _text = target is null ? new() : null;
    private int _length;

    public int Length => _length;

    public void Write(string text, int offset, int count)
    {
        if (_length + count > limit)
        {
            throw new ScriptRuntimeException(currentSpan(), $"The template writes more than {limit} characters (the output limit).");
        }

        if (_text is not null)
        {
            _text.Append(text, offset, count);
        }
        else
        {
            target!.Write(text.AsSpan(offset, count));
        }

        _length += count;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>The text written; empty when it went to a writer.</summary>
    public override string ToString() => _text?.ToString() ?? "";
}
