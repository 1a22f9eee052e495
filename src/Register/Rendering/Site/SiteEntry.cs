using NodaTime;
using Register.Model;

namespace Register.Rendering.Site;

/// <summary>One published notice page: which notice, in which language, under which file name, with the SHA-256 of its bytes.</summary>
public sealed record SiteEntry(Notice Notice, string Language, string FileName, string Sha256, LocalDate VersionDate);
