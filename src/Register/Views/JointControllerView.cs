namespace Register.Views;

/// <summary>A joint controller of an activity and the essence of the Art. 26 arrangement.</summary>
public sealed record JointControllerView(string Name, string? Address, string? Arrangement);
