using NodaTime;
using Register.Model;

namespace Register.Rendering.Site;

/// <summary>One published notice page: which notice, in which language, under which file name, with which bytes.</summary>
public sealed record SiteEntry(Notice Notice, string Language, string FileName, byte[] Content, LocalDate VersionDate);
