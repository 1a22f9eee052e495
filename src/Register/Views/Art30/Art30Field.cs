namespace Register.Views.Art30;

/// <summary>One labelled field of a record entry; <see cref="Values"/> is never empty (the builder writes "none" or "not recorded").</summary>
public sealed record Art30Field(string Key, string Label, string? Article, IReadOnlyList<string> Values)
{
    /// <summary>The values as one text, one value per line.</summary>
    public string Text => Values.Count == 1 ? Values[0] : string.Join("\n", Values);

    /// <summary>
    /// The values on one line (an overview table cell), separated by "; ". A value that ends a sentence loses its full
    /// stop before the separator, so a cell never reads ".;" (a stop after a capital, as in "B.V.", stays).
    /// </summary>
    public string Inline
    {
        get
        {
            var line = new System.Text.StringBuilder();
            foreach (var value in Values)
            {
                if (line.Length > 0)
                {
                    if (line.Length > 1 && line[^1] == '.' && (char.IsLower(line[^2]) || line[^2] == ')'))
                    {
                        line.Length--;
                    }

                    line.Append("; ");
                }

                line.Append(value);
            }

            return line.ToString();
        }
    }
}
