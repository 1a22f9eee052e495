using System.ComponentModel;

namespace Register.Model;

/// <summary>The organisation's role in a processing activity.</summary>
public enum ActivityRole
{
    [Description("The organisation decides purposes and means (Art. 30(1) record).")] Controller,
    [Description("The organisation decides together with others (Art. 26).")] JointController,
    [Description("The organisation processes on behalf of a controller (Art. 30(2) record).")] Processor,
}
