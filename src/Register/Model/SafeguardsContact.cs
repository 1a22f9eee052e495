using System.ComponentModel;

namespace Register.Model;

/// <summary>Which of the organisation's contacts sends a copy of the safeguards actually agreed (Art. 13(1)(f)).</summary>
public enum SafeguardsContact
{
    [Description("The privacy contact (contacts.privacy).")] Privacy,
    [Description("The data protection officer (contacts.dpo).")] Dpo,
}
