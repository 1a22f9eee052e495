using Register.Diagnostics;

namespace Register.Validation;

/// <summary>One semantic check (or a family of closely related checks) over a loaded register; each problem it finds carries a diagnostic <see cref="Register.Diagnostics.Rule"/>.</summary>
public interface IRegisterCheck
{
    /// <summary>The problems this check finds; never throws on a partially loaded register.</summary>
    IEnumerable<Diagnostic> Check(CheckContext context);
}
