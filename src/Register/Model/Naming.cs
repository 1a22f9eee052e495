using System.Text;

namespace Register.Model;

/// <summary>The one rule that turns C# names into YAML keys and choices: PascalCase becomes snake_case.</summary>
public static class Naming
{
    public static string ToYamlKey(string name)
    {
        if (name.Length == 0 || name.Contains('_', StringComparison.Ordinal) || name.All(c => !char.IsUpper(c)))
        {
            return name;
        }

        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    sb.Append('_');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
