using System.ComponentModel;

namespace Register.Model;

/// <summary>The legal ground for a transfer outside the EEA (Chapter V).</summary>
public enum TransferMechanism
{
    [Description("Art. 45 adequacy decision for the country.")] Adequacy,
    [Description("Art. 46(2)(c) standard contractual clauses.")] Scc,
    [Description("Art. 47 binding corporate rules.")] Bcr,
    [Description("Art. 49 derogation for a specific situation.")] Derogation,
    [Description("Art. 45 adequacy for organisations certified under the EU-US Data Privacy Framework.")] Dpf,
}
