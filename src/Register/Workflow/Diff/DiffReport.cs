using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Register.Model;

namespace Register.Workflow.Diff;

/// <summary>Writes a register diff as text (terminal), Markdown (a pull-request comment) or JSON (stable, for tools).</summary>
public static class DiffReport
{
    /// <summary>The first line of the Markdown, so a CI job can find and update its own earlier comment.</summary>
    public const string MarkdownMarker = "<!-- register-diff -->";

    public static IReadOnlyList<string> Formats { get; } = ["text", "markdown", "json"];

    /// <summary>Changes whose sentence does not contain the old and new text, so the report shows them below it.</summary>
    private static readonly HashSet<ChangeKind> QuotesTexts =
    [
        ChangeKind.ActivityDescriptionChanged, ChangeKind.PurposeTextChanged, ChangeKind.LegalBasisDetailChanged, ChangeKind.MeasureChanged,
    ];

    public static string Write(DiffOutcome outcome, string format) => format switch
    {
        "markdown" => Markdown(outcome),
        "json" => Json(outcome),
        _ => Text(outcome),
    };

    public static string Text(DiffOutcome outcome)
    {
        var sb = new StringBuilder();
        if (outcome.Changes.Count == 0)
        {
            return $"No changes to the register from {outcome.From} to {outcome.To}.\n";
        }

        sb.Append($"Changes to the register from {outcome.From} to {outcome.To}: {Count(outcome.Changes.Count)}.\n");
        foreach (var group in Groups(outcome))
        {
            sb.Append('\n').Append(group.Key).Append('\n');
            foreach (var change in group)
            {
                sb.Append("  - ").Append(change.Message).Append('\n');
                if (QuotesTexts.Contains(change.Kind))
                {
                    sb.Append("      was: ").Append(Quote(change.Before)).Append('\n');
                    sb.Append("      now: ").Append(Quote(change.After)).Append('\n');
                }
            }
        }

        return sb.ToString();
    }

    public static string Markdown(DiffOutcome outcome)
    {
        var sb = new StringBuilder(MarkdownMarker).Append('\n');
        sb.Append($"### Register changes from {Escape(outcome.From)} to {Escape(outcome.To)}\n\n");
        if (outcome.Changes.Count == 0)
        {
            return sb.Append("No changes to the register.\n").ToString();
        }

        sb.Append(Count(outcome.Changes.Count)).Append(", in legal terms:\n");
        foreach (var group in Groups(outcome))
        {
            sb.Append("\n#### ").Append(Escape(group.Key)).Append("\n\n");
            foreach (var change in group)
            {
                sb.Append("- ").Append(Escape(change.Message)).Append('\n');
                if (QuotesTexts.Contains(change.Kind))
                {
                    sb.Append("  - **Before:** ").Append(Escape(Quote(change.Before))).Append('\n');
                    sb.Append("  - **After:** ").Append(Escape(Quote(change.After))).Append('\n');
                }
            }
        }

        foreach (var warning in outcome.Warnings)
        {
            sb.Append("\n> **Warning:** ").Append(Escape(warning)).Append('\n');
        }

        return sb.ToString();
    }

    public static string Json(DiffOutcome outcome)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            json.WriteStartObject();
            json.WriteString("from", outcome.From);
            json.WriteString("to", outcome.To);
            json.WriteStartArray("changes");
            foreach (var change in outcome.Changes)
            {
                json.WriteStartObject();
                json.WriteString("kind", Naming.ToYamlKey(change.Kind.ToString()));
                json.WriteString("subject", change.Subject);
                Optional(json, "id", change.Id);
                Optional(json, "file", change.File);
                json.WriteString("message", change.Message);
                Optional(json, "before", change.Before);
                Optional(json, "after", change.After);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("warnings");
            foreach (var warning in outcome.Warnings)
            {
                json.WriteStringValue(warning);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static IEnumerable<IGrouping<string, RegisterChange>> Groups(DiffOutcome outcome) =>
        outcome.Changes.GroupBy(c => c.Subject, StringComparer.Ordinal);

    private static string Count(int n) => n == 1 ? "1 change" : $"{n} changes";

    private static string Quote(string? text) => string.IsNullOrEmpty(text) ? "(none)" : $"\"{text.Trim()}\"";

    /// <summary>Register text may hold Markdown or HTML characters; in a pull-request comment they must show as written.</summary>
    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
