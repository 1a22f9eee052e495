using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Register.Views.Localization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
using Scriban.Syntax;

namespace Register.Rendering;

/// <summary>
/// The Scriban context of one render: escapes every value by the template's kind unless it is <see cref="TrustedText"/>,
/// treats empty text and empty lists as false (so <c>if Recipients</c> means "has recipients"), takes compiled partials
/// from the engine's cache, and enforces <see cref="TemplateLimits"/>.
/// </summary>
internal sealed class TemplateRenderContext : TemplateContext
{
    // One accessor per view type for the whole process, not one per render: each holds the type's PropertyInfos, which
    // keeps the runtime's reflection cache of the type alive, so the invoke stubs behind PropertyInfo.GetValue are
    // compiled once. A fresh accessor per render let that cache die at each GC and the stubs be compiled again (1,637
    // JIT compilations in a build of 1,000 activities). Every context has the same renamer, filter and key comparer.
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> ViewAccessors = new();

    // The local variable of each named argument of an include, made once: setting a value reads only its name and scope.
    private static readonly ConcurrentDictionary<string, ScriptVariable> LocalVariables = new(StringComparer.Ordinal);

    private readonly TemplateEngine _engine;
    private readonly TemplateLimits _limits;
    private readonly TemplateEscaping _escaping;
    private readonly TemplateOutput _output;
    private readonly Stack<int> _outerLengths = new();
    private long _outerLength;
    private long _steps;

    public TemplateRenderContext(TemplateEngine engine, TemplateEscaping escaping, PhraseBook phrases, ScriptObject builtins, TemplateLimits? limits = null, TextWriter? target = null)
        : base(builtins)
    {
        _engine = engine;
        _limits = limits ?? engine.Limits;
        _escaping = escaping;
        Phrases = phrases;
        TemplateLoader = engine.Loader;
        NewLine = "\n";
        // Handlebars did not indent multi-line values; neither do we (a value's lines stay as the register wrote them).
        AutoIndent = false;
        // Templates name values as the views do (Title, Sections, VersionLine), as the notice's JSON file shows them.
        MemberRenamer = member => member.Name;
        LoopLimit = _limits.LoopIterations;
        RecursiveLimit = _limits.Recursion;
        // Off: in Scriban 7.5 this limit also cuts the whole output short with "..." and no error, counting a partial's
        // output once per level. TemplateLimits.OutputCharacters replaces it with an error.
        LimitToString = 0;
        _output = new TemplateOutput(_limits.OutputCharacters, () => CurrentSpan, target);
        PushOutput(_output);
    }

    /// <summary>The phrases of the document's language, for <c>t "key"</c>.</summary>
    public PhraseBook Phrases { get; }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null)
        {
            return this;
        }

        if (textAsObject is TrustedText trusted)
        {
            CheckOutput(span, trusted.Text.Length);
            Write(trusted.Text);
            return this;
        }

        var text = ObjectToString(textAsObject) ?? "";
        if (_escaping == TemplateEscaping.Html)
        {
            text = HtmlText.Escape(text);
            CheckOutput(span, text.Length);
            Write(text);
            return this;
        }

        // Markdown is escaped straight into the output, piece by piece; its length is counted first only when it could pass the limit.
        if (_outerLength + LengthOf(Output) + MarkdownTextEncoder.MaxEscapedLength(text) > _limits.OutputCharacters)
        {
            CheckOutput(span, MarkdownTextEncoder.EscapedLength(text));
        }

        var sink = new OutputSink(this);
        MarkdownTextEncoder.Escape(text, ref sink);
        return this;
    }

    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        null => false,
        string text => text.Length > 0,
        TrustedText trusted => trusted.Text.Length > 0,
        ICollection collection => collection.Count > 0,
        IEnumerable sequence => sequence.GetEnumerator().MoveNext(),
        _ => base.ToBool(span, value),
    };

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (++_steps > _limits.Steps)
        {
            throw new ScriptRuntimeException(scriptNode?.Span ?? CurrentSpan, $"The template takes more than {_limits.Steps} steps (the step limit); it may loop or include itself without end.");
        }

        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }

    /// <summary>Called before a partial renders into an output of its own, so its text counts towards the limit.</summary>
    public void EnterPartial()
    {
        var length = LengthOf(Output);
        _outerLengths.Push(length);
        _outerLength += length;
    }

    public void ExitPartial() => _outerLength -= _outerLengths.Pop();

    /// <summary>
    /// Renders <paramref name="partial"/> into the current output, as Scriban's <see cref="TemplateContext.RenderTemplate"/>
    /// does into an output of its own: within the recursion limit, in a scope of its own with <c>$</c> and each named
    /// argument (evaluated in the caller's scope, as there), its page's last value written as <see cref="Template.Render(TemplateContext)"/> writes it.
    /// </summary>
    public void IncludeInPlace(Template partial, ScriptArray arguments, ScriptNode caller)
    {
        EnterRecursive(caller);
        var previousIndent = CurrentIndent;
        CurrentIndent = null;
        var named = NamedArguments(caller);
        PushLocal();
        try
        {
            SetValue(ScriptVariable.Arguments, arguments, true, true);
            foreach (var (name, value) in named ?? [])
            {
                SetValue(LocalVariables.GetOrAdd(name, static n => ScriptVariable.Create(n, ScriptVariableScope.Local)), value, false, true);
            }

            WritePage(partial);
        }
        finally
        {
            PopLocal();
            CurrentIndent = previousIndent;
            ExitRecursive(caller);
        }
    }

    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        CheckOutput(loop.Span, 0);
        return base.OnStepLoop(loop);
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode",
        Justification = "As TemplateEngine.Run: the view types are kept whole by rooting the Register assembly in the Native AOT build.")]
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        if (ViewAccessors.TryGetValue(type, out var shared))
        {
            return shared;
        }

        var accessor = base.GetMemberAccessorImpl(target);
        return accessor is TypedObjectAccessor ? ViewAccessors.GetOrAdd(type, accessor) : accessor;
    }

    // Template.Render without its last step, which takes the text of the output and clears it (the caller's output here).
    private void WritePage(Template template)
    {
        var file = template.SourceFilePath;
        if (file is not null)
        {
            PushSourceFile(file);
        }

        try
        {
            UseScientific = template.LexerOptions.Lang == ScriptLang.Scientific;
            if (template.Page is { } page && Evaluate(page) is { } result && EnableOutput)
            {
                Write(page.Span, result);
            }
        }
        finally
        {
            if (file is not null)
            {
                PopSourceFile();
            }
        }
    }

    // As Scriban's include: each named argument's value once, last one of a name winning.
    private List<(string Name, object? Value)>? NamedArguments(ScriptNode caller)
    {
        List<(string Name, object? Value)>? named = null;
        if (caller is ScriptFunctionCall call)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument is ScriptNamedArgument { Name.Name: { } name, Value: { } value })
                {
                    (named ??= []).Add((name, value.Evaluate(this)));
                }
            }
        }

        return named;
    }

    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) => _engine.Compile(templatePath);

    private void CheckOutput(SourceSpan span, int adding)
    {
        if (_outerLength + LengthOf(Output) + adding > _limits.OutputCharacters)
        {
            throw new ScriptRuntimeException(span, $"The template writes more than {_limits.OutputCharacters} characters (the output limit).");
        }
    }

    private static int LengthOf(IScriptOutput output) => output switch
    {
        StringBuilderOutput builder => builder.Builder.Length,
        TemplateOutput own => own.Length,
        _ => 0,
    };

    private readonly struct OutputSink(TemplateRenderContext context) : MarkdownTextEncoder.ISink
    {
        public void Write(string text, int start, int count)
        {
            if (count > 0)
            {
                context.Write(text, start, count);
            }
        }
    }
}
