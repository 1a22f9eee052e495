using Register.Diagnostics;

namespace Register.Loading.Yaml;

/// <summary>A YAML list.</summary>
public sealed class YSequence(SourceLocation at, IReadOnlyList<YNode> items) : YNode(at)
{
    public IReadOnlyList<YNode> Items { get; } = items;

    public override string KindName => "list";
}
