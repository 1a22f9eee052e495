using Register.Diagnostics;
using Register.Model;

namespace Register.Validation.Checks;

/// <summary>Reports ids in a list that name nothing, with the closest known id as a suggestion.</summary>
internal static class ReferenceCheck
{
    /// <summary>Checks each id in <paramref name="ids"/> (property <paramref name="property"/> of <paramref name="owner"/>).</summary>
    public static IEnumerable<Diagnostic> Each(
        Rule rule, ModelNode owner, string property, IReadOnlyList<string> ids, ICollection<string> known, string what, string whereDefined)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (Unresolved(ids[i], known))
            {
                yield return Unknown(rule, owner.LocationOfItem(property, i), ids[i], known, what, whereDefined);
            }
        }
    }

    /// <summary>Checks a single id written as the value of <paramref name="property"/>.</summary>
    public static IEnumerable<Diagnostic> One(
        Rule rule, ModelNode owner, string property, string? id, ICollection<string> known, string what, string whereDefined)
    {
        // A key that was not written at all is REG005 (a required field) or simply absent; only a written one is checked.
        if (id is not null && (id.Length > 0 || owner.Wrote(property)) && Unresolved(id, known))
        {
            yield return Unknown(rule, owner.LocationOf(property), id, known, what, whereDefined);
        }
    }

    // An empty id names nothing either (a notice would show a blank where the name belongs).
    private static bool Unresolved(string id, ICollection<string> known) => !known.Contains(id);

    private static Diagnostic Unknown(Rule rule, SourceLocation at, string id, ICollection<string> known, string what, string whereDefined)
    {
        var suggestion = string.IsNullOrWhiteSpace(id) ? null : Suggestions.Closest(id, known);
        var message = string.IsNullOrWhiteSpace(id)
            ? $"The id of the {what} is empty, so it names nothing."
            : $"There is no {what} '{id}'." + (suggestion is null ? "" : $" Did you mean '{suggestion}'?");
        var fix = suggestion is null
            ? $"Use the id of {(what[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a")} {what} defined in {whereDefined}, or add '{id}' there."
            : $"Change it to '{suggestion}', or add '{id}' to {whereDefined}.";
        return rule.At(at, message, fix);
    }
}
