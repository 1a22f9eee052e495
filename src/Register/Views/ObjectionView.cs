namespace Register.Views;

/// <summary>The right to object, shown separately from other information (Art. 21(4)): for 6(1)(e)/(f) processing, and for direct marketing.</summary>
public sealed record ObjectionView(string? General, string? DirectMarketing);
