using System.ComponentModel;

namespace Register.Model;

/// <summary>Technical, organisational or physical (Art. 32).</summary>
public enum MeasureKind
{
    [Description("A technical measure.")] Technical,
    [Description("An organisational measure.")] Organisational,
    [Description("A physical measure, e.g. locked rooms or access badges for a building.")] Physical,
}
