namespace Register.Views;

/// <summary>The right to withdraw consent (Art. 7(3)) and, per activity resting on consent, how to do it.</summary>
public sealed record WithdrawalView(string Text, IReadOnlyList<string> How);
