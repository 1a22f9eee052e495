using System.Text;

namespace Register.Tests.Workflow;

/// <summary>Splits a shell line the simple way documentation and workflow files write it: words, "double quotes", a final redirect.</summary>
internal static class CommandLine
{
    /// <summary>The arguments after the program name, without any '&gt; file' redirect; variables replaced from <paramref name="variables"/>.</summary>
    public static IReadOnlyList<string> Arguments(string line, IReadOnlyDictionary<string, string>? variables = null)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        var inWord = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
                inWord = true;
            }
            else if (c == '>' && !quoted)
            {
                break;
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (inWord)
                {
                    words.Add(current.ToString());
                    current.Clear();
                    inWord = false;
                }
            }
            else
            {
                current.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(current.ToString());
        }

        foreach (var (name, value) in variables ?? new Dictionary<string, string>())
        {
            words = words.Select(w => w.Replace("$" + name, value, StringComparison.Ordinal)).ToList();
        }

        return words;
    }
}
