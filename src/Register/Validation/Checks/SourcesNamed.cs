using Register.Diagnostics;
using Register.Model;

namespace Register.Validation.Checks;

/// <summary>REG080–REG083: every activity says where its data comes from, and data not from the person names its source (Art. 14(2)(f)).</summary>
public sealed class SourcesNamed : IRegisterCheck
{
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var activity in context.Register.Activities)
        {
            if (activity.Sources.Count == 0 && activity.Locations.ContainsKey("sources"))
            {
                yield return Rules.NoSource.At(activity.LocationOf(nameof(activity.Sources)),
                    $"Activity '{activity.Id}' lists no sources, so it does not say where the data comes from (Art. 13 or Art. 14(2)(f)).",
                    "Add a source under 'sources:' with 'kind:' data_subject, observed, third_party or public; name third-party and public sources.");
            }

            if (activity.Exemption is not null && activity.Sources.Count > 0
                && activity.Sources.All(s => s.Kind is SourceKind.DataSubject or SourceKind.Observed))
            {
                yield return Rules.ExemptionWithoutArticle14Data.At(activity.LocationOf(nameof(activity.Exemption)),
                    $"Activity '{activity.Id}' records an Art. 14(5) exemption, but all its data comes from the person (kinds data_subject and observed); Art. 14(5) covers only data obtained elsewhere, and Art. 13 has no such exemption.",
                    "Remove 'exemption:', or add the third-party or public source the exemption is about.");
            }

            foreach (var source in activity.Sources)
            {
                if (source.Kind is not (SourceKind.ThirdParty or SourceKind.Public) || !source.Locations.ContainsKey("kind"))
                {
                    continue;
                }

                if (Blank.Text(source.Name))
                {
                    var kind = Naming.ToYamlKey(source.Kind.ToString());
                    yield return Rules.SourceWithoutName.At(source.LocationOf(nameof(source.Kind)),
                        $"Activity '{activity.Id}' gets data from a {kind.Replace('_', ' ')} source without saying which; people must be told where their data comes from (Art. 14(2)(f)).",
                        "Add 'name:' to the source, e.g. 'our clients (the creditors)' or 'the Chamber of Commerce trade register'.");
                }

                if (source.Kind == SourceKind.Public && source.Locations.ContainsKey("publicly_accessible") && !source.PubliclyAccessible)
                {
                    yield return Rules.PublicSourceNotAccessible.At(source.LocationOf(nameof(source.PubliclyAccessible)),
                        $"A source of activity '{activity.Id}' is of kind 'public' but marked 'publicly_accessible: false'.",
                        "Set 'publicly_accessible: true', or change the kind to third_party if the source is not publicly accessible.");
                }
            }
        }
    }
}
