using System.ComponentModel;

namespace Register.Model;

/// <summary>Why a person provides data (Art. 13(2)(e)).</summary>
public enum ProvisionKind
{
    [Description("Required by law.")] Statutory,
    [Description("Required by a contract.")] Contractual,
    [Description("Needed to enter into a contract.")] ContractPrerequisite,
    [Description("Not required; the person chooses.")] Voluntary,
}
