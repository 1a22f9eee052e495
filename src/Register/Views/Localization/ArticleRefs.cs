using System.Globalization;
using System.Text.RegularExpressions;

namespace Register.Views.Localization;

/// <summary>Reads a provision written as in the vocabulary files: "15", "7(3)", "6(1)(f)".</summary>
public static partial class ArticleRefs
{
    public static ArticleRef Parse(string text)
    {
        var match = Shape().Match(text.Trim());
        if (!match.Success)
        {
            throw new FormatException($"'{text}' is not a provision such as 15, 7(3) or 6(1)(f).");
        }

        return new ArticleRef(
            int.Parse(match.Groups["article"].Value, CultureInfo.InvariantCulture),
            match.Groups["paragraph"].Success ? int.Parse(match.Groups["paragraph"].Value, CultureInfo.InvariantCulture) : null,
            match.Groups["point"].Success ? match.Groups["point"].Value : null);
    }

    [GeneratedRegex(@"^(?<article>\d+)(\((?<paragraph>\d+)\))?(\((?<point>[a-z])\))?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
