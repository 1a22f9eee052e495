using Register.Diagnostics;
using Register.Model;

namespace Register.Validation.Checks;

/// <summary>REG078: automated decision-making states its logic, significance and consequences (Art. 13(2)(f), 14(2)(g)).</summary>
public sealed class AutomatedDecisionsExplained : IRegisterRule
{
    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var activity in context.Register.Activities)
        {
            if (activity.AutomatedDecisions is not { } decisions)
            {
                continue;
            }

            var parts = new (string Key, LocalizedText Text)[]
            {
                ("logic", decisions.Logic), ("significance", decisions.Significance), ("consequences", decisions.Consequences),
            };
            foreach (var (key, text) in parts)
            {
                // A missing key was reported by the loader (REG005); here only keys that are present but say nothing.
                if (decisions.Locations.ContainsKey(key) && Blank.Text(text))
                {
                    yield return Rules.AutomatedDecisionUnexplained.At(decisions.LocationOf(key),
                        $"The automated decision-making of activity '{activity.Id}' has an empty '{key}'; a notice must explain the logic involved, its significance and the envisaged consequences.",
                        $"Write '{key}:' in each language in plain words a reader can follow.");
                }
            }
        }
    }
}
