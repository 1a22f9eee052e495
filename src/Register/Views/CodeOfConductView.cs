namespace Register.Views;

/// <summary>A code of conduct the organisation adheres to.</summary>
public sealed record CodeOfConductView(string Name, string? Url);
