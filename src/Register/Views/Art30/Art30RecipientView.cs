namespace Register.Views.Art30;

/// <summary>A recipient of an activity's data as a row of the recipients table (Art. 30(1)(d)).</summary>
public sealed record Art30RecipientView(
    string ActivityId,
    string Activity,
    string Recipient,
    string Category,
    string Role,
    string LegalEntity,
    string Country,
    string Agreement);
