using Register.Model;
using Register.Readability;

namespace Register.Validation;

/// <summary>
/// Measures the readability of a notice as it would be rendered, for REG140. The validator does not render; whoever
/// runs it with a way to render (the pipeline, the validate command) supplies this, so the dependency points forward.
/// </summary>
public interface INoticeMeasure
{
    /// <summary>The notice's score in <paramref name="language"/>, or null when it cannot be rendered (the build reports why).</summary>
    ReadabilityScore? Measure(RegisterModel register, Vocabulary.Terminology vocabulary, Notice notice, string language);
}
