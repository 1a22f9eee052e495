namespace Register.Views;

/// <summary>A recipient or category of recipients, with the provider's details where the register has them.</summary>
public sealed record RecipientView
{
    public required string Name { get; init; }
    public required string Category { get; init; }
    public string? LegalEntity { get; init; }
    public string? Address { get; init; }
    public string? Country { get; init; }
    public string? Description { get; init; }
    public string? PrivacyPolicy { get; init; }
    public string? OptOut { get; init; }
}
