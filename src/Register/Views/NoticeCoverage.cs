using System.Runtime.CompilerServices;
using Register.Instrumentation;
using Register.Model;

namespace Register.Views;

/// <summary>Which activities each section of a notice covers: the listed ids first, then every activity of its audiences.</summary>
/// <remarks>
/// Look-ups go through <see cref="RegisterIndex"/>, and each section's coverage is computed once per register and
/// shared by every language and check that asks for it: linear in the size of the register.
/// </remarks>
public static class NoticeCoverage
{
    private static readonly ConditionalWeakTable<NoticeSection, Computed> Sections = new();

    public static IReadOnlyList<ProcessingActivity> Activities(NoticeSection section, RegisterModel register)
    {
        if (Sections.TryGetValue(section, out var known) && ReferenceEquals(known.Register, register))
        {
            return known.Activities;
        }

        var covered = Compute(section, register);
        Sections.AddOrUpdate(section, new Computed(register, covered));
        return covered;
    }

    /// <summary>Every activity a notice covers, once each, in the order they appear.</summary>
    public static IReadOnlyList<ProcessingActivity> Activities(Notice notice, RegisterModel register)
    {
        var seen = new HashSet<ProcessingActivity>(ReferenceEqualityComparer.Instance);
        var covered = new List<ProcessingActivity>();
        foreach (var activity in notice.Sections.SelectMany(s => Activities(s, register)))
        {
            WorkProbe.Count("coverage.notice");
            if (seen.Add(activity))
            {
                covered.Add(activity);
            }
        }

        return covered;
    }

    /// <summary>The languages a notice is written in: its own list, or else the organisation's.</summary>
    public static IReadOnlyList<string> Languages(Notice notice, RegisterModel register) =>
        notice.Languages.Count > 0 ? notice.Languages : register.Organisation.Languages;

    private static List<ProcessingActivity> Compute(NoticeSection section, RegisterModel register)
    {
        var index = RegisterIndex.For(register);
        var covered = new List<ProcessingActivity>();
        var seen = new HashSet<ProcessingActivity>(ReferenceEqualityComparer.Instance);
        foreach (var id in section.Activities)
        {
            WorkProbe.Count("coverage.section");
            if (index.Activity(id) is { } activity)
            {
                // A listed id is kept as often as it is listed, as before; audiences add only what is not there yet.
                covered.Add(activity);
                seen.Add(activity);
            }

            // An id that names no activity is REG029 (the validator); it covers nothing here.
        }

        foreach (var position in index.PositionsOf(section.Audiences))
        {
            WorkProbe.Count("coverage.section");
            var activity = register.Activities[position];
            if (seen.Add(activity))
            {
                covered.Add(activity);
            }
        }

        return covered;
    }

    private sealed record Computed(RegisterModel Register, IReadOnlyList<ProcessingActivity> Activities);
}
