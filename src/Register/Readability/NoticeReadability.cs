namespace Register.Readability;

/// <summary>The readability of one notice in one language, as measured on its rendered text in this build.</summary>
public sealed record NoticeReadability(string NoticeId, string Output, ReadabilityScore Score);
