namespace Register.Views;

/// <summary>A recipient or category of recipients, with the provider's details where the register has them.</summary>
public sealed record RecipientView
{
    public required string Id { get; init; }
    /// <summary>The anchor of the recipient's entry in the notice's recipients part.</summary>
    public required string Anchor { get; init; }
    public required string Name { get; init; }
    public required string Category { get; init; }
    /// <summary>The recipient's role as the register names it: internal, processor, independent_controller, joint_controller or public_authority.</summary>
    public required string Role { get; init; }
    public string? LegalEntity { get; init; }
    public string? Address { get; init; }
    public string? Country { get; init; }
    public string? Description { get; init; }
    public string? PrivacyPolicy { get; init; }
    public string? OptOut { get; init; }
}
