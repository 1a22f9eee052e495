using Register.Loading;
using Register.Tests.Approval;

namespace Register.Tests.ExampleRegister;

/// <summary>The example register in register/, loaded once for all tests that inspect it.</summary>
public sealed class ExampleRegisterFixture
{
    public ExampleRegisterFixture()
    {
        Directory = Path.Combine(Approver.RepoRoot, "register");
        Result = RegisterLoader.Load(Directory, new LoadOptions { DisplayRoot = Approver.RepoRoot });
    }

    /// <summary>The register folder.</summary>
    public string Directory { get; }

    public LoadResult Result { get; }

    /// <summary>The loaded model; the tests fail clearly when it could not be loaded.</summary>
    public Model.RegisterModel Register => Result.Register ?? throw new InvalidOperationException("The example register did not load.");
}
