namespace Register.Views;

/// <summary>Who is responsible and how to reach them (Art. 13(1)(a)-(b), 14(1)(a)-(b)).</summary>
public sealed record ControllerView
{
    /// <summary>The sentence naming the controller.</summary>
    public required string Statement { get; init; }
    public required ContactView Organisation { get; init; }
    public string? Registration { get; init; }
    public required ContactView Privacy { get; init; }
    /// <summary>The heading above the DPO's details: "Datenschutzbeauftragte" for a DPO the register says is female.</summary>
    public string DpoTitle { get; init; } = "";
    public ContactView? Dpo { get; init; }
    public ContactView? EuRepresentative { get; init; }
    /// <summary>The sentence introducing the group entities that share the controllership of the notice's processing (Art. 26).</summary>
    public string? JointControllersText { get; init; }
    /// <summary>Those group entities, each with its contact details and the essence of the arrangement.</summary>
    public IReadOnlyList<SharedControllerView> JointControllers { get; init; } = [];
}
