using System.ComponentModel;

namespace Register.Model;

/// <summary>The security-measure checklist areas of the CNIL record model.</summary>
public enum MeasureArea
{
    [Description("Access control and authentication.")] AccessControl,
    [Description("Logging and traceability.")] Traceability,
    [Description("Software protection: updates, antivirus, hardening.")] SoftwareProtection,
    [Description("Backups and continuity.")] Backup,
    [Description("Encryption in transit or at rest.")] Encryption,
    [Description("Control of processors.")] ProcessorControl,
    [Description("Other measures.")] Other,
}
