namespace Register.Views;

/// <summary>A purpose with its legal basis, cited in the reader's language.</summary>
public sealed record PurposeView
{
    public required string Description { get; init; }
    /// <summary>The basis in words, e.g. "gerechtvaardigd belang".</summary>
    public required string Basis { get; init; }
    /// <summary>The basis cited, e.g. "art. 6 lid 1 sub f AVG".</summary>
    public required string Citation { get; init; }
    /// <summary>The basis with its citation, or every alternative basis with when it applies: "toestemming (…), als u nog geen klant bent; of gerechtvaardigd belang (…), als u al klant bent".</summary>
    public string Bases { get; init; } = "";
    /// <summary>What the alternative bases require: their legitimate interests and laws, worded like <see cref="LegitimateInterest"/> and <see cref="Law"/>.</summary>
    public IReadOnlyList<string> Details { get; init; } = [];
    /// <summary>"Ons gerechtvaardigd belang: …" for 6(1)(f).</summary>
    public string? LegitimateInterest { get; init; }
    /// <summary>"Wettelijke bepaling: …" for 6(1)(c) and (e).</summary>
    public string? Law { get; init; }
    /// <summary>How to withdraw consent, for 6(1)(a).</summary>
    public string? Withdrawal { get; init; }
    public bool DirectMarketing { get; init; }
}
