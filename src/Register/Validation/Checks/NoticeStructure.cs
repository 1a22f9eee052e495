using System.Text.RegularExpressions;
using Register.Diagnostics;

namespace Register.Validation.Checks;

/// <summary>REG096, REG097: notice sections cover something, and output names are safe file names.</summary>
public sealed partial class NoticeStructure : IRegisterCheck
{
    // Lowercase, digits and single hyphens: the same on every file system, and never a path.
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeName();

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var notice in context.Register.Notices)
        {
            if (notice.Output.Length > 0 && (!SafeName().IsMatch(notice.Output) || notice.Output.Length > 100))
            {
                yield return Rules.UnsafeOutputName.At(notice.LocationOf(nameof(notice.Output)),
                    $"The output name '{notice.Output}' of notice '{notice.Id}' is not a safe file name: it may only contain lowercase letters, digits and single hyphens (no folders, dots or spaces).",
                    $"Write it as '{IdFormat.Suggest(notice.Output)}'; the tool adds the language and the file extension itself.");
            }

            foreach (var section in notice.Sections.Where(s => s.Audiences.Count == 0 && s.Activities.Count == 0))
            {
                yield return Rules.EmptyNoticeSection.At(section.LocationOf(nameof(section.Id)),
                    $"Section '{section.Id}' of notice '{notice.Id}' lists neither audiences nor activities, so it would be empty.",
                    "Add 'audiences:' (the audience ids whose activities it covers) or 'activities:' (activity ids), or remove the section.");
            }
        }
    }
}
