using System.ComponentModel;

namespace Register.Model;

/// <summary>Technical or organisational (Art. 32).</summary>
public enum MeasureKind
{
    [Description("A technical measure.")] Technical,
    [Description("An organisational measure.")] Organisational,
}
