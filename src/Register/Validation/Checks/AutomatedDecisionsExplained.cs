using Register.Diagnostics;
using Register.Model;

namespace Register.Validation.Checks;

/// <summary>
/// REG078, REG250: each activity states whether it takes solely automated decisions (Art. 13(2)(f), 14(2)(g)), and
/// where it does, their logic, significance and consequences. A notice says nothing the register does not say.
/// </summary>
public sealed class AutomatedDecisionsExplained : IRegisterCheck
{
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var activity in context.Register.Activities)
        {
            if (activity.AutomatedDecisions is not { } decisions)
            {
                // An empty 'automated_decisions:' is as silent as none at all.
                yield return Rules.AutomatedDecisionsUnstated.At(activity.LocationOf(nameof(activity.AutomatedDecisions)),
                    $"Activity '{activity.Id}' does not say whether decisions are taken about people based solely on automated processing; the notice will say nothing about it, though Art. 13(2)(f) and 14(2)(g) ask for it.",
                    "Add 'automated_decisions: none' if no such decisions are taken, or 'automated_decisions:' with 'logic', 'significance' and 'consequences'.");
                continue;
            }

            if (decisions.IsNone)
            {
                continue;
            }

            var parts = new (string Key, LocalizedText? Text)[]
            {
                ("logic", decisions.Logic), ("significance", decisions.Significance), ("consequences", decisions.Consequences),
            };
            foreach (var (key, text) in parts)
            {
                if (decisions.Rejected.Contains(key))
                {
                    continue;
                }

                if (!decisions.Locations.ContainsKey(key) || Blank.Text(text))
                {
                    var at = decisions.Locations.ContainsKey(key) ? decisions.LocationOf(key) : decisions.At;
                    yield return Rules.AutomatedDecisionUnexplained.At(at,
                        $"The automated decision-making of activity '{activity.Id}' has {(decisions.Locations.ContainsKey(key) ? "an empty" : "no")} '{key}'; a notice must explain the logic involved, its significance and the envisaged consequences.",
                        $"Write '{key}:' in each language in plain words a reader can follow, or write 'automated_decisions: none' if no decisions are based solely on automated processing.");
                }
            }
        }
    }
}
