namespace Register.Views.Art30;

/// <summary>A transfer outside the EEA as a row of the transfers table (Art. 30(1)(e), 30(2)(c)).</summary>
public sealed record Art30TransferView(
    string ActivityId,
    string Activity,
    string Recipient,
    string CountryCode,
    string Country,
    string Mechanism,
    string Safeguards);
