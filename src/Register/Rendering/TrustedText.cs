namespace Register.Rendering;

/// <summary>
/// Text a template writes as it is, unescaped: the organisation's phrases (<c>t "key"</c>), the output of a partial, and
/// HTML the tool made itself (a page's body). Every other value is register text and is escaped.
/// </summary>
public sealed record TrustedText(string Text)
{
    public override string ToString() => Text;
}
