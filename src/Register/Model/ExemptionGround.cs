using System.ComponentModel;

namespace Register.Model;

/// <summary>The Art. 14(5) exemptions from informing the person.</summary>
public enum ExemptionGround
{
    [Description("Art. 14(5)(a): the person already has the information.")] AlreadyInformed,
    [Description("Art. 14(5)(b): impossible or disproportionate effort.")] DisproportionateEffort,
    [Description("Art. 14(5)(c): obtaining or disclosure is laid down by law.")] RequiredByLaw,
    [Description("Art. 14(5)(d): professional secrecy.")] ProfessionalSecrecy,
}
