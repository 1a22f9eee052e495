namespace Register.Validation;

/// <summary>
/// A check whose findings depend on <see cref="CheckContext.Today"/> (reviews falling due, adequacy decisions in force).
/// When the documents are made as of another date than the run's diagnostics, only these checks run a second time, on
/// the register already loaded: one validation per build.
/// </summary>
public interface IDateDependentCheck : IRegisterCheck;
