namespace Register.Views;

/// <summary>A group entity jointly responsible for all the processing of a notice: its contact details and the essence of the Art. 26 arrangement.</summary>
public sealed record SharedControllerView(ContactView Contact, string? Arrangement);
