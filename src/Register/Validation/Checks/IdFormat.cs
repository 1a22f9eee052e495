using System.Text.RegularExpressions;
using Register.Diagnostics;
using Register.Model;

namespace Register.Validation.Checks;

/// <summary>REG022: ids are lowercase letters and digits joined by single hyphens, so they work in file names and links.</summary>
public sealed partial class IdFormat : IRegisterCheck
{
    // \z, not $: $ also matches before a final newline, so "x\n" would pass.
    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var register = context.Register;
        var owners = new List<(ModelNode Node, string Id, string What)>();
        owners.AddRange(register.Activities.Select(a => ((ModelNode)a, a.Id, "processing activity")));
        owners.AddRange(register.Activities.SelectMany(a => a.Purposes).Select(p => ((ModelNode)p, p.Id, "purpose")));
        owners.AddRange(register.Recipients.Select(r => ((ModelNode)r, r.Id, "recipient")));
        owners.AddRange(register.Measures.Select(m => ((ModelNode)m, m.Id, "security measure")));
        owners.AddRange(register.Organisation.Audiences.Select(a => ((ModelNode)a, a.Id, "audience")));
        owners.AddRange(register.Organisation.GroupEntities.Select(g => ((ModelNode)g, g.Id, "group entity")));
        owners.AddRange(register.Notices.Select(n => ((ModelNode)n, n.Id, "notice")));
        owners.AddRange(register.Notices.SelectMany(n => n.Sections).Select(s => ((ModelNode)s, s.Id, "notice section")));
        var vocabulary = register.Vocabulary;
        owners.AddRange(vocabulary.DataCategories.Concat(vocabulary.DataSubjects).Concat(vocabulary.RecipientCategories)
            .Select(t => ((ModelNode)t, t.Id, "vocabulary term")));

        foreach (var (node, id, what) in owners)
        {
            if (!string.IsNullOrEmpty(id) && !IdPattern().IsMatch(id))
            {
                yield return Rules.InvalidIdFormat.At(node.LocationOf("Id"),
                    $"The {what} id '{id}' may only contain lowercase letters, digits and single hyphens between them.",
                    $"Write it as '{Suggest(id)}' (and change the places that refer to it).");
            }
        }
    }

    /// <summary>A well-formed id close to what was written.</summary>
    public static string Suggest(string id)
    {
        var lowered = id.Trim().ToLowerInvariant();
        var chars = lowered.Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-').ToArray();
        var joined = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return joined.Length == 0 ? "my-id" : joined;
    }
}
