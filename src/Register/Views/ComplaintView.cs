namespace Register.Views;

/// <summary>
/// The right to lodge a complaint (Art. 77) and the lead authority to lodge it with; <see cref="Local"/> names the other
/// authorities the notice gives for readers who live or work in their territory (e.g. a German Land authority).
/// </summary>
public sealed record ComplaintView(string Text, ContactView Authority)
{
    public IReadOnlyList<LocalAuthorityView> Local { get; init; } = [];
}
