using Register.Diagnostics;

namespace Register.Validation.Checks.Completeness;

/// <summary>An element of Art. 13/14 a notice must show where it applies, the rule reported when it has nothing to show, and where it is rendered.</summary>
public sealed record NoticeElement(string Id, string Article13, string Article14, Rule Rule, string RenderedIn);
