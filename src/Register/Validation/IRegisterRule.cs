using Register.Diagnostics;

namespace Register.Validation;

/// <summary>One semantic check (or a family of closely related checks) over a loaded register.</summary>
public interface IRegisterRule
{
    /// <summary>The problems this rule finds; never throws on a partially loaded register.</summary>
    IEnumerable<Diagnostic> Check(RuleContext context);
}
