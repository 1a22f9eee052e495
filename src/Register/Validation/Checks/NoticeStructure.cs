using System.Text.RegularExpressions;
using Register.Diagnostics;

namespace Register.Validation.Checks;

/// <summary>REG096, REG097, REG104: a notice has sections that cover something, and an output name of its own that is a safe file name on every system.</summary>
public sealed partial class NoticeStructure : IRegisterCheck
{
    // Lowercase, digits and single hyphens: the same on every file system, and never a path.
    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex SafeName();

    // Device names Windows reserves in any folder, with or without an extension ("con.nl.html" is CON too).
    [GeneratedRegex(@"^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WindowsDeviceName();

    /// <summary>True for CON, PRN, AUX, NUL, COM1–9 and LPT1–9, in any case, with or without an extension.</summary>
    public static bool IsWindowsDeviceName(string name) => WindowsDeviceName().IsMatch(name);

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var outputs = new Dictionary<string, Model.Notice>(StringComparer.OrdinalIgnoreCase);
        foreach (var notice in context.Register.Notices)
        {
            // Case-insensitively: on Windows and macOS 'Privacy' and 'privacy' are one file.
            if (notice.Output.Length > 0 && !outputs.TryAdd(notice.Output, notice))
            {
                var first = outputs[notice.Output];
                yield return Rules.OutputPathDuplicate.At(notice.LocationOf(nameof(notice.Output)),
                    $"Notices '{first.Id}' and '{notice.Id}' both have the output name '{notice.Output}', so their files would overwrite each other.",
                    $"Give notice '{notice.Id}' an output name of its own, e.g. '{notice.Output}-{(notice.Id.Length > 0 ? IdFormat.Suggest(notice.Id) : "2")}'.",
                    new RelatedLocation(first.LocationOf(nameof(first.Output)), $"Notice '{first.Id}' uses '{first.Output}' here."));
            }

            if (notice.Output.Length == 0)
            {
                yield return Rules.UnsafeOutputName.At(notice.LocationOf(nameof(notice.Output)),
                    $"Notice '{notice.Id}' has an empty output name, so its files would have no name.",
                    $"Write the file name of the notice, e.g. 'output: {(notice.Id.Length > 0 ? IdFormat.Suggest(notice.Id) : "privacy-website")}'.");
            }
            else if (IsWindowsDeviceName(notice.Output))
            {
                yield return Rules.UnsafeOutputName.At(notice.LocationOf(nameof(notice.Output)),
                    $"The output name '{notice.Output}' of notice '{notice.Id}' is a device name reserved on Windows (CON, PRN, AUX, NUL, COM1–9, LPT1–9): its files could not be opened or checked out there.",
                    $"Choose another name, e.g. 'privacy-{notice.Output.ToLowerInvariant()}'.");
            }
            else if (!SafeName().IsMatch(notice.Output) || notice.Output.Length > 100)
            {
                yield return Rules.UnsafeOutputName.At(notice.LocationOf(nameof(notice.Output)),
                    $"The output name '{notice.Output}' of notice '{notice.Id}' is not a safe file name: it may only contain lowercase letters, digits and single hyphens (no folders, dots or spaces).",
                    $"Write it as '{IdFormat.Suggest(notice.Output)}'; the tool adds the language and the file extension itself.");
            }

            if (notice.Sections.Count == 0)
            {
                yield return Rules.EmptyNoticeSection.At(notice.LocationOf(nameof(notice.Sections)),
                    $"Notice '{notice.Id}' has no sections, so it would be published empty.",
                    "Add 'sections:' with at least one section listing the audiences or activities the notice covers, or remove the notice.");
            }

            // A section of free text ("How we update this notice") lists no activities: its intro is its content; a
            // section of links to third parties' pages has those links.
            foreach (var section in notice.Sections.Where(s => s.Audiences.Count == 0 && s.Activities.Count == 0 && s.ThirdPartyPages.Count == 0 && Blank.Text(s.Intro)))
            {
                yield return Rules.EmptyNoticeSection.At(section.LocationOf(nameof(section.Id)),
                    $"Section '{section.Id}' of notice '{notice.Id}' lists neither audiences nor activities and has no text, so it would be empty.",
                    "Add 'audiences:' (the audience ids whose activities it covers) or 'activities:' (activity ids), write the section's text under 'intro:', list links to third parties' pages under 'third_party_pages:', or remove the section.");
            }
        }
    }
}
