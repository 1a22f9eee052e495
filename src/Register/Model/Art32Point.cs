using System.ComponentModel;

namespace Register.Model;

/// <summary>The point of Art. 32(1) GDPR a security measure serves; the Art. 30 record groups measures by it.</summary>
public enum Art32Point
{
    [Description("Art. 32(1)(a): pseudonymisation and encryption.")] A,
    [Description("Art. 32(1)(b): ongoing confidentiality, integrity, availability and resilience of systems and services.")] B,
    [Description("Art. 32(1)(c): restoring availability and access in a timely manner after an incident.")] C,
    [Description("Art. 32(1)(d): regularly testing, assessing and evaluating the effectiveness of the measures.")] D,
}
