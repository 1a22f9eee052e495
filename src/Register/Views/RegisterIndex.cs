using System.Runtime.CompilerServices;
using Register.Model;

namespace Register.Views;

/// <summary>
/// Look-ups into a loaded register by id and by audience, made once per register and shared by every view built from it,
/// so no view searches the activity list for an id.
/// </summary>
public sealed class RegisterIndex
{
    private static readonly ConditionalWeakTable<RegisterModel, RegisterIndex> Cache = new();

    private readonly Dictionary<string, ProcessingActivity> _activities;
    private readonly Dictionary<ProcessingActivity, int> _positions;
    private readonly Dictionary<string, List<int>> _byAudience;

    private RegisterIndex(RegisterModel register)
    {
        _activities = new Dictionary<string, ProcessingActivity>(register.Activities.Count, StringComparer.Ordinal);
        _positions = new Dictionary<ProcessingActivity, int>(register.Activities.Count, ReferenceEqualityComparer.Instance);
        _byAudience = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < register.Activities.Count; i++)
        {
            var activity = register.Activities[i];
            // The first of two activities with one id wins, as the linear search did (the validator reports the second).
            _activities.TryAdd(activity.Id, activity);
            _positions.TryAdd(activity, i);
            foreach (var audience in activity.Audiences.Distinct(StringComparer.Ordinal))
            {
                if (!_byAudience.TryGetValue(audience, out var list))
                {
                    _byAudience[audience] = list = [];
                }

                list.Add(i);
            }
        }
    }

    /// <summary>The index of <paramref name="register"/>, made on first use.</summary>
    public static RegisterIndex For(RegisterModel register) => Cache.GetValue(register, r => new RegisterIndex(r));

    public ProcessingActivity? Activity(string id) => _activities.GetValueOrDefault(id);

    /// <summary>Positions (in register order) of the activities that have any of <paramref name="audiences"/>, each once.</summary>
    public IEnumerable<int> PositionsOf(IReadOnlyList<string> audiences)
    {
        if (audiences.Count == 1)
        {
            return _byAudience.GetValueOrDefault(audiences[0]) ?? [];
        }

        var positions = new SortedSet<int>();
        foreach (var audience in audiences)
        {
            if (_byAudience.TryGetValue(audience, out var list))
            {
                positions.UnionWith(list);
            }
        }

        return positions;
    }
}
