namespace Register.Views;

/// <summary>A right of the data subject with its article, cited in the reader's language.</summary>
public sealed record RightView(string Id, string Name, string Citation, string Description);
