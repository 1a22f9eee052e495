namespace Register.Views;

/// <summary>
/// A link to a page a third party runs, as the notice shows it: its name and address, the provider and where its own
/// privacy notice is. Only what the register gives; no basis, recipient or transfer, since no data pass to us.
/// </summary>
public sealed record ThirdPartyPageView
{
    public required string Name { get; init; }
    public string? Url { get; init; }
    public string? Provider { get; init; }
    public string? Address { get; init; }
    public string? PrivacyPolicy { get; init; }
    public string? OptOut { get; init; }
    public string? Description { get; init; }
}
