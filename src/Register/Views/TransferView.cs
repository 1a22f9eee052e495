namespace Register.Views;

/// <summary>A transfer outside the EEA: to whom, which country, on what ground, and where the safeguards are.</summary>
public sealed record TransferView
{
    public required string Recipient { get; init; }
    public required string Country { get; init; }
    /// <summary>The ground in a sentence with its citation (adequacy or not, and which safeguards).</summary>
    public required string Ground { get; init; }
    public string? Safeguards { get; init; }
    /// <summary>"Een kopie van de waarborgen vindt u hier: …" when the register gives a link.</summary>
    public string? SafeguardsLink { get; init; }
}
