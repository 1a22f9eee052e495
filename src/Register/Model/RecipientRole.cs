using System.ComponentModel;

namespace Register.Model;

/// <summary>What a recipient is in relation to the organisation.</summary>
public enum RecipientRole
{
    [Description("A department or employee of the organisation itself.")] Internal,
    [Description("Processes on the organisation's behalf under an Art. 28 agreement.")] Processor,
    [Description("Decides on its own purposes and means.")] IndependentController,
    [Description("Decides together with the organisation (Art. 26).")] JointController,
    [Description("A public authority receiving data under law.")] PublicAuthority,
}
