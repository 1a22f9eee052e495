using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>A section of a notice: the activities it covers, by audience or by id.</summary>
public sealed record NoticeSection : ModelNode
{
    [Required, Description("Id of the section, used as its anchor.")]
    public string Id { get; init; } = "";

    [Required, Description("Heading of the section.")]
    public LocalizedText Title { get; init; } = LocalizedText.Empty;

    [Description("Text shown under the heading.")]
    public LocalizedText? Intro { get; init; }

    [Description("Covers every activity with one of these audiences.")]
    public IReadOnlyList<string> Audiences { get; init; } = [];

    [Description("Covers these activities by id.")]
    public IReadOnlyList<string> Activities { get; init; } = [];

    [Description("Links on the website to pages third parties run (your pages on social networks, a payment provider's own site) through which no personal data pass to you: shown as information in this section, with the provider's own privacy notice. No basis, recipients or transfers; not in the Art. 30 record.")]
    public IReadOnlyList<ThirdPartyPage> ThirdPartyPages { get; init; } = [];
}
