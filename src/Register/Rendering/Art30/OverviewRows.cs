using System.Collections;
using Register.Views.Art30;

namespace Register.Rendering.Art30;

/// <summary>
/// The overview's rows (<see cref="Art30Tables.Overview"/>) read from the activities when asked for: a row is an
/// activity's id, its name and the text of each field in <c>keys</c>, a cell made each time it is read (a field of
/// several values joins them, one per line; a field of one value is that value). Nothing is held but the activities.
/// </summary>
internal sealed class OverviewRows(IReadOnlyList<Art30ActivityView> activities, IReadOnlyList<string> keys) : IReadOnlyList<IReadOnlyList<string>>
{
    public int Count => activities.Count;

    public IReadOnlyList<string> this[int index] => new Row(activities[index], keys);

    public IEnumerator<IReadOnlyList<string>> GetEnumerator()
    {
        for (var i = 0; i < activities.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Row(Art30ActivityView activity, IReadOnlyList<string> keys) : IReadOnlyList<string>
    {
        public int Count => keys.Count + 2;

        public string this[int index] => index switch
        {
            0 => activity.Id,
            1 => activity.Name,
            _ when index < Count => activity.Field(keys[index - 2]).Text,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };

        public IEnumerator<string> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
