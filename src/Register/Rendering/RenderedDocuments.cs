using Register.Output;
using Register.Readability;

namespace Register.Rendering;

/// <summary>What the formats stage made: the files, and the readability measured on each notice (for the build summary).</summary>
public sealed record RenderedDocuments(IReadOnlyList<OutputFile> Files, IReadOnlyList<NoticeReadability> Readability);
