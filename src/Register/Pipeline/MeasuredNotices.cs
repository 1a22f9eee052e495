using Register.Model;
using Register.Readability;
using Register.Validation;

namespace Register.Pipeline;

/// <summary>The readability of the notices a build rendered, for REG140: each notice is measured as rendered once, never rendered again for it.</summary>
internal sealed class MeasuredNotices(IReadOnlyList<NoticeReadability> measured) : INoticeMeasure
{
    public ReadabilityScore? Measure(RegisterModel register, Vocabulary.Terminology vocabulary, Notice notice, string language) =>
        measured.FirstOrDefault(m => m.NoticeId == notice.Id && m.Score.Language == language)?.Score;
}
