namespace Register.Loading.Yaml;

/// <summary>One key and its value in a mapping.</summary>
public sealed record YEntry(YScalar Key, YNode Value);
