using Register.Loading;
using Register.Rendering;

namespace Register.Tests.Rendering.Art30;

/// <summary>The small register under Fixtures/art30, loaded once, as the render stage receives it.</summary>
internal static class Art30Fixture
{
    private static readonly Lazy<BuildInput> _input = new(Load);

    public static BuildInput Input => _input.Value;

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "art30");

    private static BuildInput Load()
    {
        var result = RegisterLoader.Load(Directory, LoadOptions.Default with { DisplayRoot = Directory });
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return new BuildInput
        {
            Register = result.Register!,
            Vocabulary = Register.Vocabulary.Vocabulary.BuiltIn,
            AsOf = result.Register!.Organisation.VersionDate,
        };
    }
}
