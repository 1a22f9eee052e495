namespace Register.Views.Art30;

/// <summary>One processing activity as a record entry: its name and its fields in record order.</summary>
public sealed record Art30ActivityView
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<Art30Field> Fields { get; init; }

    /// <summary>The field with a key; throws for a key the record does not have (a bug in the caller).</summary>
    public Art30Field Field(string key)
    {
        // Asked for every cell of the overviews: a plain loop, no closure per call.
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i].Key == key)
            {
                return Fields[i];
            }
        }

        throw new KeyNotFoundException($"No field '{key}' in activity '{Id}'.");
    }
}
