using System.Globalization;
using Register.Diagnostics;
using Register.Readability;

namespace Register.Validation.Checks;

/// <summary>
/// REG140: a notice that sets <c>readability: minimum</c> reaches it in each of its languages. Measured on the notice as
/// rendered (through <see cref="INoticeMeasure"/>), so it runs only on a register without errors and only for notices
/// that set a minimum; without a measure (a caller that cannot render) it says nothing.
/// </summary>
public static class ReadabilityTargets
{
    public static IEnumerable<Diagnostic> Check(CheckContext context, INoticeMeasure measure)
    {
        foreach (var notice in context.Register.Notices)
        {
            if (notice.Readability is not { } target)
            {
                continue;
            }

            foreach (var language in Views.NoticeCoverage.Languages(notice, context.Register).Where(context.Languages.Contains).Distinct(StringComparer.Ordinal))
            {
                if (measure.Measure(context.Register, context.Vocabulary, notice, language) is not { } score || score.Value >= target.Minimum)
                {
                    continue;
                }

                var longest = string.Join(" | ", score.LongestSentences.Select(s => $"\"{s}\" ({TextStatistics.Words(s).Count()} words)"));
                yield return Rules.ReadabilityBelowMinimum.At(target.LocationOf("minimum"),
                    $"Notice '{notice.Id}' in '{score.Language}' scores {score.Value.ToString("0.0", CultureInfo.InvariantCulture)} ({score.Index}, {score.Band}), below its minimum of {target.Minimum}; " +
                    $"{score.Words} words in {score.Sentences} sentences, {score.AverageSentenceLength.ToString("0.0", CultureInfo.InvariantCulture)} words a sentence. Longest sentences: {longest}",
                    Rules.ReadabilityBelowMinimum.Fix);
            }
        }
    }
}
