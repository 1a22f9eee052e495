using Register.Diagnostics;

namespace Register.Validation.Checks;

/// <summary>REG098: an activity that needs a DPIA (Art. 35) says where it is.</summary>
public sealed class DpiaReferenced : IRegisterCheck
{
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var activity in context.Register.Activities)
        {
            if (activity.Dpia is { Required: true } dpia && string.IsNullOrWhiteSpace(dpia.Reference))
            {
                yield return Rules.DpiaWithoutReference.At(dpia.LocationOf(nameof(dpia.Required)),
                    $"Activity '{activity.Id}' needs a data protection impact assessment, but no DPIA is referenced.",
                    "Add 'reference:' (and 'date:') of the DPIA document once it is done.");
            }
        }
    }
}
