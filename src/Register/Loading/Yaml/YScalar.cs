using Register.Diagnostics;

namespace Register.Loading.Yaml;

/// <summary>A scalar as written. <see cref="IsPlain"/> distinguishes <c>null</c> from <c>"null"</c>.</summary>
public sealed class YScalar(SourceLocation at, string value, bool isPlain) : YNode(at)
{
    public string Value { get; } = value;

    public bool IsPlain { get; } = isPlain;

    /// <summary>A plain <c>~</c>, <c>null</c> or empty value.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => IsNull ? "nothing (null)" : "text";
}
