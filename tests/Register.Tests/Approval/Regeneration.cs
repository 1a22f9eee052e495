namespace Register.Tests.Approval;

/// <summary>
/// The switch for files that tests generate but that are not approval files: docs/diagnostics.md, docs/vocabulary.md
/// and the fixtures' expected.txt. REGISTER_ACCEPT=1 writes <c>.verified.</c> files only; REGISTER_REGENERATE=1 rewrites these.
/// </summary>
internal static class Regeneration
{
    public const string Variable = "REGISTER_REGENERATE";

    public static bool IsOn => Environment.GetEnvironmentVariable(Variable) == "1";
}
