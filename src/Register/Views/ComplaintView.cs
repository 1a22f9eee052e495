namespace Register.Views;

/// <summary>The right to lodge a complaint (Art. 77) and the authority to lodge it with.</summary>
public sealed record ComplaintView(string Text, ContactView Authority);
