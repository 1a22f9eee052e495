namespace Register.Views;

/// <summary>Where data comes from (Art. 14(2)(f)), and whether the source is publicly accessible.</summary>
public sealed record SourceView(string Text, bool PubliclyAccessible);
