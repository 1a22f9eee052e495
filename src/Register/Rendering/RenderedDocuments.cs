using Register.Readability;

namespace Register.Rendering;

/// <summary>What the formats stage measured while it wrote the files: the readability of each notice (for the build summary).</summary>
public sealed record RenderedDocuments(IReadOnlyList<NoticeReadability> Readability);
