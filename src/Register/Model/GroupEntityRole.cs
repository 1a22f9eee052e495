using System.ComponentModel;

namespace Register.Model;

/// <summary>How another legal entity relates to the controller.</summary>
public enum GroupEntityRole
{
    [Description("A company of the same group.")] GroupCompany,
    [Description("A joint controller under an Art. 26 arrangement.")] JointController,
}
