using System.ComponentModel;

namespace Register.Model;

/// <summary>Whether an activity involves decisions based solely on automated processing (Art. 22(1)).</summary>
public enum AutomatedDecisionKind
{
    [Description("Decisions based solely on automated processing are taken; logic, significance and consequences are required.")] SolelyAutomated,
    [Description("The register states that no decisions based solely on automated processing, including profiling, are taken.")] None,
}
